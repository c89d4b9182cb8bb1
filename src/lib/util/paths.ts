/** A site path with the configured base in front: `href("/topics/kursk/")` → "/news/topics/kursk/". */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, "");
}
