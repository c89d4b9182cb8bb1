import { describe, expect, it } from "vitest";
import { checkContent, type ContentSources } from "../../../src/lib/content/checkContent.ts";
import { formatIssue, formatReport } from "../../../src/lib/content/issues.ts";
import { siteConfig } from "../../../src/site.config.ts";

const NOW = new Date("2025-01-06T12:00:00Z");

const CLAIMS = `- id: zelensky-2024-12-23-nk-casualties
  claimant: zelensky
  date: 2024-12-23
  subject: nk-troops
  metric: casualties
  value: { kind: point, n: 3000 }
  scope: cumulative
  status: unverified
  sources:
    - url: https://www.president.gov.ua/en/news/speeches
      publisher: Office of the President
`;
const EXPLAINER = `---
title: A title
dek: A dek.
published: 2025-01-05T14:00:00Z
authors: [world-desk]
---

## Why It Matters

<Claim id="zelensky-2024-12-23-nk-casualties" />

## What To Know

Text.

## Who Said What

<Quote by="zelensky" date="2025-01-04" source="https://example.org/a">Words.</Quote>
`;

/** A small valid content set; each test changes one file. */
function sources(patch: Partial<Record<keyof ContentSources, string>> = {}): ContentSources {
  const file = (dir: keyof ContentSources, name: string, text: string) => [
    { path: `src/content/${dir}/${name}`, text: patch[dir] ?? text },
  ];
  return {
    explainers: file("explainers", "story.mdx", EXPLAINER),
    claims: file("claims", "kursk.yaml", CLAIMS),
    claimants: file(
      "claimants",
      "people.yaml",
      "- { id: zelensky, name: Volodymyr Zelensky, role: President of Ukraine, affiliation: Ukraine, kind: person }\n",
    ),
    subjects: file("subjects", "s.yaml", "- { id: nk-troops, label: North Korean troops }\n"),
    authors: file("authors", "a.yaml", "- { id: world-desk, name: World desk }\n"),
    events: file(
      "events",
      "e.yaml",
      "- { id: incursion, date: 2024-08-06, label: Incursion begins, global: true }\n",
    ),
  };
}
/** The hints of the problems many cases share. */
const LINK_HINT =
  "Links must be https:// or http:// addresses, mailto:, a #fragment or a path on this site.";
const CODE_HINT =
  'Explainers hold content only. Figures come from <Claim id="..." />; write notes as {/* a note */}.';
const ATTRIBUTE_HINT =
  "Allowed: href, title, lang, dir, cite, datetime, alt, src, width, height, colspan, rowspan, scope, role, start, reversed, abbr and aria-*.";
const ELEMENT_HINT =
  "Use Markdown, or simple HTML such as <abbr>, <sup> or <span>; embeds, scripts and forms are not content.";

const run = (patch?: Partial<Record<keyof ContentSources, string>>, includeDrafts = true) =>
  checkContent(sources(patch), { sections: siteConfig.sections, now: NOW, includeDrafts }).map(
    formatIssue,
  );

describe("checkContent", () => {
  it("is quiet when all is well", () => {
    expect(run()).toEqual([]);
    expect(formatReport([])).toBe("");
  });

  it.each<{
    name: string;
    patch: Partial<Record<keyof ContentSources, string>>;
    files?: (s: ContentSources) => void;
    expected: string[];
  }>([
    {
      name: "an unknown subject, with did-you-mean",
      patch: { claims: CLAIMS.replace("subject: nk-troops", "subject: nk-trops") },
      expected: [
        'src/content/claims/kursk.yaml:4:12 subject: unknown subject "nk-trops"\n    Did you mean "nk-troops"? Subjects are declared in src/content/subjects/.',
      ],
    },
    {
      name: "a claim dated after the build",
      patch: { claims: CLAIMS.replace("date: 2024-12-23", "date: 2025-12-23") },
      expected: [
        "src/content/claims/kursk.yaml:3:9 date: 2025-12-23 is in the future (the build date is 2025-01-06)\n    A claim's date is the day it was made; check the year.",
      ],
    },
    {
      name: "a duplicated id",
      patch: { claims: CLAIMS + CLAIMS },
      expected: [
        'src/content/claims/kursk.yaml:12:7 id: duplicate claim id "zelensky-2024-12-23-nk-casualties"; first declared at src/content/claims/kursk.yaml:1\n    Every id is declared exactly once: rename one of them.',
      ],
    },
    {
      name: "supersedes pointing nowhere",
      patch: {
        claims: CLAIMS.replace(
          "status: unverified",
          "status: unverified\n  supersedes: zelensky-old",
        ),
      },
      expected: [
        'src/content/claims/kursk.yaml:9:15 supersedes: unknown claim "zelensky-old"\n    Known claim ids: "zelensky-2024-12-23-nk-casualties". Claims are declared in src/content/claims/.',
      ],
    },
    {
      name: "an unknown field, with did-you-mean",
      patch: {
        claims: CLAIMS.replace("  scope: cumulative", "  scope: cumulative\n  plase: Kursk"),
      },
      expected: [
        'src/content/claims/kursk.yaml:8:3 plase: unknown field "plase"\n    Did you mean "place"?',
      ],
    },
    {
      name: "a figure written as text",
      patch: { claims: CLAIMS.replace("n: 3000", 'n: "3,000"') },
      expected: [
        'src/content/claims/kursk.yaml:6:28 value.n: is a number written with separators: write 3000, without commas, spaces or quotes (got "3,000")',
      ],
    },
    {
      name: "a YAML syntax error, once, without calling the ids it may declare unknown",
      patch: { subjects: "- id: a\n  label: [unclosed\n" },
      expected: [
        "src/content/subjects/s.yaml:3:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]\n    Check indentation, and quote text that contains a colon followed by a space. Until the file reads, nothing in it is checked, and subject ids used elsewhere are not reported as unknown.",
      ],
    },
    {
      name: "a file that is not a list, and the author it would have declared",
      patch: { authors: "id: world-desk\nname: World desk\n" },
      expected: [
        'src/content/authors/a.yaml:1:1 must be a list of authors, each starting with "- id: ..."',
        'src/content/explainers/story.mdx:5:11 authors[0]: unknown author "world-desk"\n    No author is declared yet. Authors are declared in src/content/authors/.',
      ],
    },
    {
      name: "an unknown author",
      patch: { explainers: EXPLAINER.replace("[world-desk]", "[world-dsk]") },
      expected: [
        'src/content/explainers/story.mdx:5:11 authors[0]: unknown author "world-dsk"\n    Did you mean "world-desk"? Authors are declared in src/content/authors/.',
      ],
    },
    {
      name: "an impossible published date, placed in the MDX file",
      patch: { explainers: EXPLAINER.replace("2025-01-05T14:00:00Z", "2025-02-30") },
      expected: [
        'src/content/explainers/story.mdx:4:12 published: must be a real date, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (got "2025-02-30")',
      ],
    },
    {
      name: "an unknown component",
      patch: { explainers: EXPLAINER.replace("Text.", "<Chart />") },
      expected: [
        "src/content/explainers/story.mdx:14:1 <Chart>: unknown component <Chart>\n    Components available in explainers: <Claim>, <Quote>, <ClaimsTimeline>, <ClaimsCompare>.",
      ],
    },
    {
      name: "a misspelt component",
      patch: { explainers: EXPLAINER.replace("Text.", '<Claims id="x" />') },
      expected: [
        "src/content/explainers/story.mdx:14:1 <Claims>: unknown component <Claims>\n    Did you mean <Claim>?",
      ],
    },
    {
      name: "an unknown prop",
      patch: {
        explainers: EXPLAINER.replace(
          '<Claim id="zelensky-2024-12-23-nk-casualties" />',
          '<Claim id="zelensky-2024-12-23-nk-casualties" ids="x" />',
        ),
      },
      expected: [
        'src/content/explainers/story.mdx:10:47 <Claim ids>: <Claim> has no prop "ids"\n    Did you mean "id"?',
      ],
    },
    {
      name: "a missing prop",
      patch: {
        explainers: EXPLAINER.replace(
          '<Claim id="zelensky-2024-12-23-nk-casualties" />',
          "<Claim />",
        ),
      },
      expected: [
        'src/content/explainers/story.mdx:10:1 <Claim id>: <Claim> needs an id prop\n    For example: <Claim id="zelensky-2024-12-23-nk-casualties" />',
      ],
    },
    {
      name: "a prop given as an expression",
      patch: {
        explainers: EXPLAINER.replace('id="zelensky-2024-12-23-nk-casualties"', 'id={"x"}'),
      },
      expected: [
        'src/content/explainers/story.mdx:10:8 <Claim id>: id must be written as text in quotes\n    For example: <Claim id="zelensky-2024-12-23-nk-casualties" />',
      ],
    },
    {
      name: "an impossible quote date",
      patch: { explainers: EXPLAINER.replace('date="2025-01-04"', 'date="2025-01-32"') },
      expected: [
        'src/content/explainers/story.mdx:18:22 <Quote date>: "2025-01-32" is not a real date\n    Write dates as YYYY-MM-DD, e.g. 2025-01-04.',
      ],
    },
    {
      name: "a script link in a quote source",
      patch: { explainers: EXPLAINER.replace("https://example.org/a", "javascript:alert(1)") },
      expected: [
        'src/content/explainers/story.mdx:18:40 <Quote source>: source uses a scheme other than http or https (got "javascript:alert(1)")\n    Sources are absolute https:// or http:// addresses.',
      ],
    },
    {
      name: "a script link in Markdown, however spelled",
      patch: { explainers: EXPLAINER.replace("Text.", "[click](JaVaScRiPt:alert(1))") },
      expected: [
        `src/content/explainers/story.mdx:14:1 link: unsafe link "JaVaScRiPt:alert(1)": it uses a scheme other than http or https\n    ${LINK_HINT}`,
      ],
    },
    {
      name: "a script link in raw JSX",
      patch: { explainers: EXPLAINER.replace("Text.", '<a href="javascript:alert(2)">x</a>') },
      expected: [
        `src/content/explainers/story.mdx:14:4 <a href>: unsafe link "javascript:alert(2)": it uses a scheme other than http or https\n    ${LINK_HINT}`,
      ],
    },
    {
      name: "an MDX syntax error",
      patch: { explainers: EXPLAINER.replace("Text.", "<Claim id=") },
      expected: [
        "src/content/explainers/story.mdx:14:1 MDX syntax: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)\n    Close every <Component> tag (or end it with />), and write { and < in prose as \\{ and \\<.",
      ],
    },
    {
      name: "a file name that is not a slug",
      patch: {},
      files: (s: ContentSources) => (s.explainers[0]!.path = "src/content/explainers/My Story.mdx"),
      expected: [
        'src/content/explainers/My Story.mdx:1:1 file name "My Story.mdx" is not a URL slug\n    The file name is the page\'s address: use up to 100 lower-case letters, digits and hyphens, e.g. "my-story.mdx".',
      ],
    },
  ])("reports $name", ({ patch, expected, files }) => {
    const s = sources(patch);
    files?.(s);
    const found = checkContent(s, {
      sections: siteConfig.sections,
      now: NOW,
      includeDrafts: true,
    }).map(formatIssue);
    expect(found).toEqual(expected);
  });

  it("keeps a broken claim's id known, so references to it do not also fail", () => {
    // The explainer cites the claim whose metric is wrong: only the metric is reported.
    expect(run({ claims: CLAIMS.replace("metric: casualties", "metric: dead") })).toEqual([
      'src/content/claims/kursk.yaml:5:11 metric: is not a metric this site counts (got "dead")\n    Metrics: killed, wounded, casualties, missing, captured, deployed, losses. To count something new, add it to metrics in src/site.config.ts: { id: "dead", label: "dead", unit: { one: "person", other: "people" }, title: "Claims of {metric} among {subject}", description: "claims of {metric} among {subject}" },',
    ]);
  });

  it("says once that a claims file cannot be read, holding back the knock-on problems", () => {
    // One mis-indented line: YAML reports it twice, the <Claim> would be "unknown" and the
    // chart "nothing to chart". Only the file's problem is reported.
    const found = run({
      claims: CLAIMS.replace("  metric: casualties", "   metric: casualties"),
      explainers: EXPLAINER.replace(
        "## What To Know\n",
        '## What To Know\n\n<ClaimsTimeline subject="nk-troops" metric="casualties" />\n',
      ),
    });
    expect(found).toEqual([
      "src/content/claims/kursk.yaml:4:12 YAML syntax: Nested mappings are not allowed in compact mappings\n    Check indentation, and quote text that contains a colon followed by a space. (1 more YAML error follows from this one.) Until the file reads, nothing in it is checked, and claim ids used elsewhere are not reported as unknown.",
    ]);
  });

  it("does not call a chart empty when the claims it would draw fail their schema", () => {
    const found = run({
      claims: CLAIMS.replace("metric: casualties", "metric: casualtys"),
      explainers: EXPLAINER.replace(
        "## What To Know\n",
        '## What To Know\n\n<ClaimsTimeline subject="nk-troops" metric="casualties" />\n',
      ),
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^src\/content\/claims\/kursk\.yaml:5:11 metric: is not a metric/);
    expect(found[0]).toContain('Did you mean "casualties"?');
  });

  it("skips drafts only when asked to", () => {
    const draft = EXPLAINER.replace(
      "authors: [world-desk]",
      "authors: [world-desk]\ndraft: true",
    ).replace("zelensky-2024-12-23-nk-casualties", "not-declared");
    expect(run({ explainers: draft }, false)).toEqual([]);
    expect(run({ explainers: draft }, true)).toEqual([
      'src/content/explainers/story.mdx:11:8 <Claim id>: unknown claim "not-declared"\n    Known claim ids: "zelensky-2024-12-23-nk-casualties". Claims are declared in src/content/claims/.',
    ]);
  });

  it("finds every problem in one run", () => {
    const found = run({
      claims: CLAIMS.replace("claimant: zelensky", "claimant: zelenksy").replace(
        "metric: casualties",
        "metric: dead",
      ),
      explainers: EXPLAINER.replace("## What To Know", "## What to Knwo").replace(
        "world-desk",
        "nobody",
      ),
    });
    expect(found).toEqual([
      'src/content/claims/kursk.yaml:2:13 claimant: unknown claimant "zelenksy"\n    Did you mean "zelensky"? Claimants are declared in src/content/claimants/.',
      'src/content/claims/kursk.yaml:5:11 metric: is not a metric this site counts (got "dead")\n    Metrics: killed, wounded, casualties, missing, captured, deployed, losses. To count something new, add it to metrics in src/site.config.ts: { id: "dead", label: "dead", unit: { one: "person", other: "people" }, title: "Claims of {metric} among {subject}", description: "claims of {metric} among {subject}" },',
      'src/content/explainers/story.mdx:5:11 authors[0]: unknown author "nobody"\n    Known author ids: "world-desk". Authors are declared in src/content/authors/.',
      'src/content/explainers/story.mdx:12:1 unknown section "## What to Knwo"\n    Did you mean "## What To Know"? Sections are, in order: "## Why It Matters", "## What To Know", "## Who Said What", "## What Happens Next".',
    ]);
  });
});

describe("placeholders from npm run new", () => {
  it("refuses a TODO dek once the story is no longer a draft, and allows it in a draft", () => {
    const todo = EXPLAINER.replace(
      "dek: A dek.",
      'dek: "TODO: one sentence that sums up the story."',
    );
    expect(run({ explainers: todo })).toEqual([
      "src/content/explainers/story.mdx:3:6 dek: still has the placeholder text from `npm run new`\n    Write the one-sentence summary, or keep draft: true until it is ready.",
    ]);
    expect(
      run({
        explainers: todo.replace("authors: [world-desk]", "authors: [world-desk]\ndraft: true"),
      }),
    ).toEqual([]);
  });
});

describe("explainers hold content, not code or unsafe HTML", () => {
  const at = "src/content/explainers/story.mdx:14";
  it.each([
    {
      body: '<a href={"javascript:alert(1)"}>x</a>',
      expected: [`${at}:4 <a href>: href must be written as text in quotes`],
    },
    {
      body: '<a {...{ href: "javascript:alert(2)" }}>x</a>',
      expected: [
        `${at}:1 code: code is not allowed in an explainer: a {...} spread of props\n    ${CODE_HINT}`,
      ],
    },
    {
      body: '<img src="x.png" alt="" onerror="alert(3)" />',
      expected: [
        `${at}:6 image: image "x.png" is not in src/assets/\n    Save pictures as .png, .jpg, .webp, .avif or .gif files in src/assets/ and link them with a relative path, e.g. ../../assets/map.png.`,
        `${at}:25 <img onerror>: attribute "onerror" is not allowed on <img>\n    ${ATTRIBUTE_HINT}`,
      ],
    },
    {
      body: '<div set:html="<img src=x onerror=alert(4)>" />',
      expected: [
        `${at}:6 <div set:html>: attribute "set:html" is not allowed on <div>\n    ${ATTRIBUTE_HINT}`,
      ],
    },
    {
      body: '{<a href="javascript:alert(5)">x</a>}',
      expected: [
        `${at}:1 code: code is not allowed in an explainer: the expression {<a href="javascript:alert(5)">x</a>}\n    ${CODE_HINT}`,
      ],
    },
    {
      body: '<iframe srcdoc="<script>alert(6)</script>" />',
      expected: [`${at}:1 <iframe>: <iframe> is not allowed in an explainer\n    ${ELEMENT_HINT}`],
    },
    {
      body: '<object data="javascript:alert(7)" />',
      expected: [`${at}:1 <object>: <object> is not allowed in an explainer\n    ${ELEMENT_HINT}`],
    },
    {
      body: '<a xlinkHref="javascript:alert(8)">x</a>',
      expected: [
        `${at}:4 <a xlinkHref>: attribute "xlinkHref" is not allowed on <a>\n    ${ATTRIBUTE_HINT}`,
      ],
    },
    {
      body: '<a HREF="JaVaScRiPt:alert(9)">x</a>',
      expected: [
        `${at}:4 <a HREF>: unsafe link "JaVaScRiPt:alert(9)": it uses a scheme other than http or https\n    ${LINK_HINT}`,
      ],
    },
    {
      body: "export const leak = process.env.SECRET;",
      expected: [
        `${at}:1 code: code is not allowed in an explainer: an import or export\n    ${CODE_HINT}`,
      ],
    },
    {
      body: "Value: {process.env.SECRET}",
      expected: [
        `${at}:8 code: code is not allowed in an explainer: the expression {process.env.SECRET}\n    ${CODE_HINT}`,
      ],
    },
  ])("refuses $body", ({ body, expected }) => {
    expect(run({ explainers: EXPLAINER.replace("Text.", body) })).toEqual(expected);
  });

  it("allows comments, simple HTML and safe links", () => {
    const body =
      '{/* a note */} <abbr title="North Atlantic Treaty Organization">NATO</abbr> <a href="https://example.org" aria-label="x">a</a><sup>1</sup>';
    expect(run({ explainers: EXPLAINER.replace("Text.", body) })).toEqual([]);
  });
});

describe("claimant looks", () => {
  it("warns when two claimants declare the same colour and shape", () => {
    const claimants = [
      "- { id: zelensky, name: Z, role: R, affiliation: A, kind: person, colour: blue, shape: star }",
      "- { id: syrskyi, name: S, role: R, affiliation: A, kind: person, colour: blue, shape: x }",
      "- { id: pentagon, name: P, role: R, affiliation: A, kind: person, colour: blue, shape: star }",
      "- { id: nato, name: N, role: R, affiliation: A, kind: organisation, shape: star }",
    ].join("\n");
    expect(run({ claimants })).toEqual([
      'src/content/claimants/people.yaml:3:88 warning: shape: "pentagon" declares the same colour and shape (blue star) as "zelensky" at src/content/claimants/people.yaml:1\n    On a chart together they would look alike: give one of them another colour or shape.',
    ]);
  });
});

describe("revisions", () => {
  it("refuses supersedes that go round in a loop", () => {
    const second = CLAIMS.replace("zelensky-2024-12-23-nk-casualties", "zelensky-b").replace(
      "status: unverified",
      "status: unverified\n  supersedes: zelensky-2024-12-23-nk-casualties",
    );
    const first = CLAIMS.replace(
      "status: unverified",
      "status: unverified\n  supersedes: zelensky-b",
    );
    expect(run({ claims: first + second })).toEqual([
      "src/content/claims/kursk.yaml:9:15 supersedes: revisions go round in a loop: zelensky-2024-12-23-nk-casualties → zelensky-b → zelensky-2024-12-23-nk-casualties\n    Each claim revises an earlier one; remove supersedes from the oldest.",
      "src/content/claims/kursk.yaml:21:15 supersedes: revisions go round in a loop: zelensky-b → zelensky-2024-12-23-nk-casualties → zelensky-b\n    Each claim revises an earlier one; remove supersedes from the oldest.",
    ]);
  });
});

describe("charts with nothing to draw", () => {
  const at = "src/content/explainers/story.mdx:14";
  // A one-off figure for one day's fighting, beside the running total in CLAIMS.
  const EPISODE = CLAIMS.replace("zelensky-2024-12-23-nk-casualties", "zelensky-episode")
    .replace("scope: cumulative", "scope: event\n  period: { from: 2024-12-20, to: 2024-12-21 }")
    .replace("metric: casualties", "metric: killed");
  it.each([
    {
      name: "the first filter that leaves nothing: the claimant, and who does have claims",
      chart: '<ClaimsTimeline subject="nk-troops" metric="casualties" claimant="nobody-said-it" />',
      expected: [
        `${at}:1 <ClaimsTimeline>: nothing to chart: no claims from claimant="nobody-said-it" about subject="nk-troops" metric="casualties"\n    Claims about it come from zelensky: check the claimant, or leave it out.`,
        `${at}:57 <ClaimsTimeline claimant>: unknown claimant "nobody-said-it"\n    Known claimant ids: "zelensky". Claimants are declared in src/content/claimants/.`,
      ],
    },
    {
      name: "a from date after every claim, with the latest claim's date",
      chart: '<ClaimsTimeline subject="nk-troops" metric="casualties" from="2025-01-01" />',
      expected: [
        `${at}:1 <ClaimsTimeline>: nothing to chart: no claims about subject="nk-troops" metric="casualties" were made on or after from="2025-01-01" (the latest is dated 2024-12-23)\n    \`from\` and \`to\` are the days the claims were made: move \`from\` earlier, or leave it out.`,
      ],
    },
    {
      name: "a scope no claim has",
      chart: '<ClaimsTimeline subject="nk-troops" metric="casualties" scope="event" />',
      expected: [
        `${at}:1 <ClaimsTimeline>: nothing to chart: no claims about subject="nk-troops" metric="casualties" have scope="event" (they are all scope: cumulative)\n    Remove scope, or change it.`,
      ],
    },
    {
      name: "a metric the subject's claims do not count, with those they do",
      chart: '<ClaimsTimeline subject="nk-troops" metric="wounded" />',
      expected: [
        `${at}:1 <ClaimsTimeline>: nothing to chart: no claims about subject="nk-troops" count metric="wounded"\n    Its claims count casualties: check the metric, or add the claims to src/content/claims/.`,
      ],
    },
    {
      name: "a comparison dated before every claim",
      chart: '<ClaimsCompare subject="nk-troops" metric="casualties" at="2024-01-01" />',
      expected: [
        `${at}:1 <ClaimsCompare>: nothing to chart: no claims about subject="nk-troops" metric="casualties" were made on or before at="2024-01-01" (the first is dated 2024-12-23)\n    A comparison shows the claims made on or before \`at\`: move \`at\` later, or leave it out.`,
      ],
    },
    {
      name: "a comparison of one-off figures without scope: the reason, not 'no claims match'",
      claims: CLAIMS + EPISODE,
      chart: '<ClaimsCompare subject="nk-troops" metric="killed" />',
      expected: [
        `${at}:1 <ClaimsCompare>: nothing to chart: these claims are one-off figures (scope: event): add scope="event" to compare them\n    Without scope, a comparison shows each claimant's latest running total (scope: cumulative); scope="event" compares figures for the same episode.`,
      ],
    },
    {
      name: "a comparison of running totals with scope event",
      chart: '<ClaimsCompare subject="nk-troops" metric="casualties" scope="event" />',
      expected: [
        `${at}:1 <ClaimsCompare>: nothing to chart: these claims are running totals (scope: cumulative), not one-off figures: remove scope="event"\n    scope="event" compares figures for one episode; without it, a comparison shows each claimant's latest running total.`,
      ],
    },
  ])("$name", ({ chart, expected, claims }) => {
    expect(run({ explainers: EXPLAINER.replace("Text.", chart), claims })).toEqual(expected);
  });

  it("compares one-off figures with scope event", () => {
    expect(
      run({
        claims: CLAIMS + EPISODE,
        explainers: EXPLAINER.replace(
          "Text.",
          '<ClaimsCompare subject="nk-troops" metric="killed" scope="event" />',
        ),
      }),
    ).toEqual([]);
  });

  it.each([
    {
      chart: '<ClaimsTimeline subject="nk-troops" metric="casualties" panels="two" />',
      expected: `${at}:57 <ClaimsTimeline panels>: panels cannot be "two"\n    Write one of: panels="auto", panels="split", panels="one".`,
    },
    {
      chart: '<ClaimsCompare subject="nk-troops" metric="casualties" spread="true" />',
      expected: `${at}:56 <ClaimsCompare spread>: spread cannot be "true"\n    Write one of: spread="yes", spread="no".`,
    },
  ])("refuses a chart option that is not one of its words: $chart", ({ chart, expected }) => {
    expect(run({ explainers: EXPLAINER.replace("Text.", chart) })).toEqual([expected]);
  });

  it("accepts the chart options and a highlight that names a claim", () => {
    expect(
      run({
        explainers: EXPLAINER.replace(
          "Text.",
          '<ClaimsTimeline subject="nk-troops" metric="casualties" panels="split" highlight="zelensky-2024-12-23-nk-casualties" />\n\n<ClaimsCompare subject="nk-troops" metric="casualties" spread="yes" />',
        ),
      }),
    ).toEqual([]);
  });

  it("accepts a chart that draws something", () => {
    expect(
      run({
        explainers: EXPLAINER.replace(
          "Text.",
          '<ClaimsCompare subject="nk-troops" metric="casualties" />',
        ),
      }),
    ).toEqual([]);
  });
});

describe("events belong to subjects", () => {
  const file = "src/content/events/e.yaml";
  const UNPLACED =
    'event "ceasefire" has no subject, so it shows on no chart\n    Add subject: <subject id> (or subjects: [...]) to show it on that subject\'s charts, global: true to show it on every chart whose dates it falls within, or name it on a chart: <ClaimsTimeline events="ceasefire" ... />.';
  const events = (line: string) =>
    `- { id: ceasefire, date: 2024-12-25, label: Ceasefire${line} }\n`;
  const chart = (props: string) =>
    EXPLAINER.replace(
      "Text.",
      `<ClaimsTimeline subject="nk-troops" metric="casualties"${props} />`,
    );

  it.each([
    { name: "a subject", line: ", subject: nk-troops" },
    { name: "several subjects", line: ", subjects: [nk-troops]" },
    { name: "global: true", line: ", global: true" },
  ])("accepts an event placed by $name", ({ line }) => {
    expect(run({ events: events(line) })).toEqual([]);
  });

  it("refuses an event that says nowhere to show, with the three ways to fix it", () => {
    expect(run({ events: events("") })).toEqual([`${file}:1:3 subject: ${UNPLACED}`]);
  });

  it("accepts an event without a subject that a chart names, even only a draft's chart", () => {
    expect(run({ events: events(""), explainers: chart(' events="ceasefire"') })).toEqual([]);
    const draft = chart(' events="ceasefire"').replace("authors:", "draft: true\nauthors:");
    // A build skips drafts, but the draft's chart still shows the event once published.
    expect(run({ events: events(""), explainers: draft }, false)).toEqual([]);
  });

  it("refuses an unknown event named by a chart, with did-you-mean", () => {
    expect(
      run({
        events: events(", global: true"),
        explainers: chart(' events="incursion, cease-fire"'),
      }),
    ).toEqual([
      'src/content/explainers/story.mdx:14:57 <ClaimsTimeline events>: unknown event "incursion"\n    Known event ids: "ceasefire". Events are declared in src/content/events/.',
      'src/content/explainers/story.mdx:14:57 <ClaimsTimeline events>: unknown event "cease-fire"\n    Did you mean "ceasefire"? Events are declared in src/content/events/.',
    ]);
  });

  it("checks each of an event's subjects, with did-you-mean", () => {
    expect(run({ events: events(", subjects: [nk-troops, nk-trops]") })).toEqual([
      `${file}:1:78 subjects[1]: unknown subject "nk-trops"\n    Did you mean "nk-troops"? Subjects are declared in src/content/subjects/.`,
    ]);
  });

  it("refuses subject with subjects, and global with a subject", () => {
    expect(
      run({
        events:
          events(", subject: nk-troops, subjects: [nk-troops]") +
          "- { id: truce, date: 2024-12-26, label: Truce, subject: nk-troops, global: true }\n",
      }),
    ).toEqual([
      `${file}:1:86 subjects: give either subject or subjects, not both: put every subject in subjects (got ["nk-troops"])`,
      `${file}:2:76 global: an event is either global (for every story) or of its subjects: remove global, or remove subject (got true)`,
    ]);
  });
});
