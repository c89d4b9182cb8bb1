/** A site path with the configured base in front: `href("/topics/kursk/")` → "/news/topics/kursk/". */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, "");
}

/** The same path as an absolute URL on the site's address (feeds, sitemaps, structured data). */
export function absoluteUrl(path: string, site: string | URL = import.meta.env.SITE): string {
  return new URL(href(path), site).href;
}

/** "/news/explainers/" from "news/explainers", "/news/explainers" or "/news/explainers/". */
export function normaliseBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
}

/** The base path a build is for: `SITE_BASE` from the environment, else the configured one. */
export function buildBase(configured: string): string {
  return normaliseBase(process.env.SITE_BASE || configured);
}
