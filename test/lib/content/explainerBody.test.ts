import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  bodyOf,
  compileExplainerBody,
  PICTURE,
  type BodyPart,
} from "../../../src/lib/content/explainerBody.ts";
import type { ContentError, ContentIssue } from "../../../src/lib/content/issues.ts";
import { localPictures } from "../../../src/lib/content/bodyRules.ts";
import { parseMdx } from "../../../src/lib/content/mdxSource.ts";
import { siteConfig } from "../../../src/site.config.ts";
import { ROOT } from "../../helpers/site.ts";

const PATH = "src/content/explainers/story.mdx";
/** A project folder with one picture in src/assets/, for the compile to find. */
const PICTURE_FILE = "maps/front.png";
const PICTURE_ROOT = mkdtempSync(join(tmpdir(), "body-"));
mkdirSync(join(PICTURE_ROOT, "src/assets/maps"), { recursive: true });
writeFileSync(join(PICTURE_ROOT, "src/assets", PICTURE_FILE), "");
writeFileSync(join(PICTURE_ROOT, "src/assets/maps/café.png"), "");
afterAll(() => rmSync(PICTURE_ROOT, { recursive: true, force: true }));
const compile = (body: string, base = "/", root = ROOT) =>
  compileExplainerBody(body, {
    root,
    file: join(root, PATH),
    path: PATH,
    sections: siteConfig.sections,
    base,
  });

/** What the compile refuses `body` for: its problems, or [] when it compiled. */
function refusal(body: string, root = ROOT): ContentIssue[] {
  try {
    compile(body, "/", root);
    return [];
  } catch (e) {
    const issues = (e as Partial<ContentError>).issues;
    if (!issues) throw e;
    return issues;
  }
}

/** The parts with the HTML strings kept and the slots shown as `[Name prop=value]`. */
const show = (parts: readonly BodyPart[]): string =>
  parts
    .map((p) =>
      typeof p === "string"
        ? p
        : `[${p.component}${Object.entries(p.props)
            .map(([k, v]) => ` ${k}=${String(v)}`)
            .join("")}${p.children.length ? `: ${show(p.children)}` : ""}]`,
    )
    .join("");

describe("compileExplainerBody", () => {
  it("leaves each author component as a slot in the finished HTML around it", () => {
    const parts = compile('The count was <Claim id="a-1" /> on Friday.\n');
    expect(parts).toEqual([
      "<p>The count was ",
      { component: "Claim", props: { id: "a-1" }, children: [] },
      " on Friday.</p>",
    ]);
  });

  it("builds the sections and the lede as the page shows them", () => {
    const html = show(compile("Lede.\n\n## Why It Matters\n\nText.\n\n### A detail\n\nMore.\n"));
    expect(html).toBe(
      '<div class="lede"><p>Lede.</p></div>\n' +
        '<section id="why-it-matters" class="section section--why-it-matters" aria-labelledby="why-it-matters-title">' +
        '<h2 id="why-it-matters-title" class="section__label">Why It Matters</h2>\n<p>Text.</p>\n' +
        '<h3 id="h-a-detail">A detail</h3>\n<p>More.</p></section>',
    );
  });

  it("keeps a component's children as parts of their own, with their Markdown compiled", () => {
    const parts = compile(
      '<Quote by="x" date="2025-01-01" source="https://example.org/">Said **this**, <Claim id="b" />.</Quote>\n',
    );
    expect(show(parts)).toBe(
      "[Quote by=x date=2025-01-01 source=https://example.org/: Said <strong>this</strong>, [Claim id=b].]",
    );
  });

  it("writes HTML elements written as JSX as HTML, and drops notes to editors", () => {
    const html = show(
      compile('The <abbr title="North Atlantic">NATO</abbr> said so. {/* check */}\n'),
    );
    expect(html).toBe('<p>The <abbr title="North Atlantic">NATO</abbr> said so. </p>');
  });

  it("escapes text and attributes: what was written is shown, never parsed", () => {
    const html = show(compile('A &lt;b&gt; and <abbr title="&quot;x&quot; <y>">z</abbr>\n'));
    expect(html).toContain("A &#x3C;b> and");
    expect(html).toContain('title="&#x22;x&#x22; <y>"');
    expect(html).not.toContain("<b>");
  });

  it("cuts an element's tags apart around its slots even when an attribute holds the cut mark", () => {
    const mark = "\uE000explainer-body\uE000";
    const parts = compile(`<span title="a${mark}b">See <Claim id="c" />.</span>\n`);
    expect(show(parts)).toBe(`<span title="a${mark}b">See [Claim id=c].</span>`);
  });

  it("makes a picture in src/assets/ a slot with its project path; a site path stays HTML", () => {
    const parts = compile(
      `![A map](../../assets/${PICTURE_FILE})\n\n![Logo](/logo.png)\n`,
      "/",
      PICTURE_ROOT,
    );
    expect(parts).toContainEqual({
      component: PICTURE,
      props: { src: `src/assets/${PICTURE_FILE}`, alt: "A map" },
      children: [],
    });
    expect(show(parts)).toContain('<img src="/logo.png" alt="Logo">');
  });

  it("finds a picture whose name is not ASCII (the HTML step percent-encodes it)", () => {
    const parts = compile("![A map](../../assets/maps/café.png)\n", "/", PICTURE_ROOT);
    expect(parts).toContainEqual({
      component: PICTURE,
      props: { src: "src/assets/maps/café.png", alt: "A map" },
      children: [],
    });
  });

  it("refuses a picture with a mixed-case extension, which the page could not find", () => {
    expect(refusal("![A map](../../assets/maps/front.Png)\n", PICTURE_ROOT)[0]?.message).toMatch(
      /extension \.Png: write it all in lower case/,
    );
  });

  it("fails with the place of a picture whose file is not there", () => {
    expect(refusal("Intro.\n\n![A map](../../assets/no-such-map.png)\n")).toEqual([
      expect.objectContaining({
        file: PATH,
        line: 3,
        column: 1,
        message: "image file not found: src/assets/no-such-map.png",
      }),
    ]);
  });

  it("moves site links to the base path", () => {
    expect(show(compile("See [the topic](/topics/kursk/).\n", "/news/"))).toContain(
      'href="/news/topics/kursk/"',
    );
  });

  it("fails with the file, line and column for a body that breaks the rules", () => {
    const issues = refusal("Fine.\n\nNot fine: {process.exit(7)}\n");
    expect(issues[0]).toMatchObject({ file: PATH, line: 3 });
    expect(issues[0]?.message).toMatch(/code is not allowed/);
  });

  it("places an MDX syntax error in the file, in the check's words", () => {
    const body = "Intro.\n\n| a | b |\n| - | - |\n| <x> | 1 |\n";
    const issues = refusal(body);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: PATH, line: 5 });
    expect(issues[0]?.message).toMatch(/^MDX syntax: /);
    expect(issues).toEqual(parseMdx(PATH, body).issues);
  });

  it("refuses thousands of nested tags before parsing them", () => {
    const issues = refusal("Intro.\n\n" + "<b>".repeat(6000) + "x\n");
    expect(issues[0]).toMatchObject({ file: PATH });
  });
});

describe("bodyOf", () => {
  it("gives the stored parts, or throws the problem a dev load stored instead", () => {
    expect(bodyOf({ id: "x", rendered: { metadata: { parts: ["<p>a</p>"] } } })).toEqual([
      "<p>a</p>",
    ]);
    expect(() =>
      bodyOf({ id: "x", rendered: { metadata: { parts: [], problem: "x.mdx:3:1 bad" } } }),
    ).toThrow("x.mdx:3:1 bad");
    expect(() => bodyOf({ id: "x" })).toThrow(/no compiled body/);
  });
});

describe("localPictures (what the content check looks for on disk)", () => {
  it("follows a picture written as a reference to its definition", () => {
    const text = "Intro.\n\n![A map][front]\n\n[front]: ../../assets/maps/front.png\n";
    const tree = parseMdx(PATH, text).tree!;
    expect(localPictures(tree, PATH)).toEqual([
      { path: "src/assets/maps/front.png", line: 3, column: 1 },
    ]);
  });
});
