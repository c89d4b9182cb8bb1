import { describe, expect, it } from "vitest";
import { parseMdx } from "../../../src/lib/content/mdxSource.ts";
import {
  figuresIn,
  likelyClaim,
  metricWords,
  sentencesOf,
  stem,
  truthLints,
  type TruthLintData,
} from "../../../src/lib/content/truthLints.ts";
import type { Claim } from "../../../src/schemas/claim.ts";
import type { Claimant } from "../../../src/schemas/claimant.ts";

const claimants: Claimant[] = [
  {
    id: "police",
    name: "Port Vell Police",
    role: "City police",
    affiliation: "Port Vell",
    kind: "organisation",
  },
  {
    id: "vidal",
    name: "Núria Vidal",
    role: "Spokesperson",
    affiliation: "Housing Coalition",
    kind: "person",
  },
  { id: "mayor", name: "Dana Whitlock", role: "Mayor", affiliation: "Arden", kind: "person" },
];

const claim = (c: Partial<Claim> & Pick<Claim, "id" | "claimant" | "date" | "value">): Claim => ({
  subject: "port-vell-march",
  metric: "wounded",
  scope: "cumulative",
  status: "unverified",
  sources: [{ url: `https://example.org/${c.id}`, publisher: "Example Wire" }],
  ...c,
});

const claims: Claim[] = [
  claim({
    id: "police-38k",
    claimant: "police",
    date: "2024-06-15",
    value: { kind: "atLeast", n: 38000 },
  }),
  claim({
    id: "police-45k",
    claimant: "police",
    date: "2024-06-17",
    value: { kind: "atLeast", n: 45000 },
    supersedes: "police-38k",
  }),
  claim({
    id: "vidal-early",
    claimant: "vidal",
    date: "2024-06-15",
    value: { kind: "point", n: 120 },
  }),
  claim({
    id: "vidal-late",
    claimant: "vidal",
    date: "2024-06-16",
    value: { kind: "point", n: 140 },
  }),
  claim({
    id: "vidal-killed",
    claimant: "vidal",
    date: "2024-06-16",
    metric: "killed",
    value: { kind: "point", n: 2 },
  }),
  claim({
    id: "police-killed",
    claimant: "police",
    date: "2024-06-20",
    metric: "killed",
    value: { kind: "point", n: 1 },
  }),
  claim({
    id: "mayor-episode-1",
    claimant: "mayor",
    date: "2024-06-15",
    scope: "event",
    period: { from: "2024-06-14", to: "2024-06-15" },
    value: { kind: "point", n: 30 },
  }),
  claim({
    id: "mayor-episode-2",
    claimant: "mayor",
    date: "2024-06-20",
    scope: "event",
    period: { from: "2024-06-19", to: "2024-06-20" },
    value: { kind: "point", n: 12 },
  }),
];
const data: TruthLintData = { claims, claimants };

/** The lints on an explainer whose body is `body` (front matter is three lines). */
function lint(body: string, extra: Partial<TruthLintData> = {}) {
  const source = `---\ntitle: t\n---\n${body}`;
  return truthLints("a.mdx", source, parseMdx("a.mdx", source), { ...data, ...extra });
}

describe("figuresIn", () => {
  it.each([
    { sentence: "Police said 38,000 marched.", figures: ["38,000"] },
    { sentence: "Some 2000 people were hurt.", figures: ["2000"] },
    {
      sentence: "Between 10,000–12,000 and 1.5 million.",
      figures: ["10,000", "12,000", "1.5 million"],
    },
    { sentence: "A 3,000-strong unit.", figures: ["3,000"] },
    { sentence: "40% of the wounded.", figures: ["40"] },
    {
      sentence:
        "Thousands marched, dozens were hurt and a few hundred, tens of thousands, a dozen.",
      figures: ["Thousands", "dozens", "a few hundred", "tens of thousands", "a dozen"],
    },
    { sentence: "On 15 June 2024, on June 15th, 2024, and on 3 Sept.", figures: [] },
    { sentence: "In 2024, at 9 a.m., at 14:00, at 9pm, on 15/06/2024.", figures: [] },
    {
      sentence: "Section 3, Article 5, Resolution 2231, No. 4, version 3.2.1, page 12.",
      figures: [],
    },
    {
      sentence: "A 23-year-old, the 3rd battalion, for 3 days, 30 km away, over hundreds of years.",
      figures: [],
    },
  ])("$sentence", ({ sentence, figures }) =>
    expect(figuresIn(sentence).map((f) => f.text)).toEqual(figures),
  );

  it("reads the values a figure stands for", () => {
    expect(figuresIn("1.5 million, thousands and a hundred").map((f) => [f.low, f.high])).toEqual([
      [1_500_000, 1_500_000],
      [2000, 99_999],
      [100, 100],
    ]);
  });
});

describe("sentencesOf", () => {
  it("splits at sentence ends, not after abbreviations", () => {
    expect(
      sentencesOf("At 9 a.m. Moscow time, 5 died. No. 5 was hit! Then more.").map((s) => s.text),
    ).toEqual(["At 9 a.m. Moscow time, 5 died. ", "No. 5 was hit! ", "Then more."]);
  });
});

describe("metric words", () => {
  it.each([
    ["casualties", "casualty"],
    ["killed", "kill"],
    ["losses", "loss"],
    ["wounded", "wound"],
    ["attended", "attend"],
  ])("%s and %s meet", (a, b) => expect(stem(a)).toBe(stem(b)));

  it("takes the site's metrics, plus the words prose uses for the built-in ones", () => {
    expect(metricWords(["attended"])).toEqual(new Map([["attended", ["attended"]]]));
    expect(metricWords().get("killed")).toContain("died");
  });
});

describe("free figures", () => {
  it("reports a figure beside a metric word, at its line and column, with the claim it probably means", () => {
    expect(lint("Intro.\n\nThe police said “so far” 45,000 people were wounded.\n")).toEqual([
      {
        file: "a.mdx",
        line: 6,
        column: 26,
        severity: "warning",
        message: 'figure "45,000" written in the text, outside <Claim>, beside "wounded"',
        hint: 'It looks like "police-45k" (Port Vell Police, at least 45,000 wounded, 17 June 2024): write <Claim id="police-45k" /> in its place, so the figure, its source and its details come from the record.',
      },
    ]);
  });

  it("reports a number word beside a claimant's name (a person's surname is enough)", () => {
    const [issue] = lint("Vidal said dozens more had joined since morning.\n");
    expect(issue).toMatchObject({
      line: 4,
      column: 12,
      message: 'figure "dozens" written in the text, outside <Claim>, beside "Vidal"',
    });
    expect(issue!.hint).toContain('"vidal-late"');
  });

  it("lists every figure of a sentence once, and points at the first", () => {
    const found = lint("Between 10,000 and 12,000 were wounded.\n");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 4, column: 9 });
    expect(found[0]!.message).toMatch(/^figures "10,000", "12,000" written/);
  });

  it("says how to add the claim when none fits", () => {
    const [issue] = lint("Officials said 7 bridges were lost.\n");
    expect(issue!.hint).toBe(
      'Add it as a claim (npm run new:claim) and write <Claim id="..." /> in its place; if it is not a claimed figure, reword the sentence without it.',
    );
  });

  it("lists at most 50 free figures in a file, then says how many more", () => {
    const found = lint("1,000 were wounded.\n\n".repeat(53));
    expect(found).toHaveLength(51);
    expect(found[50]).toMatchObject({
      line: found[49]!.line,
      severity: "warning",
      message: "and 3 more free figures after this one",
    });
  });

  it("reads a chart's caption as prose", () => {
    expect(
      lint(
        'Intro.\n\n<ClaimsTimeline subject="port-vell-march" metric="wounded" caption="Police now count 45,000 wounded." />\n',
      ),
    ).toMatchObject([
      {
        line: 6,
        column: 86,
        message: 'figure "45,000" written in the text, outside <Claim>, beside "wounded"',
      },
    ]);
  });

  it("uses the site's own metrics", () => {
    expect(lint("About 500 attended.\n", { metrics: ["attended"] })).toHaveLength(1);
    expect(lint("About 500 attended.\n")).toEqual([]);
  });

  it.each([
    ["a cited figure", 'Police now say <Claim id="police-45k" /> were wounded.'],
    ["a date", "Police said on 15 June 2024 that the wounded were all treated."],
    ["a date, month first", "On June 15th, 2024, Vidal spoke."],
    ["a year", "The wounded of 2024 were counted by the police."],
    ["a time", "The police said at 9 a.m. that the wounded had been moved."],
    ["a section number", "Section 3 of the police report lists the wounded."],
    ["a span", "The wounded stayed 3 days in hospital, Vidal said."],
    ["an age", "A 23-year-old was among the wounded."],
    ["a figure in a link", "Read [the 12 police updates](https://example.org/) on the wounded."],
    ["a figure in quotation marks", 'Vidal called it "a march of 100,000".'],
    ["a figure in <q>", "Vidal called it <q>a march of 100,000</q>."],
    ["a figure with no metric or claimant in its sentence", "Some 300 buses brought people in."],
    ["a figure in the next sentence", "Police counted the wounded. 300 buses came."],
    ["a Markdown quotation", "> 45,000 were wounded, police said."],
    [
      "a <Quote>",
      '<Quote by="police" date="2024-06-17" source="https://example.org/q">\n45,000 were wounded.\n</Quote>',
    ],
    ["code", "The police file is `wounded-45000.csv`."],
  ])("does not report %s", (_, body) => expect(lint(`${body}\n`)).toEqual([]));
});

describe("likelyClaim", () => {
  it("prefers the claim whose value, claimant and metric the sentence has", () => {
    const s = "Police said at least 38,000 were wounded.";
    expect(likelyClaim(s, figuresIn(s), data)?.id).toBe("police-38k");
    const t = "Vidal said two were killed and 140 wounded.";
    expect(likelyClaim(t, figuresIn(t), data)?.id).toBe("vidal-late");
  });

  it("finds nothing when nothing fits", () => {
    const s = "The bridge is 900 years old.";
    expect(likelyClaim(s, figuresIn(s), data)).toBeUndefined();
  });
});

describe("stale figures", () => {
  it("reports a revised claim with the newest in its chain, at the id", () => {
    expect(lint('Police counted <Claim id="police-38k" />.\n')).toEqual([
      {
        file: "a.mdx",
        line: 4,
        column: 23,
        field: "<Claim id>",
        severity: "warning",
        message: '"police-38k" has been revised: the newer figure is "police-45k"',
        hint: 'Cite <Claim id="police-45k" /> (at least 45,000, 17 June 2024), or cite both to tell the revision.',
      },
    ]);
  });

  it("reports an older claim when the same claimant has a newer one on the same subject, metric and scope", () => {
    expect(lint('Vidal said <Claim id="vidal-early" />.\n')).toMatchObject([
      {
        line: 4,
        message:
          '"vidal-early" (15 June 2024) is not Núria Vidal\'s latest figure for port-vell-march wounded: "vidal-late" is newer',
        hint: 'Cite <Claim id="vidal-late" /> (140, 16 June 2024), or cite both to show how the figure moved.',
      },
    ]);
  });

  it.each([
    [
      "the page cites the newer claim too",
      '<Claim id="police-38k" />, then <Claim id="police-45k" />.',
    ],
    ["it is the latest", 'Vidal said <Claim id="vidal-late" />.'],
    ["the newer claim is of another metric", 'Police counted <Claim id="police-45k" />.'],
    [
      "the newer one-off figure covers another period",
      'The mayor said <Claim id="mayor-episode-1" />.',
    ],
  ])("does not report a claim when %s", (_, body) => expect(lint(`${body}\n`)).toEqual([]));

  it("does not report what was said after the story was written", () => {
    expect(lint('Police counted <Claim id="police-38k" />.\n', { asOf: "2024-06-16" })).toEqual([]);
    expect(lint('Vidal said <Claim id="vidal-early" />.\n', { asOf: "2024-06-15" })).toEqual([]);
    expect(lint('Vidal said <Claim id="vidal-early" />.\n', { asOf: "2024-06-16" })).toHaveLength(
      1,
    );
  });

  it("in a longer chain, reports each cited claim that a later cited one does not revise", () => {
    const third = claim({
      id: "police-50k",
      claimant: "police",
      date: "2024-06-18",
      value: { kind: "atLeast", n: 50000 },
      supersedes: "police-45k",
    });
    const found = lint('<Claim id="police-38k" />, then <Claim id="police-45k" />.\n', {
      claims: [...claims, third],
    });
    expect(found.map((i) => i.message)).toEqual([
      '"police-45k" has been revised: the newer figure is "police-50k"',
    ]);
    expect(
      lint('<Claim id="police-38k" />, now <Claim id="police-50k" />.\n', {
        claims: [...claims, third],
      }),
    ).toEqual([]);
  });

  it("does not count a retracted claim as the newer figure", () => {
    const retracted = claims.map((c) =>
      c.id === "vidal-late" ? { ...c, status: "retracted" as const } : c,
    );
    expect(lint('Vidal said <Claim id="vidal-early" />.\n', { claims: retracted })).toEqual([]);
  });
});
