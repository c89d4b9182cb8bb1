/** A site path with the configured base in front: `href("/topics/kursk/")` → "/news/topics/kursk/". */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, "");
}

/** The same path as an absolute URL on the site's address (feeds, sitemaps, structured data). */
export function absoluteUrl(path: string, site: string | URL = import.meta.env.SITE): string {
  return new URL(href(path), site).href;
}
