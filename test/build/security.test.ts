// The published build against hostile content: the MDX compile's own gate holds even when the
// content check is taken out of the way, drafts are decided by parsed front matter, and what is
// published carries nothing that runs.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { claimYaml, story } from "../security/corpus.ts";
import { buildEnv, buildSite, makeSite, read, ROOT } from "../helpers/site.ts";

const PLANTED = "src/content/explainers/planted.mdx";

/** `astro build` alone, with the content check's integration replaced by one that does nothing. */
function buildWithoutCheck(dir: string) {
  writeFileSync(
    join(dir, "src/integrations/contentCheck.ts"),
    'export const contentCheck = () => ({ name: "content-check", hooks: {} });\n',
  );
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", dir],
    { cwd: dir, encoding: "utf8", env: { ...buildEnv(), NODE_ENV: "production" } },
  );
  return { status: r.status, output: r.stdout + r.stderr };
}

describe("the MDX compile's gate, with the content check skipped", () => {
  it("stops a footnote expression before it runs, naming the file and line", () => {
    const dir = makeSite("flood");
    const marker = join(dir, "pwned");
    writeFileSync(
      join(dir, PLANTED),
      story(
        `A claim.[^1]\n\n[^1]: {globalThis.process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "x")}`,
      ),
    );
    const r = buildWithoutCheck(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      `${PLANTED}:16:7 code: code is not allowed in an explainer: the expression`,
    );
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(dir, "dist/explainers/planted/index.html"))).toBe(false);
  });

  it("stops an event handler hidden in a GFM table cell", () => {
    const dir = makeSite("flood");
    writeFileSync(
      join(dir, PLANTED),
      story('| a | b |\n| --- | --- |\n| <img src="./x.png" alt="" onerror="alert(1)" /> | x |'),
    );
    const r = buildWithoutCheck(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      `${PLANTED}:16:29 <img onerror>: attribute "onerror" is not allowed on <img>`,
    );
  });
});

/** Every file under `dir` whose name ends in `ext`. */
function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(ext)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

describe("a production build of tricky but valid content", () => {
  let dir: string;
  let status: number | null;
  let stderr: string;
  beforeAll(() => {
    dir = makeSite("flood");
    // A published story that talks about front matter, with CRLF line ends and a BOM.
    writeFileSync(
      join(dir, PLANTED),
      "\ufeff" +
        story(
          '```yaml\n---\ndraft: true\n---\n```\n\nSee www.example.org for more.[^1]\n\n| who | figure |\n| --- | --- |\n| mayor | <Claim id="mayor-2026-03-09-missing" /> |\n\n[^1]: A footnote.',
          "topics: [constructor, value-of]\n",
        )
          .replace("title: A planted story", "title: “Café” – a planted story")
          .replace(/\n/g, "\r\n"),
    );
    // A real draft, spelled the way tired people spell it, whose body is broken.
    writeFileSync(
      join(dir, "src/content/explainers/not-ready.mdx"),
      story("<Claim id=", "draft: True # not ready\n"),
    );
    // Claims whose words would be formulas in a spreadsheet.
    writeFileSync(
      join(dir, "src/content/claims/formulas.yaml"),
      claimYaml(
        "mayor-2026-03-09-formula",
        '  verbatim: "=HYPERLINK(\\"https://evil.example\\",\\"click\\")"\n  place: "+1 street"\n  channel: "@mayor"\n',
      ),
    );
    ({ status, stderr } = buildSite(dir));
  });

  it("builds, publishing the story and leaving the draft out", () => {
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(existsSync(join(dir, "dist/explainers/planted/index.html"))).toBe(true);
    expect(existsSync(join(dir, "dist/explainers/not-ready"))).toBe(false);
  });

  it("publishes the values that were checked", () => {
    const page = read(dir, "dist/explainers/planted/index.html");
    expect(page).toContain("“Café” – a planted story");
    expect(page).toContain('<time datetime="2026-03-10T08:00:00Z">10 March 2026, 08:00 UTC</time>');
    // The code fence, as text (the highlighter wraps each token in a span).
    expect(page.replace(/<[^>]+>/g, "")).toContain("draft: true");
  });

  it("looks topics up by their own names only", () => {
    const page = read(dir, "dist/topics/constructor/index.html");
    expect(page).toContain("Constructor");
    expect(page).not.toContain("function Object");
    expect(read(dir, "dist/topics/value-of/index.html")).not.toContain("[native code]");
  });

  it("neutralises spreadsheet formulas in every CSV it writes", () => {
    const csvs = files(join(dir, "dist"), ".csv");
    expect(csvs.length).toBeGreaterThan(1);
    const all = read(dir, "dist/data/claims.csv");
    expect(all).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(all).toContain(`"'+1 street"`);
    expect(all).toContain(`"'@mayor"`);
    for (const csv of csvs) {
      for (const line of readFileSync(csv, "utf8").split("\r\n").slice(1)) {
        // No cell starts a formula: every cell opening with = + - @ is quoted and prefixed.
        expect(line).not.toMatch(/(^|,)[=+\-@\t]/);
      }
    }
  });

  it("publishes nothing that runs: no handlers, no script links, only the site's own scripts", () => {
    const scripts = new Set<string>();
    for (const html of files(join(dir, "dist"), ".html")) {
      const text = readFileSync(html, "utf8");
      expect(text, html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(text, html).not.toMatch(
        /(href|src|action|formaction)\s*=\s*["']?\s*(javascript|data|vbscript):/i,
      );
      expect(text, html).not.toMatch(/<(iframe|object|embed|frame|base)\b/i);
      // JSON-LD blocks are data, not script (their own test proves they cannot be closed early).
      for (const m of text.matchAll(
        /<script\b(?![^>]*application\/ld\+json)[^>]*>([^]*?)<\/script>/gi,
      ))
        scripts.add(m[1]!);
    }
    // The chart popups, the figure-details dismissal and the search page's loader: the only
    // scripts the layout adds, none of them from content.
    expect(scripts.size).toBeLessThanOrEqual(3);
    for (const js of scripts) expect(js).not.toMatch(/alert|getBuiltinModule|child_process/);
  });
});
