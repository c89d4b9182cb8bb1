/**
 * The hostile corpus: content written as an attacker or a tired reporter would write it. Every
 * case starts from the valid flood fixture (less its draft) and adds or replaces files; the
 * exact problems each must produce (first lines, `file:line:column field: message`, with `P:` for
 * the planted story) are pinned in `corpus.expected.json`, read by a person before accepting.
 *
 * Body cases plant text in an explainer's "What To Know" section (line 14 of `story()`); the
 * MDX compile's own gate must report the same problems for them as the check.
 */

export interface CorpusCase {
  name: string;
  /** Files to add or replace, relative to src/content/. */
  files: Record<string, string | Uint8Array>;
  /** Check with drafts left out, as the production build does. */
  production?: boolean;
}

export const STORY = "explainers/planted.mdx";

/** A valid explainer with `body` on line 14 and `frontmatter` lines added after `authors`. */
export function story(body: string, frontmatter = ""): string {
  return `---
title: A planted story
dek: One planted problem for the content check.
published: 2026-03-10T08:00:00Z
authors: [metro-desk]
${frontmatter}---

## Why It Matters

Text.

## What To Know

${body}

## Who Said What

Words.
`;
}

/** A body case: `body` planted in the story; `expect` lines are relative to the story file. */
const body = (name: string, text: string): CorpusCase => ({
  name,
  files: { [STORY]: story(text) },
});

/** Safe but tricky bodies: both the check and the compile must accept them as they are. */
export const SAFE_BODIES: Record<string, string> = {
  "footnote with text": "A claim.[^1]\n\n[^1]: Said on 4 January, in an address.",
  "table of text": "| who | what |\n| --- | --- |\n| mayor | a *figure* and `{code}` |",
  "bare web address": "See www.example.org and https://example.org/a?b=c#d for more.",
  "email address": "Write to desk@example.org.",
  "fenced code about front matter":
    "```yaml\n---\ndraft: true\n---\n<script>alert(1)</script>\n{process.exit(1)}\n```",
  "a --- line in the body": "Before.\n\n---\n\nAfter.",
  "an MDX note": "{/* a note to editors */}\n\nText {/* inline note */} here.",
  "escaped braces and angles": "A set \\{1, 2\\} and 1 \\< 2.",
  "strikethrough and task list": "~~old~~ new\n\n- [x] done\n- [ ] to do",
  "harmless HTML": '<abbr title="North Atlantic Treaty Organization">NATO</abbr> and <sup>1</sup>.',
  "a relative link and a fragment": "[topics](/topics/floods/) and [up](#why-it-matters).",
  "a local image": "![A map of the valley](../../assets/map.png)",
  "right-to-left text with marks": "The sign read \u200fמים\u200f in Hebrew.",
  "autolinked javascript text": "The text javascript:alert(1) is only text.",
};

export const CORPUS: CorpusCase[] = [
  // --- Code in the body, in every GFM construct -------------------------------------------
  body("expression in a footnote", "A claim.[^1]\n\n[^1]: {process.exit(7)}"),
  body("script in a footnote", "A claim.[^1]\n\n[^1]: <script>alert(1)</script>"),
  body(
    "expression in a table cell",
    "| a | b |\n| --- | --- |\n| {require('node:child_process')} | x |",
  ),
  body(
    "event handler in a table cell",
    '| a | b |\n| --- | --- |\n| <img src="./x.png" alt="" onerror="alert(1)" /> | x |',
  ),
  body("import", 'import fs from "node:fs"'),
  body("export", "export const home = process.env.HOME"),
  body("expression in a list item", "- {globalThis.process.exit(1)}"),
  body("code between comments", "{/* a */ process.exit(1) /* b */}"),
  body("expression as an attribute value", '<a href={"javascript:alert(1)"}>x</a>'),
  body("spread props", '<Claim {...{ id: "x" }} />'),
  body("event handler, upper case", '<span ONMOUSEOVER="alert(1)">x</span>'),
  body("style attribute", '<span style="background:url(https://tracker.example/p)">x</span>'),
  body("data attribute", '<span data-popup="x">x</span>'),
  body("id attribute", '<span id="main">x</span>'),
  body("link target", '<a href="https://example.org" target="_blank">x</a>'),
  body("iframe", '<iframe src="https://evil.example/"></iframe>'),
  body("script", "<script>{`alert(1)`}</script>"),
  body("svg with a script", "<svg><script>alert(1)</script></svg>"),
  body("prototype name as an element", "<__proto__ />"),
  body("constructor as a component", "<constructor />"),
  body("toString as a component", "<ToString />"),
  body("prototype name as a prop", '<Claim __proto__="x" id="mayor-2026-03-09-missing" />'),
  body("member element", "<a.b>x</a.b>"),
  body("namespaced element", "<svg:script>x</svg:script>"),
  body("fragment", "<>x</>"),
  body("HTML comment", "<!-- hidden -->"),

  // --- Links and images ---------------------------------------------------------------------
  body("javascript link", "[x](javascript:alert(1))"),
  body("mixed-case javascript link", "[x](JaVaScRiPt:alert(1))"),
  body("entity-encoded javascript link", "[x](java&#115;cript:alert(1))"),
  body("data link", "[x](data:text/html;base64,PHNjcmlwdD4=)"),
  body("javascript reference definition", "[x][r]\n\n[r]: javascript:alert(1)"),
  body("protocol-relative link", "[x](//evil.example/)"),
  body("backslash link", "[x](/\\evil.example/)"),
  body("user-info link", "[x](https://good.example@evil.example/)"),
  body("bidi control in a link", "[x](https://example.org/\u202egnp.exe)"),
  body("zero-width character in a link", "[x](https://exa\u200bmple.org/)"),
  body("remote image", "![pixel](https://tracker.example/p.gif)"),
  body("protocol-relative image tag", '<img src="//tracker.example/p.gif" alt="x" />'),
  body("remote image reference", "![pixel][p]\n\n[p]: https://tracker.example/p.gif"),
  body("image from outside the project", "![key](../../../../../home/user/.ssh/id_rsa.png)"),
  body(
    "link with a quote that would break out of its attribute",
    '[x](https://example.org/"onmouseover="alert(1))',
  ),
  body("a module imported as an image", "![A map](../../assets/_map.mjs)"),
  body("an SVG image (it can carry script)", "![A map](../../assets/map.svg)"),
  body("an image path with encoded dots and a query", "![A map](./%2e%2e/%2e%2e/%2e%2e/.env?raw)"),
  body("an image next to the explainer, outside src/assets", "![A map](./map.png)"),
  body(
    "a quote whose source is a script link",
    '<Quote by="mayor" date="2026-03-09" source="javascript:alert(1)">Words.</Quote>',
  ),
  body(
    "a class that imitates a claim",
    '<span class="claim"><span class="claim__figure">50,000</span></span>',
  ),
  body(
    "a direction override in a link title and an image's alt",
    '[x](https://example.org/ "ti\u202etle") ![alt\u202egnp](../../assets/a.png)',
  ),
  body("thousands of braces", "{/*".repeat(2500)),
  body("thousands of nested tags", "<span>".repeat(2500) + "x" + "</span>".repeat(2500)),
  body("bidi override in text", "The total is \u202e000,01\u202c people."),
  body(
    "bidi override in a prop",
    '<Quote by="mayor" date="2026-03-09" source="https://example.org/a" channel="\u202eenohp">Words.</Quote>',
  ),
];

/** A valid claim in YAML with `extra` lines (indented two spaces) and a changed `id`. */
export function claimYaml(id: string, extra = "", value = "{ kind: point, n: 12 }"): string {
  return `- id: ${id}
  claimant: mayor
  date: 2026-03-09
  subject: arden-flood
  metric: missing
  value: ${value}
  scope: cumulative
  status: unverified
${extra}  sources:
    - url: https://example.org/arden/mayor
      publisher: City of Arden
`;
}

const bomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
  "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
  "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
].join("\n");

CORPUS.push(
  // --- Drafts come from parsed front matter only ----------------------------------------------
  {
    name: "draft: true inside a code fence of a published story",
    production: true,
    files: {
      [STORY]: story(
        '```yaml\n---\ndraft: true\n---\n```\n\n<Claim id="mayor-2026-03-09-misin" />',
      ),
    },
  },
  {
    name: "a draft written draft: True # not ready, with a broken body",
    production: true,
    files: { [STORY]: story("<Claim id=", "draft: True # not ready\n") },
  },
  {
    name: "a draft with a body the parser would spend minutes on",
    production: true,
    files: { [STORY]: story("{/*".repeat(40000), "draft: true\n") },
  },
  {
    name: "a draft whose body does not parse",
    production: true,
    files: { [STORY]: story("{unclosed", "draft: true\n") },
  },
  {
    name: 'draft: "true" as text is not a draft',
    production: true,
    files: { [STORY]: story("Text.", 'draft: "true"\n') },
  },

  // --- One value: what is checked is what is published ----------------------------------------
  {
    name: "a year below 100 (Astro would print 1925)",
    files: { [STORY]: story("Text.").replace("2026-03-10T08:00:00Z", "0025-03-10T08:00:00Z") },
  },
  {
    name: "an impossible day (Astro would print 2 March)",
    files: { [STORY]: story("Text.").replace("2026-03-10T08:00:00Z", "2026-02-30") },
  },
  {
    name: "a publication date after the build",
    files: { [STORY]: story("Text.").replace("2026-03-10T08:00:00Z", "2031-03-10T08:00:00Z") },
  },
  {
    name: "a correction dated before 1900",
    files: { [STORY]: story("Text.", "corrections:\n  - date: 1899-12-31\n    text: Fixed.\n") },
  },
  {
    name: "a quote dated before 1900 and one after the build",
    files: {
      [STORY]: story(
        '<Quote by="mayor" date="1899-01-01" source="https://example.org/a">Old.</Quote>\n\n<Quote by="mayor" date="2030-01-01" source="https://example.org/a">New.</Quote>',
      ),
    },
  },
  {
    name: "a claim dated before 1900",
    files: {
      "claims/planted.yaml": claimYaml("mayor-1899-missing").replace("2026-03-09", "1899-03-09"),
    },
  },
  {
    name: "numbers at their edges: -0, 1e308, .inf",
    files: {
      "claims/planted.yaml":
        claimYaml("edge-a", "", "{ kind: point, n: -0 }") +
        claimYaml("edge-b", "", "{ kind: point, n: 1e308 }") +
        claimYaml("edge-c", "", "{ kind: point, n: .inf }"),
    },
  },
  {
    name: "a title that is not text",
    files: { [STORY]: story("Text.").replace("title: A planted story", "title: 2024") },
  },
  {
    name: "TOML front matter",
    files: { [STORY]: story("Text.").replace(/^---\n([^]*?)\n---/, "+++\ntitle = 'x'\n+++") },
  },

  // --- No crash is an answer -------------------------------------------------------------------
  {
    name: "a YAML alias bomb in a claims file",
    files: { "claims/planted.yaml": bomb },
  },
  {
    name: "a YAML alias in front matter",
    files: { [STORY]: story("Text.", "topics: &t [floods]\nx: *t\n") },
  },
  {
    name: "YAML nested thousands deep",
    files: { "claims/planted.yaml": "[".repeat(20000) + "]".repeat(20000) },
  },
  {
    name: "prototype names as ids and topics",
    files: {
      "claims/planted.yaml": claimYaml("constructor") + claimYaml("__proto__"),
      [STORY]: story("Text.", "topics: [constructor, to-string, __proto__]\n"),
    },
  },
  {
    name: "a __proto__ field in a claim",
    files: { "claims/planted.yaml": claimYaml("mayor-proto", "  __proto__: { polluted: true }\n") },
  },
  {
    name: "an id longer than 100 characters",
    files: { "claims/planted.yaml": claimYaml("a".repeat(101)) },
  },
  {
    name: "an explainer in a subfolder",
    files: { "explainers/2026/nested-story.mdx": story("Text.") },
  },
  {
    name: "files the loaders would not read",
    files: {
      "explainers/plain-markdown.md": story("Text."),
      "explainers/SHOUTING.MDX": story("Text."),
      "claims/short.yml": claimYaml("short-ext"),
      "claims/LOUD.YAML": claimYaml("loud-ext"),
    },
  },
  {
    name: "bytes that are not UTF-8",
    files: {
      "claims/planted.yaml": new Uint8Array([
        ...new TextEncoder().encode(claimYaml("mayor-latin1")),
        ...new TextEncoder().encode("# caf"),
        0xe9,
        0x0a,
      ]),
      [STORY]: new Uint8Array([
        ...new TextEncoder().encode(story("Text.").replace("Words.", "Caf")),
        0xe9,
      ]),
    },
  },
  {
    name: "a byte-order mark and CRLF line ends are fine",
    files: {
      [STORY]: "\ufeff" + story('<Claim id="mayor-2026-03-09-missing" />').replace(/\n/g, "\r\n"),
    },
  },
  {
    name: "a direction override in a claimant's name",
    files: {
      "claimants/planted.yaml":
        '- id: spoof\n  name: "Mayor \u202eroyaM"\n  role: Nobody\n  affiliation: None\n  kind: person\n',
    },
  },
  {
    name: "a source URL with user-info, and one protocol-relative",
    files: {
      "claims/planted.yaml":
        claimYaml("mayor-userinfo").replace(
          "https://example.org/arden/mayor",
          "https://example.org@evil.example/",
        ) +
        claimYaml("mayor-relative").replace("https://example.org/arden/mayor", "//evil.example/"),
    },
  },
);

CORPUS.push(
  // --- Very large and very deep input ---------------------------------------------------------
  {
    name: "quotes nested thousands deep",
    files: { [STORY]: story(">".repeat(5000) + " x") },
  },
  {
    name: "elements nested thousands deep",
    files: { [STORY]: story("<span>".repeat(3000) + "x" + "</span>".repeat(3000)) },
  },
  {
    name: "a list nested hundreds deep (half a megabyte of spaces)",
    files: {
      [STORY]: story(Array.from({ length: 700 }, (_, i) => " ".repeat(i * 2) + "- x").join("\n")),
    },
  },
  {
    name: "an unclosed comment repeated in an expression",
    files: { [STORY]: story("{" + "/* ".repeat(50000) + "}") },
  },
  {
    name: "an explainer over a megabyte",
    files: { [STORY]: story("word ".repeat(220000)) },
  },
  {
    name: "front matter nested thousands deep",
    files: { [STORY]: story("Text.", "extra: " + "[".repeat(20000) + "]".repeat(20000) + "\n") },
  },
  {
    name: "a zero-width space in a subject label",
    files: { "subjects/planted.yaml": "- id: look-alike\n  label: Arden\u200b flood\n" },
  },
);

/** A claimant in YAML with `extra` lines (indented two spaces). */
export function claimantYaml(id: string, extra = "", name = `Planted ${id}`): string {
  return `- id: ${id}
  name: ${name}
  role: Spokesperson
  affiliation: Somewhere
  kind: person
${extra}`;
}

/** An event in YAML on 8 March 2026 with `extra` lines (indented two spaces). */
export function eventYaml(id: string, extra = "", label = `Planted ${id}`): string {
  return `- id: ${id}
  date: 2026-03-08
  label: ${label}
${extra}`;
}

const CLAIMANTS = "claimants/planted.yaml";
const EVENTS = "events/planted.yaml";
/** A chart of the flood fixture's deaths, with `props` added. */
const timeline = (props: string) =>
  `<ClaimsTimeline subject="arden-flood" metric="killed" ${props} />`;
const compare = (props: string) =>
  `<ClaimsCompare subject="arden-flood" metric="killed" ${props} />`;
/** A body of several charts, one per paragraph, from line 14 of the story on. */
const charts = (...each: string[]) => ({ [STORY]: story(each.join("\n\n")) });

CORPUS.push(
  // --- Spokespeople: speaksFor ----------------------------------------------------------------
  {
    name: "speaksFor: prototype names",
    files: {
      [CLAIMANTS]:
        claimantYaml("spokes-a", "  speaksFor: __proto__\n") +
        claimantYaml("spokes-b", "  speaksFor: constructor\n") +
        claimantYaml("spokes-c", "  speaksFor: toString\n") +
        claimantYaml("spokes-d", "  speaksFor: has-own-property\n"),
    },
  },
  {
    name: "speaksFor: themselves",
    files: { [CLAIMANTS]: claimantYaml("spokes", "  speaksFor: spokes\n") },
  },
  {
    name: "speaksFor: a loop of two, and a loop of eight (its messages are cut)",
    files: {
      [CLAIMANTS]:
        claimantYaml("pair-a", "  speaksFor: pair-b\n") +
        claimantYaml("pair-b", "  speaksFor: pair-a\n") +
        Array.from({ length: 8 }, (_, i) =>
          claimantYaml(`ring-${i}`, `  speaksFor: ring-${(i + 1) % 8}\n`),
        ).join(""),
    },
  },
  {
    name: "speaksFor: an unknown claimant, near a known one",
    files: { [CLAIMANTS]: claimantYaml("spokes", "  speaksFor: regional-authorty\n") },
  },
  {
    name: "speaksFor: a number, a list, a map and true",
    files: {
      [CLAIMANTS]:
        claimantYaml("spokes-a", "  speaksFor: 42\n") +
        claimantYaml("spokes-b", "  speaksFor: [mayor, relief-agency]\n") +
        claimantYaml("spokes-c", "  speaksFor: { id: mayor }\n") +
        claimantYaml("spokes-d", "  speaksFor: true\n"),
    },
  },
  {
    name: "speaksFor: zero-width, direction and HTML in the id",
    files: {
      [CLAIMANTS]:
        claimantYaml("spokes-a", '  speaksFor: "may\u200bor"\n') +
        claimantYaml("spokes-b", '  speaksFor: "\u202eroyam"\n') +
        claimantYaml("spokes-c", '  speaksFor: "<script>alert(1)</script>"\n'),
    },
  },

  // --- Claimants' chart identity: colour and shape --------------------------------------------
  {
    name: "colour: CSS injection, a near miss, a hex value, a number, a list, a prototype name",
    files: {
      [CLAIMANTS]:
        claimantYaml("look-a", '  colour: "red;}</style><script>alert(1)</script>"\n') +
        claimantYaml("look-b", "  colour: Organge\n") +
        claimantYaml("look-c", '  colour: "#ff0000"\n') +
        claimantYaml("look-d", "  colour: 3\n") +
        claimantYaml("look-e", "  colour: [orange]\n") +
        claimantYaml("look-f", "  colour: __proto__\n") +
        claimantYaml("look-g", '  colour: "var(--claimant-1)"\n'),
    },
  },
  {
    name: "shape: unknown, a prototype name, markup, a number",
    files: {
      [CLAIMANTS]:
        claimantYaml("look-a", "  shape: triangle\n") +
        claimantYaml("look-b", "  shape: constructor\n") +
        claimantYaml("look-c", '  shape: "<svg onload=alert(1)>"\n') +
        claimantYaml("look-d", "  shape: 1\n") +
        claimantYaml("look-e", "  shape: Diamnd\n"),
    },
  },
  {
    name: "a claimant declared twice, and two that look alike",
    files: {
      [CLAIMANTS]:
        claimantYaml("mayor", "  colour: orange\n") +
        claimantYaml("twin-a", "  colour: blue\n  shape: star\n") +
        claimantYaml("twin-b", "  colour: blue\n  shape: star\n"),
    },
  },
  {
    name: "a claimant's name as markup is taken as text; a pasted paragraph is too long",
    files: {
      [CLAIMANTS]:
        claimantYaml("markup", "", '"<script>alert(1)</script> & <b>co</b>"') +
        claimantYaml("pasted", "", "word ".repeat(400).trim()),
    },
  },

  // --- Qualifiers and metrics ------------------------------------------------------------------
  {
    name: "qualifier: prototype names, markup, case, spacing, another kind's word, a typo",
    files: {
      "claims/planted.yaml":
        claimYaml("q-a", "", "{ kind: atMost, n: 3, qualifier: __proto__ }") +
        claimYaml("q-b", "", "{ kind: atMost, n: 3, qualifier: toString }") +
        claimYaml("q-c", "", '{ kind: approx, n: 3, qualifier: "<b>about</b>" }') +
        claimYaml("q-d", "", "{ kind: approx, n: 3, qualifier: About }") +
        claimYaml("q-e", "", '{ kind: atLeast, n: 3, qualifier: "more  than" }') +
        claimYaml("q-f", "", "{ kind: atLeast, n: 3, qualifier: no more than }") +
        claimYaml("q-g", "", "{ kind: approx, n: 3, qualifier: abut }") +
        claimYaml("q-h", "", "{ kind: approx, n: 3, qualifier: [about] }") +
        claimYaml("q-i", "", "{ kind: point, n: 3, qualifier: about }"),
    },
  },
  {
    name: "metric: prototype names, markup and capitals in a claim",
    files: {
      "claims/planted.yaml":
        claimYaml("m-a").replace("metric: missing", "metric: __proto__") +
        claimYaml("m-b").replace("metric: missing", "metric: constructor") +
        claimYaml("m-c").replace("metric: missing", 'metric: "<script>x</script>"') +
        claimYaml("m-d").replace("metric: missing", "metric: Missing"),
    },
  },

  // --- Events: subject, subjects, global -------------------------------------------------------
  {
    name: "event subject: prototype names, unknown, listed twice",
    files: {
      [EVENTS]:
        eventYaml("e-a", "  subject: __proto__\n") +
        eventYaml("e-b", "  subject: constructor\n") +
        eventYaml("e-c", "  subject: arden-flod\n") +
        eventYaml("e-d", "  subjects: [arden-flood, to-string, arden-flood]\n"),
    },
  },
  {
    name: "event fields of the wrong type, and contradictions",
    files: {
      [EVENTS]:
        eventYaml("e-a", "  subject: [arden-flood]\n") +
        eventYaml("e-b", "  subjects: arden-flood\n") +
        eventYaml("e-c", '  global: "true"\n') +
        eventYaml("e-d", "  global: false\n") +
        eventYaml("e-e", "  subjects: []\n") +
        eventYaml("e-f", "  global: true\n  subject: arden-flood\n") +
        eventYaml("e-g", "  subject: arden-flood\n  subjects: [arden-flood]\n") +
        eventYaml("e-h", "  global: true\n  __proto__: { subject: arden-flood }\n"),
    },
  },
  {
    name: "an event declared twice, with a prototype id",
    files: {
      [EVENTS]:
        eventYaml("river-bursts", "  subject: arden-flood\n") +
        eventYaml("__proto__", "  global: true\n"),
    },
  },
  {
    name: "an event of 51 subjects, with a paragraph for a label",
    files: {
      [EVENTS]: eventYaml(
        "e-a",
        `  subjects: [${Array(51).fill("arden-flood").join(", ")}]\n`,
        "word ".repeat(100).trim(),
      ),
    },
  },

  // --- Chart props -------------------------------------------------------------------------------
  {
    name: "events prop: prototype names, unknown, empty, markup, code",
    files: charts(
      timeline('events="__proto__"'),
      timeline('events="constructor, toString"'),
      timeline('events="river-burst"'),
      timeline('events=" , "'),
      timeline('events="<script>alert(1)</script>"'),
      timeline('events={["river-bursts"]}'),
    ),
  },
  {
    name: "highlight prop: prototype names, unknown, a claim not on the chart, code",
    files: charts(
      timeline('highlight="__proto__"'),
      timeline('highlight="authority-2026-03-09-kiled"'),
      timeline('highlight="mayor-2026-03-09-missing"'),
      timeline('from="2026-03-09" highlight="authority-2026-03-08-killed"'),
      compare('highlight="authority-2026-03-08-killed"'),
      compare('highlight="hasOwnProperty"'),
      timeline('highlight={"authority-2026-03-09-killed"}'),
    ),
  },
  {
    name: "panels, spread and scope props: other words, prototype names, bare and code",
    files: charts(
      timeline('panels="Split"'),
      timeline('panels="__proto__"'),
      timeline("panels"),
      compare('spread="true"'),
      compare("spread={true}"),
      timeline('spread="yes"'),
      compare('panels="one"'),
      timeline('scope="events"'),
      compare('scope="constructor"'),
      timeline('scope={"event"}'),
      timeline('metric="toString"').replace('metric="killed" ', ""),
    ),
  },

  // --- Topics as written ---------------------------------------------------------------------------
  {
    name: "topics: prototype names, markup, a name too long for an address, a number",
    files: {
      [STORY]: story(
        "Text.",
        `topics: [__proto__, constructor, toString, Has Own Property, "<script>alert(1)</script>", ${"a".repeat(101)}, ${"Port Vell ".repeat(12)}, 42, 日本]\n`,
      ),
    },
  },
  {
    name: "topics: one word instead of a list, and fifty topics",
    files: {
      [STORY]: story("Text.", "topics: floods\n"),
      "explainers/many-topics.mdx": story(
        "Text.",
        `topics: [${Array.from({ length: 50 }, (_, i) => `t-${i}`).join(", ")}]\n`,
      ),
    },
  },
);

CORPUS.push(
  // --- Control characters: invisible, and fatal to a feed's XML ---------------------------------
  body(
    "control characters in prose and in a prop",
    'A bell \x07 and an escape \x1b[31m here.\n\n<Quote by="mayor" date="2026-03-09" source="https://example.org/a" channel="tv\x01">Words.</Quote>',
  ),
  {
    name: "control characters written as YAML escapes in a name, a label, words and a dek",
    files: {
      [CLAIMANTS]: claimantYaml("bell", "", '"Ann\\x07 Bell"'),
      [EVENTS]: eventYaml("escape", "  global: true\n", '"Rally\\x1b[31m"'),
      "claims/planted.yaml": claimYaml("backspace", '  verbatim: "said\\x08 so"\n'),
      [STORY]: story("Text.").replace(
        "dek: One planted problem for the content check.",
        'dek: "A dek\\u0085 with a next-line."',
      ),
    },
  },
);

CORPUS.push({
  name: "an events prop naming five thousand events",
  files: charts(
    timeline(`events="${Array.from({ length: 5000 }, (_, i) => `no-such-event-${i}`).join(",")}"`),
  ),
});

CORPUS.push({
  // Every message is spelled out for the terminal: no escape sequence reaches it as one.
  name: "terminal escape sequences in ids, in a loop and declared twice",
  files: {
    [CLAIMANTS]:
      claimantYaml('"\\x1b[2Jx"', '  speaksFor: "\\x1b[2Jy"\n') +
      claimantYaml('"\\x1b[2Jy"', '  speaksFor: "\\x1b[2Jx"\n') +
      claimantYaml('"\\x1b[2Jy"', "", "Again"),
  },
});

CORPUS.push({
  name: "one topic written three ways in one explainer",
  files: {
    [STORY]: story(
      "Text.",
      "topics: [Port Vell, port-vell, PORT VELL, Rock & Roll, rock-and-roll]\n",
    ),
  },
});
