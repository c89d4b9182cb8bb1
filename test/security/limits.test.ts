// What guards the build machine and the page beyond the body rules: the HTML-tree gate, and a
// revision-loop check that stays linear however long the chains.
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkContent,
  readContentSources,
  type ContentSources,
} from "../../src/lib/content/checkContent.ts";
import { unsafeHtml } from "../../src/lib/content/explainerGate.ts";
import { siteConfig } from "../../src/site.config.ts";

describe("unsafeHtml, the last check on the HTML tree of a compiled body", () => {
  const el = (tagName: string, properties: Record<string, unknown> = {}, children = []) => ({
    type: "element",
    tagName,
    properties,
    children,
    position: { start: { line: 3, column: 2 } },
  });
  const root = (...children: object[]) => ({ type: "root", children });

  it("passes what Markdown and GFM produce", () => {
    const tree = root(
      el("p", {}, []),
      el("a", { href: "#user-content-fn-1", dataFootnoteRef: true }),
      el("input", { type: "checkbox", disabled: true }),
      el("img", { src: "./map.png", alt: "Map" }),
    );
    expect(unsafeHtml(tree as never, "x.mdx")).toEqual([]);
  });

  it("reports raw HTML, scripts, handlers, script URLs and code, each with its place", () => {
    const tree = root(
      { type: "raw", value: "<b onclick=x>", position: { start: { line: 1, column: 1 } } },
      el("script"),
      el("span", { onClick: "x", style: "color: red" }),
      el("a", { href: "javascript:alert(1)" }),
      { type: "mdxFlowExpression", value: "process.exit()" },
      { type: "mdxFlowExpression", value: "/* a note */" },
      { type: "mdxjsEsm", value: "import x from 'y'" },
    );
    expect(
      unsafeHtml(tree as never, "x.mdx").map((i) => `${i.line}:${i.column} ${i.message}`),
    ).toEqual([
      "1:1 raw HTML would be published unchecked",
      "3:2 <script> would be published",
      "3:2 attribute onClick would be published on <span>",
      '3:2 unsafe address "javascript:alert(1)" would be published on <a>',
      "1:1 an expression would run",
      "1:1 an import or export would run",
    ]);
  });
});

/** `n` valid claims, each revising the one before when `chained`, with ids `<prefix>-<i>`. */
function claims(n: number, chained: boolean, prefix = "c"): ContentSources {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      `- id: ${prefix}-${i}`,
      "  claimant: mayor",
      "  date: 2026-03-09",
      "  subject: arden-flood",
      "  metric: missing",
      `  value: { kind: point, n: ${i} }`,
      "  scope: cumulative",
      "  status: unverified",
      ...(chained && i > 0 ? [`  supersedes: ${prefix}-${i - 1}`] : []),
      "  sources: [{ url: 'https://example.org/a', publisher: City }]",
    );
  }
  const yaml = (dir: string, text: string) => [{ path: `src/content/${dir}/x.yaml`, text }];
  return {
    explainers: [],
    claims: yaml("claims", lines.join("\n") + "\n"),
    claimants: yaml(
      "claimants",
      "- { id: mayor, name: Mayor, role: Mayor, affiliation: City, kind: person }\n",
    ),
    subjects: yaml("subjects", "- { id: arden-flood, label: Arden flood }\n"),
    authors: [],
    events: [],
  };
}

describe("revision loops", () => {
  const options = {
    sections: siteConfig.sections,
    now: new Date("2026-10-01T00:00:00Z"),
    includeDrafts: true,
  };

  it("are found in one pass: a 10,000-claim chain checks about as fast as 10,000 loose claims", () => {
    const time = (s: ContentSources) => {
      const start = performance.now();
      expect(checkContent(s, options)).toEqual([]);
      return performance.now() - start;
    };
    const loose = claims(10_000, false);
    const chain = claims(10_000, true);
    time(claims(500, false)); // warm up the parser and the schema
    const ratio = time(chain) / time(loose);
    // A quadratic walk made this ratio about 30; linear work keeps it near 1.
    expect(ratio).toBeLessThan(2);
  });

  it("report a loop once per member, in the loop's order", () => {
    const s = claims(3, true);
    s.claims[0]!.text = s.claims[0]!.text.replace("- id: c-0\n", "- id: c-0\n  supersedes: c-2\n");
    const found = checkContent(s, options).map((i) => i.message);
    expect(found).toEqual([
      "revisions go round in a loop: c-0 → c-2 → c-1 → c-0",
      "revisions go round in a loop: c-1 → c-0 → c-2 → c-1",
      "revisions go round in a loop: c-2 → c-1 → c-0 → c-2",
    ]);
  });
});

describe("spokesperson loops", () => {
  const options = {
    sections: siteConfig.sections,
    now: new Date("2026-10-01T00:00:00Z"),
    includeDrafts: true,
  };

  it("of 5,000 claimants are one short message each, found in one pass", () => {
    const people = Array.from(
      { length: 5000 },
      (_, i) =>
        `- { id: p-${i}, name: P ${i}, role: Spokesperson, affiliation: X, kind: person, speaksFor: p-${(i + 1) % 5000} }`,
    );
    const s = claims(0, false);
    s.claimants[0]!.text = people.join("\n") + "\n";
    const start = performance.now();
    const found = checkContent(s, options).map((i) => i.message);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(found).toHaveLength(5000);
    expect(found[0]).toBe(
      "speaksFor goes round in a loop: p-0 → p-1 → p-2 → … → p-0 (5000 claimants)",
    );
    // Written out in full at every member, the messages came to 5,000 × 5,000 ids.
    expect(Math.max(...found.map((m) => m.length))).toBeLessThan(120);
  });
});

describe("unknown ids by the thousand", () => {
  it("check about as fast as known ones: did-you-mean is banded, and stops after 200", () => {
    const options = {
      sections: siteConfig.sections,
      now: new Date("2026-10-01T00:00:00Z"),
      includeDrafts: true,
    };
    const withBody = (prefix: string) => {
      const s = claims(5000, false, "mayor-2026-03-09-missing-figure");
      const cites = Array.from({ length: 1000 }, (_, i) => `<Claim id="${prefix}-${i}" />`);
      s.explainers = [
        {
          path: "src/content/explainers/cites.mdx",
          text: `---\ntitle: T\ndek: D.\npublished: 2026-03-10\nauthors: [desk]\n---\n\n## Why It Matters\n\n${cites.join("\n\n")}\n\n## What To Know\n\nx\n\n## Who Said What\n\nx\n`,
        },
      ];
      s.authors = [{ path: "src/content/authors/x.yaml", text: "- { id: desk, name: Desk }\n" }];
      return s;
    };
    const time = (s: ContentSources) => {
      const start = performance.now();
      const found = checkContent(s, options);
      return { ms: performance.now() - start, found };
    };
    // Ids as long as real ones, each one letter from a declared id: no shortcut finds them.
    time(withBody("mayor-2026-03-09-missing-figure")); // warm up
    const known = time(withBody("mayor-2026-03-09-missing-figure"));
    const unknown = time(withBody("mayor-2026-03-09-missing-figur"));
    const hints = unknown.found.filter((i) => i.message.startsWith("unknown claim"));
    expect(hints).toHaveLength(1000);
    expect(hints.filter((i) => i.hint?.startsWith("Did you mean")).length).toBeLessThanOrEqual(200);
    // A full edit table for each pair took minutes here.
    expect(unknown.ms / known.ms).toBeLessThan(4);
  });
});

describe("links and odd folders in the content folders", () => {
  it("are reported, never followed, and never crash the reading", () => {
    const root = mkdtempSync(join(tmpdir(), "links-"));
    const dir = (d: string) => mkdirSync(join(root, "src/content", d), { recursive: true });
    dir("claimants");
    dir("claims/2025.yaml"); // a folder with a data file's name
    symlinkSync(".", join(root, "src/content/claimants/loop"));
    symlinkSync("/nonexistent/file.yaml", join(root, "src/content/claims/dangling.yaml"));
    writeFileSync(join(root, "src/content/claimants/people.yaml"), "[]\n");
    const sources = readContentSources(root);
    expect(sources.claimants.map((f) => f.path)).toEqual(["src/content/claimants/people.yaml"]);
    expect(sources.claims).toEqual([]);
    expect(sources.unread?.map((i) => `${i.file}: ${i.message}`)).toEqual([
      "src/content/claims/dangling.yaml: is not read: content must be plain files and folders, not links",
      "src/content/claimants/loop: is not read: content must be plain files and folders, not links",
    ]);
  });
});
