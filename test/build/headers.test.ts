// dist/_headers: caching, download types and the security headers, with a Content-Security-Policy
// that matches each page's own <meta>, and embeds the only pages other sites may frame.
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  headerRules,
  headOf,
  IMMUTABLE,
  matches,
  metaPolicy,
  parsePolicy,
  REVALIDATE,
  ruleProblems,
  unionPolicy,
  type HeaderRule,
} from "../../src/integrations/headers.ts";
import { buildSite, makeSite, read } from "../helpers/site.ts";

/** The rules of a `_headers` file, read back as a host reads them. */
function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || !line.trim()) continue;
    if (!line.startsWith(" ")) rules.push({ pattern: line, headers: {} });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers[name!] = value!;
    }
  }
  return rules;
}

/** The headers a request for `url` gets: every matching rule's, refusing a header set twice. */
function headersFor(rules: readonly HeaderRule[], url: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r.pattern, url)))
    for (const [name, value] of Object.entries(rule.headers)) {
      if (name in out) throw new Error(`${url}: ${name} set twice`);
      out[name] = value;
    }
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)).split("\\").join("/"))
    .sort();
}

const url = (file: string, base = "/") => base + file.replace(/(^|\/)index\.html$/, "$1");
const SLUG = "kursk-makhnovka-losses";

describe("dist/_headers (example)", () => {
  let dir: string;
  let rules: HeaderRule[];
  beforeAll(() => {
    dir = makeSite("example");
    expect(buildSite(dir, { BUILD_LOG_LEVEL: "silent" }).status).toBe(0);
    rules = parseHeaders(read(dir, "dist/_headers"));
  });

  it("caches hashed assets for a year and revalidates everything else", () => {
    const files = filesUnder(join(dir, "dist")).filter((f) => f !== "_headers");
    expect(files.some((f) => f.startsWith("_astro/"))).toBe(true);
    for (const file of files)
      expect(headersFor(rules, url(file))["Cache-Control"], file).toBe(
        file.startsWith("_astro/") ? IMMUTABLE : REVALIDATE,
      );
    // The contract's feeds, sitemaps and downloads, by name.
    for (const path of [
      "/",
      `/explainers/${SLUG}/`,
      "/rss.xml",
      "/atom.xml",
      "/sitemap-index.xml",
      "/news-sitemap.xml",
      "/data/claims.csv",
      `/explainers/${SLUG}/claims.json`,
    ])
      expect(headersFor(rules, path)["Cache-Control"], path).toBe(REVALIDATE);
  });

  it("serves the downloads as UTF-8 CSV and JSON", () => {
    for (const path of ["/data/claims.csv", `/explainers/${SLUG}/claims.csv`])
      expect(headersFor(rules, path)["Content-Type"]).toBe("text/csv; charset=utf-8");
    for (const path of ["/data/claims.json", `/explainers/${SLUG}/claims.json`])
      expect(headersFor(rules, path)["Content-Type"]).toBe("application/json; charset=utf-8");
    expect(headersFor(rules, `/explainers/${SLUG}/`)["Content-Type"]).toBeUndefined();
  });

  it("gives every page nosniff, its referrer policy and its own CSP, with frame-ancestors", () => {
    const pages = filesUnder(join(dir, "dist")).filter((f) => f.endsWith(".html"));
    expect(pages).toContain(`explainers/${SLUG}/embed/1/index.html`);
    for (const page of pages) {
      const got = headersFor(rules, url(page));
      expect(got["X-Content-Type-Options"], page).toBe("nosniff");
      expect(got["Referrer-Policy"], page).toBe("strict-origin-when-cross-origin");
      const header = parsePolicy(got["Content-Security-Policy"] ?? "");
      const meta = parsePolicy(metaPolicy(read(dir, `dist/${page}`)) ?? "");
      expect(meta.get("script-src"), page).toContain("'self'");
      // Every directive and source the page's <meta> has, the header has too, and no more
      // directives than that but frame-ancestors, which only a header can carry.
      expect([...header.keys()].sort(), page).toEqual([...meta.keys(), "frame-ancestors"].sort());
      for (const [name, sources] of meta)
        expect(header.get(name), `${page} ${name}`).toEqual(expect.arrayContaining(sources));
      const embed = page.includes("/embed/");
      expect(header.get("frame-ancestors"), page).toEqual(embed ? ["*"] : ["'none'"]);
    }
  });

  it("allows scripts from the site, their hashes and WebAssembly: nothing inline, no eval", () => {
    const csp = parsePolicy(headersFor(rules, `/explainers/${SLUG}/`)["Content-Security-Policy"]!);
    const script = csp.get("script-src")!;
    expect(script.filter((s) => !s.startsWith("'sha256-"))).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
    expect(csp.get("style-src")!.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
  });
});

describe("dist/_headers under a base path", () => {
  it("puts every rule under SITE_BASE", () => {
    const dir = makeSite("example");
    const r = buildSite(dir, { SITE_BASE: "/news/explainers/", BUILD_LOG_LEVEL: "silent" });
    expect(r.status).toBe(0);
    const rules = parseHeaders(read(dir, "dist/_headers"));
    expect(rules.every((r) => r.pattern.startsWith("/news/explainers/"))).toBe(true);
    const base = "/news/explainers/";
    expect(headersFor(rules, `${base}_astro/x.css`)["Cache-Control"]).toBe(IMMUTABLE);
    expect(headersFor(rules, `${base}data/claims.csv`)["Content-Type"]).toBe(
      "text/csv; charset=utf-8",
    );
    expect(headersFor(rules, `${base}explainers/${SLUG}/`)["Content-Security-Policy"]).toMatch(
      /; frame-ancestors 'none'$/,
    );
    expect(
      headersFor(rules, `${base}explainers/${SLUG}/embed/2/`)["Content-Security-Policy"],
    ).toMatch(/; frame-ancestors \*$/);
    expect(headersFor(rules, `/explainers/${SLUG}/`)).toEqual({});
  });
});

describe("the rules, on their own", () => {
  it("match as Netlify and Cloudflare Pages do: * anything, :name one segment", () => {
    expect(matches("/explainers/:slug/", "/explainers/a/")).toBe(true);
    expect(matches("/explainers/:slug/", "/explainers/a/embed/1/")).toBe(false);
    expect(matches("/explainers/:slug/embed/*", "/explainers/a/embed/1/")).toBe(true);
    expect(matches("/*.csv", "/explainers/a/claims.csv")).toBe(true);
    expect(matches("/*.csv", "/explainers/a/claims.csv.html")).toBe(false);
    expect(matches("/", "/a/")).toBe(false);
  });

  it("join the policies of the pages a rule covers", () => {
    expect(
      unionPolicy([
        "default-src 'self'; script-src 'self' 'sha256-b'",
        "default-src 'self'; script-src 'self' 'sha256-a'; object-src 'none'",
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; object-src 'none'");
  });

  it("find a header two rules set on one file, and a page left without its policy", () => {
    const site = {
      files: ["index.html", "_astro/a.js", "topics/x/index.html"],
      policies: new Map([
        ["index.html", "default-src 'self'"],
        ["topics/x/index.html", undefined],
      ]),
    };
    const rules = headerRules(site, "/");
    expect(ruleProblems(rules, site, "/")).toEqual([
      "/topics/x/: the page has no Content-Security-Policy <meta>",
      "/topics/x/: no Content-Security-Policy rule matches this page",
    ]);
    const overlapping = [...rules, { pattern: "/*", headers: { "Cache-Control": REVALIDATE } }];
    expect(ruleProblems(overlapping, site, "/")).toContain(
      "/_astro/a.js: Cache-Control set by both /_astro/* and /*",
    );
  });
});

describe("headOf (how the policy <meta> is read from each page)", () => {
  it("reads up to the end of <head>, across blocks and split characters, and no further", () => {
    const dir = mkdtempSync(join(tmpdir(), "head-of-"));
    // The <head> ends past the first 16 KB block, with a two-byte character across the edge.
    const head = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'">${"é".repeat(9000)}</head>`;
    const body = `<body>${"x".repeat(200_000)}</body></html>`;
    writeFileSync(join(dir, "page.html"), head + body);
    const text = headOf(join(dir, "page.html"));
    expect(text.startsWith(head)).toBe(true);
    expect(text.length).toBeLessThan(head.length + 16 * 1024);
    expect(metaPolicy(text)).toBe("default-src 'self'");
    // A page with no </head> is read to its end.
    writeFileSync(join(dir, "bare.html"), "<p>no head</p>");
    expect(headOf(join(dir, "bare.html"))).toBe("<p>no head</p>");
  });
});
