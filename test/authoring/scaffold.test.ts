import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createExplainer,
  DEK_PLACEHOLDER,
  devUrl,
  publishedStamp,
  renderExplainerTemplate,
} from "../../src/lib/authoring/scaffold.ts";
import { checkContent, readContentSources } from "../../src/lib/content/checkContent.ts";
import { formatReport } from "../../src/lib/content/issues.ts";
import { parseMdx } from "../../src/lib/content/mdxSource.ts";
import { siteConfig } from "../../src/site.config.ts";
import { makeSite } from "../helpers/site.ts";
import { runScript, TEST_NOW } from "./helpers.ts";

const check = (dir: string) =>
  formatReport(
    checkContent(readContentSources(dir), {
      sections: siteConfig.sections,
      now: TEST_NOW,
      includeDrafts: true,
    }),
  );

describe("renderExplainerTemplate", () => {
  const text = renderExplainerTemplate({
    title: 'Kursk: "up to a battalion"',
    date: new Date("2026-10-01T12:34:56.789Z"),
    authors: ["world-desk"],
    topics: ["kursk", "north-korea"],
  });

  it("writes draft front matter, quoting the title safely", () => {
    expect(text.split("\n").slice(0, 8)).toEqual([
      "---",
      'title: "Kursk: \\"up to a battalion\\""',
      `dek: "${DEK_PLACEHOLDER}"`,
      "published: 2026-10-01T12:34:00Z",
      "authors: [world-desk]",
      "topics: [kursk, north-korea]",
      "draft: true",
      "---",
    ]);
  });

  it("lays out every configured section in order, each with a note that does not render", () => {
    const mdx = parseMdx("x.mdx", text);
    expect(mdx.issues).toEqual([]);
    expect(mdx.headings.map((h) => h.text)).toEqual(siteConfig.sections.map((s) => s.label));
    expect(mdx.elements).toEqual([]); // the <Claim> examples are inside comments
    expect(text.match(/^\{\/\* .+ \*\/\}$/gm)).toHaveLength(siteConfig.sections.length + 1);
  });

  it("follows the configured sections, marking the optional ones", () => {
    const custom = renderExplainerTemplate({
      title: "T",
      date: new Date(0),
      authors: ["a"],
      topics: [],
      sections: [
        { key: "what-to-know", label: "What To Know", required: true },
        { key: "background", label: "Background", required: false },
      ],
    });
    expect(custom.split("\n").slice(9)).toEqual([
      "{/* Lede: one or two sentences on what happened, before the first section. Paragraphs are one to three sentences. Delete these notes as you write. */}",
      "",
      "## What To Know",
      "",
      '{/* Four or five short paragraphs, or a list: the facts, each figure as <Claim id="claim-id" />. A chart: <ClaimsTimeline subject="subject-id" metric="killed" />. */}',
      "",
      "## Background",
      "",
      "{/* Background: write this section. Optional: delete the section if there is nothing to say. */}",
      "",
    ]);
  });

  it.each([
    { now: "2026-10-01T12:34:56.789Z", expected: "2026-10-01T12:34:00Z" },
    { now: "2026-12-31T23:59:59.999Z", expected: "2026-12-31T23:59:00Z" },
  ])("published $now → $expected", ({ now, expected }) => {
    expect(publishedStamp(new Date(now))).toBe(expected);
  });
});

describe("devUrl", () => {
  it.each([
    { base: "/", expected: "http://127.0.0.1:4321/explainers/kursk/" },
    {
      base: "news/explainers",
      expected: "http://127.0.0.1:4321/news/explainers/explainers/kursk/",
    },
    { base: "/news/", expected: "http://127.0.0.1:4321/news/explainers/kursk/" },
  ])("base $base", ({ base, expected }) => {
    expect(devUrl("kursk", base)).toBe(expected);
  });
});

describe("createExplainer", () => {
  it("writes a draft that passes the content check with drafts included", () => {
    const dir = makeSite("example");
    const created = createExplainer(dir, {
      title: "Pentagon's count of North Korean casualties",
      topics: ["North Korea", "kursk"],
      now: TEST_NOW,
    });
    expect(created.path).toBe(
      "src/content/explainers/pentagons-count-of-north-korean-casualties.mdx",
    );
    expect(readFileSync(join(dir, created.path), "utf8")).toBe(created.text);
    expect(created.text).toContain("authors: [world-desk]\ntopics: [north-korea, kursk]\n");
    expect(check(dir)).toBe("");
  });

  it("refuses to overwrite an existing explainer and leaves it untouched", () => {
    const dir = makeSite("example");
    const path = join(dir, "src/content/explainers/kursk-makhnovka-losses.mdx");
    const before = readFileSync(path, "utf8");
    expect(() => createExplainer(dir, { title: "Kursk Makhnovka losses", now: TEST_NOW })).toThrow(
      "src/content/explainers/kursk-makhnovka-losses.mdx already exists; nothing was written.",
    );
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("refuses an unknown author, with the checker's did-you-mean, and writes nothing", () => {
    const dir = makeSite("example");
    let refusal: { message?: string; hint?: string } = {};
    try {
      createExplainer(dir, { title: "A story", authors: ["world-dsk"], now: TEST_NOW });
    } catch (error) {
      refusal = error as { message: string; hint: string };
    }
    expect([refusal.message, refusal.hint]).toEqual([
      "src/content/explainers/a-story.mdx was not written: the new explainer would not pass the content check.",
      "Content check found 1 problem:\n\n" +
        'src/content/explainers/a-story.mdx:5:11 authors[0]: unknown author "world-dsk"\n' +
        '    Did you mean "world-desk"? Authors are declared in src/content/authors/.',
    ]);
    expect(existsSync(join(dir, "src/content/explainers/a-story.mdx"))).toBe(false);
  });

  it("takes --slug over the title, and refuses one that is not a slug", () => {
    const dir = makeSite("example");
    expect(createExplainer(dir, { title: "Курск", slug: "kursk-ru", now: TEST_NOW }).path).toBe(
      "src/content/explainers/kursk-ru.mdx",
    );
    expect(() => createExplainer(dir, { title: "X", slug: "Not A Slug", now: TEST_NOW })).toThrow(
      '--slug "Not A Slug" is not a URL slug.',
    );
  });
});

describe("npm run new", () => {
  it("creates the file and prints its path and preview URL", async () => {
    const dir = makeSite("example");
    const r = await runScript("new.ts", ["Kursk, explained", "--author", "world-desk"], dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Created src/content/explainers/kursk-explained.mdx (a draft).");
    expect(r.stdout).toContain("http://127.0.0.1:4321/explainers/kursk-explained/");
    // SOURCE_DATE_EPOCH fixes `published`.
    expect(read(dir, "kursk-explained")).toContain("published: 2026-10-01T12:00:00Z\n");
    expect(check(dir)).toBe("");
  });

  it("refuses a second run with the same title: exit 1, the file untouched", async () => {
    const dir = makeSite("example");
    expect((await runScript("new.ts", ["Kursk, explained"], dir)).status).toBe(0);
    const path = join(dir, "src/content/explainers/kursk-explained.mdx");
    writeFileSync(path, read(dir, "kursk-explained") + "\nThe author's words.\n");
    const before = read(dir, "kursk-explained");
    const r = await runScript("new.ts", ["Kursk, explained"], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "src/content/explainers/kursk-explained.mdx already exists; nothing was written.\n" +
        'Choose another title, or give the new explainer its own slug: npm run new -- "Kursk, explained" --slug kursk-explained-2\n',
    );
    expect(read(dir, "kursk-explained")).toBe(before);
  });

  it("without a terminal and without a title, exits 1 with usage at once instead of waiting", async () => {
    const dir = makeSite("example");
    // stdin is a pipe that stays open and silent: a script that waited for a title would hang
    // (and be killed, leaving status null), so the exit status and message say it did not wait.
    const r = await runScript("new.ts", [], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").slice(0, 3)).toEqual([
      "No title given, and no terminal to ask for one.",
      "",
      'Usage: npm run new -- "Title of the explainer" [options]',
    ]);
    expect(readContentSources(dir).explainers).toHaveLength(1);
  });

  it("refuses an unknown option with usage", async () => {
    const r = await runScript("new.ts", ["Title", "--autor", "x"], makeSite("example"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Unknown option '--autor'");
    expect(r.stderr).toContain("Usage: npm run new");
  });
});

function read(dir: string, slug: string): string {
  return readFileSync(join(dir, `src/content/explainers/${slug}.mdx`), "utf8");
}
