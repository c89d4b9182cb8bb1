/**
 * `dist/_headers` (Netlify and Cloudflare Pages syntax): caching, download types and security
 * headers, written once the whole site is on disk. The Content-Security-Policy header repeats
 * the policy Astro put in each page's <meta> (`security.csp` in astro.config.mjs), with the one
 * directive a <meta> cannot carry: `frame-ancestors`.
 *
 * One rule per kind of page (`/topics/*`, `/explainers/:slug/`, `/explainers/:slug/embed/*`, ...),
 * not one per page: its policy is the union of the policies of the pages it covers, so it holds
 * every hash any of them uses (a handful: they come from the code's own scripts and styles, not
 * from content), and each page's own <meta> still narrows it to that page's hashes (a browser
 * enforces both). One rule per page would grow with the content and outrun Cloudflare Pages'
 * limit of 100 rules.
 *
 * Both hosts apply every rule whose pattern matches a request; a header set by two matching
 * rules is joined with a comma on Cloudflare and overridden on Netlify. So no two rules that
 * can match the same URL set the same header: the rules are checked for that here.
 */
import type { AstroIntegration } from "astro";
import { closeSync, openSync, readdirSync, readSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

type Directive =
  `${"default-src" | "img-src" | "base-uri" | "object-src" | "form-action"} ${string}`;

/**
 * Directives on every page besides script-src and style-src, which Astro fills in: 'self' and
 * the hashes of the page's inline scripts and styles. Nothing inline runs or applies without
 * its hash: no 'unsafe-inline' for scripts or styles (the chart popups place themselves through
 * `element.style`, which a policy does not govern).
 *
 * `site` is the site's own address (`SITE_URL`): in production the same as 'self'; named so a
 * build served elsewhere (`npm run preview`, the tests) still loads the icons and manifest that
 * pages link by their absolute address.
 */
export function cspDirectives(): Directive[] {
  return [
    "default-src 'self'",
    // data: images too: Pagefind's search box draws its icon as a data: SVG in its CSS. An
    // image cannot run script, so this opens nothing else.
    "img-src 'self' data:",
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
  ];
}

/**
 * script-src: the site's own files and, for the search page, WebAssembly (Pagefind compiles its
 * search engine from a .wasm file it fetches from the same origin). Astro adds the hashes of
 * inline scripts; nothing else inline runs.
 */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Hashed file names never change content: cache them for a year. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/**
 * Everything else (pages, feeds, sitemaps, downloads, social cards, the search index) may
 * change with any publish, and a correction must reach readers at once: caches keep a copy but
 * ask the server (a cheap 304 when unchanged) before every use.
 */
export const REVALIDATE = "public, max-age=0, must-revalidate";

/** The headers on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** Embed pages are meant to be framed by other sites; every other page is not. */
const EMBED_PAGE = /^explainers\/[^/]+\/embed\//;
/** Cloudflare Pages ignores a line longer than this. */
export const MAX_LINE = 2000;

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
function filesUnder(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...filesUnder(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** The URL path (under `base`) that serves a built file: `a/index.html` is `<base>a/`. */
export function urlOf(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, "$1");
}

/** The `content` of a page's CSP <meta>, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\b[^>]*\bhttp-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\bcontent="([^"]*)"/.exec(tag)?.[1];
  return content?.replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, "&");
}

/** A policy as its directives: name to sources, in the order written. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/**
 * One policy allowing what each of `policies` allows: every directive, each with the sources
 * of all (keywords and hosts in the order first seen, then hashes sorted, so the result does
 * not depend on which page was read first beyond the fixed directive order).
 */
export function unionPolicy(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  const isHash = (s: string) => /^'sha(256|384|512)-/.test(s);
  return [...merged]
    .map(([name, sources]) => {
      // 'none' is only meaningful alone.
      const listed = sources.length > 1 ? sources.filter((s) => s !== "'none'") : sources;
      const ordered = [...listed.filter((s) => !isHash(s)), ...listed.filter(isHash).sort()];
      return [name, ...ordered].join(" ");
    })
    .join("; ");
}

/** Whether a `_headers` pattern (`*` splat, `:name` placeholder for one segment) matches. */
export function matches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part, i) =>
      i % 2 === 0 ? part.replace(/[.+?^${}()|[\]\\]/g, "\\$&") : part === "*" ? ".*" : "[^/]+",
    )
    .join("");
  return new RegExp(`^${re}$`).test(path);
}

export interface SiteFiles {
  /** Every file of the built site, relative to its folder. */
  files: readonly string[];
  /** The CSP <meta> of each HTML page, by its file. */
  policies: ReadonlyMap<string, string | undefined>;
}

/** The rules for a built site served under `base` (`/` or `/news/explainers/`). */
export function headerRules(site: SiteFiles, base: string): HeaderRule[] {
  const rules = new Map<string, Record<string, string>>();
  const add = (pattern: string, headers: Record<string, string>) =>
    rules.set(pattern, { ...rules.get(pattern), ...headers });

  add(`${base}*`, { ...SECURITY_HEADERS });

  // Caching: hashed assets for a year, everything else revalidated. One rule per top-level
  // folder and file, so the two never match the same URL.
  const top = [...new Set(site.files.map((f) => f.split("/")[0]! + (f.includes("/") ? "/" : "")))];
  for (const entry of top) {
    if (entry === "_headers") continue;
    const pattern = entry.endsWith("/") ? `${base}${entry}*` : urlOf(entry, base);
    add(pattern, { "Cache-Control": entry === "_astro/" ? IMMUTABLE : REVALIDATE });
  }

  // Downloads: served as text in UTF-8 whatever the host guesses.
  add(`${base}*.csv`, { "Content-Type": "text/csv; charset=utf-8" });
  add(`${base}*.json`, { "Content-Type": "application/json; charset=utf-8" });

  // Pages: each rule gets the union of the policies of the pages it covers, plus
  // frame-ancestors. Pages in the site's root get a rule each; a folder gets one rule, or, when
  // it holds embed pages, one for its pages and one for their embeds.
  const covered = new Map<string, { framed: boolean; policies: string[] }>();
  const cover = (pattern: string, framed: boolean, policy: string | undefined) => {
    const entry = covered.get(pattern) ?? { framed, policies: [] };
    if (policy !== undefined) entry.policies.push(policy);
    covered.set(pattern, entry);
  };
  const embedFolders = new Set(
    [...site.policies.keys()].filter((p) => EMBED_PAGE.test(p)).map((p) => p.split("/")[0]!),
  );
  for (const [page, policy] of site.policies) {
    const folder = page.includes("/") ? page.split("/")[0]! : undefined;
    if (!folder) cover(urlOf(page, base), false, policy);
    else if (!embedFolders.has(folder)) cover(`${base}${folder}/*`, false, policy);
    else if (EMBED_PAGE.test(page)) cover(`${base}${folder}/:slug/embed/*`, true, policy);
    else cover(`${base}${folder}/:slug/`, false, policy);
  }
  for (const [pattern, { framed, policies }] of covered) {
    if (!policies.length) continue; // a page without a <meta>: ruleProblems reports it
    const ancestors = framed ? "frame-ancestors *" : "frame-ancestors 'none'";
    add(pattern, { "Content-Security-Policy": `${unionPolicy(policies)}; ${ancestors}` });
  }
  return [...rules].map(([pattern, headers]) => ({ pattern, headers }));
}

/**
 * What is wrong with `rules` for this site: two rules setting one header on the same file, a
 * page without its policy, an embed page that cannot be framed, a line too long.
 */
export function ruleProblems(
  rules: readonly HeaderRule[],
  site: SiteFiles,
  base: string,
): string[] {
  const problems: string[] = [];
  for (const file of site.files) {
    const url = urlOf(file, base);
    const seen = new Map<string, string>();
    for (const rule of rules) {
      if (!matches(rule.pattern, url)) continue;
      for (const name of Object.keys(rule.headers)) {
        const other = seen.get(name);
        if (other) problems.push(`${url}: ${name} set by both ${other} and ${rule.pattern}`);
        seen.set(name, rule.pattern);
      }
    }
    if (!site.policies.has(file)) continue;
    if (site.policies.get(file) === undefined)
      problems.push(`${url}: the page has no Content-Security-Policy <meta>`);
    const csp = rules.find((r) => matches(r.pattern, url) && r.headers["Content-Security-Policy"]);
    const value = csp?.headers["Content-Security-Policy"];
    const ancestors = EMBED_PAGE.test(file) ? "frame-ancestors *" : "frame-ancestors 'none'";
    if (!value) problems.push(`${url}: no Content-Security-Policy rule matches this page`);
    else if (!value.endsWith(`; ${ancestors}`)) problems.push(`${url}: should have ${ancestors}`);
  }
  for (const rule of rules)
    for (const [name, value] of Object.entries(rule.headers))
      if (`  ${name}: ${value}`.length > MAX_LINE)
        problems.push(`${rule.pattern}: ${name} is longer than ${MAX_LINE} characters`);
  return problems;
}

/** The file's text: a comment, then one block per rule, in a fixed order. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [rule.pattern, ...Object.entries(rule.headers).map(([n, v]) => `  ${n}: ${v}`)].join("\n"),
  );
  return [
    "# Cache and security headers, written by the build (src/integrations/headers.ts).",
    '# Netlify and Cloudflare Pages read this file; see README.md "Deploy" for other hosts.',
    "",
    blocks.join("\n\n"),
    "",
  ].join("\n");
}

/**
 * The CSP <meta> of every page in `dir`, read a few pages at a time, letting other work (the
 * search index's messages) through in between.
 */
export async function readPolicies(dir: string): Promise<SiteFiles["policies"]> {
  const policies = new Map<string, string | undefined>();
  const pages = filesUnder(dir).filter((file) => file.endsWith(".html"));
  for (let i = 0; i < pages.length; i++) {
    if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    policies.set(pages[i]!, metaPolicy(headOf(join(dir, pages[i]!))));
  }
  return policies;
}

/**
 * Read a built site: its files and each HTML page's CSP <meta>. `known` holds policies already
 * read from pages that have not changed since (read while the search index was building).
 */
export function readSite(
  dir: string,
  known: ReadonlyMap<string, string | undefined> = new Map(),
): SiteFiles {
  const files = filesUnder(dir);
  const policies = new Map<string, string | undefined>();
  for (const file of files) {
    if (!file.endsWith(".html")) continue;
    policies.set(file, known.has(file) ? known.get(file) : metaPolicy(headOf(join(dir, file))));
  }
  return { files, policies };
}

/**
 * A page's text up to the end of its <head>, where the policy <meta> is: read in blocks, so an
 * archive of thousands of pages is not read whole (tens of megabytes of bodies) to find it.
 */
export function headOf(path: string): string {
  const fd = openSync(path, "r");
  try {
    const block = Buffer.alloc(16 * 1024);
    const parts: Buffer[] = [];
    let text = "";
    for (;;) {
      const n = readSync(fd, block, 0, block.length, null);
      if (n === 0) return text;
      parts.push(Buffer.from(block.subarray(0, n)));
      // Decoded whole each time, so a character split across two blocks is read right.
      text = Buffer.concat(parts).toString("utf8");
      if (/<\/head\s*>/i.test(text)) return text;
    }
  } finally {
    closeSync(fd);
  }
}

export function headers(): AstroIntegration {
  let base = "/";
  let reading: Promise<SiteFiles["policies"]> | undefined;
  return {
    name: "headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      // The pages are written and will not change: their policies are read now, while the
      // search index builds in its own process, and the files written after are listed at the end.
      "astro:build:generated": ({ dir }) => {
        reading = readPolicies(fileURLToPath(dir));
        reading.catch(() => {}); // read again at the end
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = readSite(out, await reading?.catch(() => undefined));
        const rules = headerRules(site, base);
        const problems = ruleProblems(rules, site, base);
        if (problems.length)
          throw new Error(`_headers would be wrong:\n${problems.map((p) => `  ${p}`).join("\n")}`);
        writeFileSync(join(out, "_headers"), formatHeaders(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
