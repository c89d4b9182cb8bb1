// The section plugin run through satteri, the compiler the site uses: Markdown to HTML for the
// structure, and MDX compiled to JS (then run with a tiny JSX runtime that prints HTML) for what
// only MDX has, such as components in the lede.
import { markdownToHtml, mdxToJs } from "satteri";
import { describe, expect, it } from "vitest";
import { explainerSections } from "../../../src/lib/content/explainerSections.ts";
import { MDX_FEATURES } from "../../../src/lib/content/mdxSource.ts";
import { siteConfig } from "../../../src/site.config.ts";

const plugin = (base = "/base/") => explainerSections(siteConfig.sections, base);

/** The HTML satteri makes of Markdown `source` with the plugin, without the blank lines. */
const html = (source: string, base?: string) =>
  markdownToHtml(source, { features: { ...MDX_FEATURES }, hastPlugins: [plugin(base)] })
    .html.split("\n")
    .filter(Boolean);

/** What an element renders as; `<Claim>` prints as <claim id="...">. */
type Node = { type: unknown; props: Record<string, unknown> } | string | Node[] | null;
const Fragment = Symbol("Fragment");
const print = (node: Node): string => {
  if (node === null) return "";
  if (typeof node === "string") return node;
  if (Array.isArray(node)) return node.map(print).join("");
  const { children, ...props } = node.props;
  if (node.type === Fragment) return print(children as Node);
  if (typeof node.type === "function")
    return print((node.type as (props: object) => Node)(node.props));
  const attrs = Object.entries(props)
    .map(([k, v]) => ` ${k === "className" ? "class" : k}="${String(v)}"`)
    .join("");
  return `<${String(node.type)}${attrs}>${print((children ?? null) as Node)}</${String(node.type)}>`;
};

/** MDX `source` compiled by mdxToJs with the plugin, run, and printed. */
function renderMdx(source: string): string[] {
  const { code } = mdxToJs(source, {
    features: { ...MDX_FEATURES },
    hastPlugins: [plugin()],
    outputFormat: "function-body",
  }) as { code: string };
  const jsx = (type: unknown, props: Record<string, unknown>) => ({ type, props });
  // The compiled body is run as MDX's "function-body" output is meant to be run.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(code) as (runtime: object) => unknown;
  const { default: Content } = run({ Fragment, jsx, jsxs: jsx }) as {
    default: (props: object) => Node;
  };
  const Claim = ({ id }: { id: string }) => ({ type: "claim", props: { id } });
  return print(Content({ components: { Claim } }))
    .split("\n")
    .filter(Boolean);
}

const section = (key: string, heading: string) =>
  `<section id="${key}" class="section section--${key}" aria-labelledby="${key}-title">` +
  `<h2 id="${key}-title" class="section__label">${heading}</h2>`;

describe("explainerSections: structure", () => {
  it("wraps the lede in a div and each section in a landmark labelled by its heading", () => {
    expect(
      html(
        "One *lede* line.\n\nAnother.\n\n## Why It Matters\n\nText.\n\n### Detail\n\nMore.\n\n## what to know\n\nLast.\n",
      ),
    ).toEqual([
      '<div class="lede"><p>One <em>lede</em> line.</p><p>Another.</p></div>',
      section("why-it-matters", "Why It Matters"),
      "<p>Text.</p>",
      '<h3 id="h-detail">Detail</h3>',
      "<p>More.</p>",
      "</section>" + section("what-to-know", "what to know"),
      "<p>Last.</p></section>",
    ]);
  });

  it("keys a heading that is not a configured section by its words", () => {
    expect(html("## Background & Notes!\n\nText.\n\n## ???\n\nMore.\n")).toEqual([
      section("background-and-notes", "Background &amp; Notes!"),
      "<p>Text.</p>",
      "</section>" + section("section", "???"),
      "<p>More.</p></section>",
    ]);
  });

  it("gives sub-headings ids of their own, so none can take the layout's (#main, #source-1)", () => {
    expect(html("### main\n\n### Source 1\n\n### main\n")).toEqual([
      '<h3 id="h-main">main</h3>',
      '<h3 id="h-source-1">Source 1</h3>',
      '<h3 id="h-main-2">main</h3>',
    ]);
  });

  it("leaves a body without sections as it is, with no lede", () => {
    expect(html("Just a paragraph.\n\n### A small heading\n")).toEqual([
      "<p>Just a paragraph.</p>",
      '<h3 id="h-a-small-heading">A small heading</h3>',
    ]);
  });

  it("puts components written before the first section into the lede", () => {
    expect(
      renderMdx('Lede with <Claim id="a" />.\n\n<Claim id="b" />\n\n## Who Said What\n\nText.\n'),
    ).toEqual([
      '<div class="lede"><p>Lede with <claim id="a"></claim>.</p><claim id="b"></claim></div>',
      section("who-said-what", "Who Said What"),
      "<p>Text.</p></section>",
    ]);
  });
});

describe("explainerSections: links", () => {
  it.each([
    {
      name: "a site link follows the base path",
      href: "/topics/kursk/",
      out: "/base/topics/kursk/",
    },
    // Links are written from the site root, so one whose first segment is the base's is still
    // moved under it (with SITE_BASE=/explainers/, "/explainers/kursk/" is a sibling explainer).
    {
      name: "a root link that starts like the base",
      href: "/base/about/",
      out: "/base/base/about/",
    },
    { name: "a path that only starts like the base", href: "/basement/", out: "/base/basement/" },
    { name: "an absolute address", href: "https://example.org/a", out: "https://example.org/a" },
    { name: "a relative path", href: "../other/", out: "../other/" },
    { name: "a fragment", href: "#sources", out: "#sources" },
    { name: "mail", href: "mailto:desk@example.org", out: "mailto:desk@example.org" },
  ])("$name: $href → $out", ({ href, out }) => {
    expect(html(`See [this](${href}).`)).toEqual([`<p>See <a href="${out}">this</a>.</p>`]);
  });

  it.each([
    { name: "a script link", href: "javascript:alert(1)" },
    { name: "a script link in capitals", href: "JaVaScRiPt:alert(1)" },
    { name: "a protocol-relative link to another host", href: "//evil.example/" },
    { name: "a data: link", href: "data:text/html,x" },
  ])("drops $name ($href), keeping the text", ({ href }) => {
    expect(html(`See [this](${href}).`)).toEqual(["<p>See <a>this</a>.</p>"]);
  });

  it("moves a link to another explainer under the base /explainers/", () => {
    expect(html("[k](/explainers/kursk/)", "/explainers/")).toEqual([
      '<p><a href="/explainers/explainers/kursk/">k</a></p>',
    ]);
  });

  it.each([
    { base: "/base", out: "/base/topics/kursk/" },
    { base: "/", out: "/topics/kursk/" },
  ])("takes the base $base with or without its final slash", ({ base, out }) => {
    expect(html("[k](/topics/kursk/)", base)).toEqual([`<p><a href="${out}">k</a></p>`]);
  });
});
