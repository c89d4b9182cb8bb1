import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  addClaim,
  answerProblem,
  appendEntry,
  buildClaim,
  missingAnswers,
  parseCount,
  renderClaimYaml,
  suggestClaimId,
  type ClaimAnswers,
} from "../../src/lib/authoring/newClaim.ts";
import { claimSchema } from "../../src/schemas/claim.ts";
import { checkContent, readContentSources } from "../../src/lib/content/checkContent.ts";
import { formatReport } from "../../src/lib/content/issues.ts";
import { siteConfig } from "../../src/site.config.ts";
import { makeSite } from "../helpers/site.ts";
import { runScript, TEST_NOW } from "./helpers.ts";

const KURSK = "src/content/claims/kursk.yaml";
/** The first line of every refusal that comes from the content check. */
const NOT_ADDED = `The claim was not added to ${KURSK}: it would not pass the content check (lines are where it would have gone).`;

/** A complete set of answers for a claim the example content accepts. */
const ANSWERS: ClaimAnswers = {
  claimant: "pentagon",
  date: "2025-01-10",
  channel: "briefing",
  subject: "north-korean-troops-kursk",
  metric: "killed",
  kind: "atLeast",
  n: "300",
  verbatim: "at least 300",
  scope: "cumulative",
  status: "unverified",
  sourceUrl: "https://www.defense.gov/News/Transcripts/",
  sourcePublisher: "US Department of Defense",
  sourceTitle: "Briefing: North Korean troops in Kursk",
};
const FLAGS = [
  ["--claimant", "pentagon"],
  ["--date", "2025-01-10"],
  ["--channel", "briefing"],
  ["--subject", "north-korean-troops-kursk"],
  ["--metric", "killed"],
  ["--kind", "atLeast"],
  ["--n", "300"],
  ["--verbatim", "at least 300"],
  ["--scope", "cumulative"],
  ["--status", "unverified"],
  ["--source-url", "https://www.defense.gov/News/Transcripts/"],
  ["--source-publisher", "US Department of Defense"],
  ["--source-title", "Briefing: North Korean troops in Kursk"],
].flat();

/** The message and hint `addClaim` refuses with, as the terminal shows them. */
function refusal(dir: string, answers: ClaimAnswers): string {
  try {
    addClaim(dir, answers, { now: TEST_NOW });
  } catch (error) {
    const { message, hint } = error as { message: string; hint?: string };
    return hint ? `${message}\n${hint}` : message;
  }
  throw new Error("addClaim wrote the claim");
}

const check = (dir: string) =>
  formatReport(
    checkContent(readContentSources(dir), {
      sections: siteConfig.sections,
      now: TEST_NOW,
      includeDrafts: true,
    }),
  );

describe("parseCount", () => {
  it.each([
    { input: "3000", expected: 3000 },
    { input: " 3,000 ", expected: 3000 },
    { input: "1,234,567", expected: 1234567 },
    { input: "1.5", expected: 1.5 },
    { input: "0", expected: 0 },
    { input: "1,5", expected: undefined },
    { input: "30,00", expected: undefined },
    { input: "-3", expected: undefined },
    { input: "3k", expected: undefined },
    { input: "", expected: undefined },
  ])("$input → $expected", ({ input, expected }) => {
    expect(parseCount(input)).toBe(expected);
  });
});

describe("answerProblem", () => {
  it.each([
    {
      key: "date",
      raw: "2025-02-29",
      expected: '--date "2025-02-29" is not a real date written YYYY-MM-DD',
    },
    {
      key: "date",
      raw: "2026-10-02",
      expected: "--date 2026-10-02 is in the future (today is 2026-10-01)",
    },
    { key: "date", raw: "2026-10-01", expected: undefined },
    {
      key: "n",
      raw: "three thousand",
      expected: '--n "three thousand" is not a number: write digits, e.g. 3000',
    },
    {
      key: "metric",
      raw: "casualites",
      expected:
        '--metric "casualites" is not one of killed, wounded, casualties, missing, captured, deployed, losses. Did you mean "casualties"? To count something new, add it to metrics in src/site.config.ts: { id: "casualites", label: "casualites", unit: { one: "person", other: "people" }, title: "Claims of {metric} among {subject}", description: "claims of {metric} among {subject}" },',
    },
    {
      key: "kind",
      raw: "atleast",
      expected:
        '--kind "atleast" is not one of point, approx, range, atLeast, atMost. Did you mean "atLeast"?',
    },
    {
      key: "sourceUrl",
      raw: "javascript:alert(1)",
      expected: '--source-url uses a scheme other than http or https (got "javascript:alert(1)")',
    },
    {
      key: "sourceUrl",
      raw: "www.example.org",
      expected: '--source-url is not an absolute http(s) URL (got "www.example.org")',
    },
    {
      key: "claimant",
      raw: "Zelensky",
      expected:
        '--claimant "Zelensky" is not an id: use lower-case letters, digits and single hyphens',
    },
  ] as const)("$key $raw", ({ key, raw, expected }) => {
    expect(answerProblem(key, raw, { today: "2026-10-01" })).toBe(expected);
  });

  it.each([
    {
      answers: { low: "500" },
      key: "high",
      raw: "400",
      expected: "--high 400 must be more than --low 500",
    },
    {
      answers: { from: "2025-01-03" },
      key: "to",
      raw: "2025-01-02",
      expected: "--to 2025-01-02 is before --from 2025-01-03",
    },
    {
      answers: { date: "2025-01-04" },
      key: "to",
      raw: "2025-01-05",
      expected: "--to 2025-01-05 is after the day the claim was made (2025-01-04)",
    },
    { answers: { kind: "atMost" }, key: "qualifier", raw: "no more than", expected: undefined },
    {
      answers: { kind: "atMost" },
      key: "qualifier",
      raw: "more than",
      expected:
        '--qualifier "more than" does not fit kind atMost: use "up to", "no more than", "at most"',
    },
    {
      answers: { kind: "point" },
      key: "qualifier",
      raw: "about",
      expected: "--qualifier is for kinds approx, atLeast, atMost (this claim's kind is point)",
    },
  ] as const)("$key $raw against $answers", ({ answers, key, raw, expected }) => {
    expect(answerProblem(key, raw, { answers })).toBe(expected);
  });
});

describe("missingAnswers", () => {
  it.each([
    {
      answers: {},
      expected: [
        "claimant",
        "date",
        "subject",
        "metric",
        "kind",
        "n",
        "scope",
        "status",
        "sourceUrl",
        "sourcePublisher",
      ],
    },
    { answers: ANSWERS, expected: [] },
    { answers: { ...ANSWERS, kind: "range", n: undefined }, expected: ["low", "high"] },
    { answers: { ...ANSWERS, scope: "event" }, expected: ["from", "to"] },
    { answers: { ...ANSWERS, sourcePublisher: "  " }, expected: ["sourcePublisher"] },
  ])("$expected", ({ answers, expected }) => {
    expect(missingAnswers(answers)).toEqual(expected);
  });
});

describe("suggestClaimId", () => {
  const a = {
    claimant: "zelensky",
    date: "2025-01-04",
    subject: "russian-forces-kursk",
    metric: "losses",
  };
  it.each([
    { taken: [], expected: "zelensky-2025-01-04-russian-forces-kursk" },
    {
      taken: ["zelensky-2025-01-04-russian-forces-kursk"],
      expected: "zelensky-2025-01-04-russian-forces-kursk-losses",
    },
    {
      taken: [
        "zelensky-2025-01-04-russian-forces-kursk",
        "zelensky-2025-01-04-russian-forces-kursk-losses",
      ],
      expected: "zelensky-2025-01-04-russian-forces-kursk-losses-2",
    },
  ])("taken $taken", ({ taken, expected }) => {
    expect(suggestClaimId(a, new Set(taken))).toBe(expected);
  });
});

describe("renderClaimYaml", () => {
  it.each([
    { kind: "point", extra: { n: "3,000" }, line: "  value: { kind: point, n: 3000 }" },
    { kind: "approx", extra: { n: "1000" }, line: "  value: { kind: approx, n: 1000 }" },
    {
      kind: "range",
      extra: { low: "10000", high: "12,000" },
      line: "  value: { kind: range, low: 10000, high: 12000 }",
    },
    { kind: "atLeast", extra: { n: "38000" }, line: "  value: { kind: atLeast, n: 38000 }" },
    { kind: "atMost", extra: { n: "1000" }, line: "  value: { kind: atMost, n: 1000 }" },
    {
      kind: "atMost",
      extra: { n: "30000", qualifier: "no more than" },
      line: "  value: { kind: atMost, n: 30000, qualifier: no more than }",
    },
  ])("$kind: $line", ({ kind, extra, line }) => {
    const claim = buildClaim({ ...ANSWERS, n: undefined, kind, ...extra });
    const text = renderClaimYaml(claim);
    expect(text.split("\n")).toContain(line);
    // What is written reads back as the same claim, and the schema takes it.
    const [back] = parse(text) as unknown[];
    expect(back).toEqual(claim);
    expect(claimSchema.safeParse(back).success).toBe(true);
  });

  it("writes in the style of the example claims, quoting what needs it", () => {
    const claim = buildClaim({
      ...ANSWERS,
      scope: "event",
      from: "2025-01-08",
      to: "2025-01-09",
      verbatim: 'at least "300" killed',
      place: "near Makhnovka: southeast of Sudzha",
    });
    expect(renderClaimYaml(claim)).toBe(
      [
        "- id: pentagon-2025-01-10-north-korean-troops-kursk",
        "  claimant: pentagon",
        "  date: 2025-01-10",
        "  channel: briefing",
        "  subject: north-korean-troops-kursk",
        "  metric: killed",
        "  value: { kind: atLeast, n: 300 }",
        '  verbatim: "at least \\"300\\" killed"',
        "  scope: event",
        "  period: { from: 2025-01-08, to: 2025-01-09 }",
        '  place: "near Makhnovka: southeast of Sudzha"',
        "  status: unverified",
        "  sources:",
        "    - url: https://www.defense.gov/News/Transcripts/",
        "      publisher: US Department of Defense",
        '      title: "Briefing: North Korean troops in Kursk"',
        "",
      ].join("\n"),
    );
  });
});

describe("appendEntry", () => {
  it.each([
    { existing: "", expected: "E\n" },
    { existing: "- id: a\n", expected: "- id: a\n\nE\n" },
    { existing: "- id: a", expected: "- id: a\n\nE\n" },
    { existing: "- id: a\n\n", expected: "- id: a\n\nE\n" },
    {
      existing: "# comment\n- id: a\n  # trailing\n",
      expected: "# comment\n- id: a\n  # trailing\n\nE\n",
    },
  ])("$existing", ({ existing, expected }) => {
    expect(appendEntry(existing, "E\n")).toBe(expected);
  });
});

describe("addClaim", () => {
  it("appends a valid claim that passes the check, keeping the file's text as it was", () => {
    const dir = makeSite("example");
    const before = readFileSync(join(dir, KURSK), "utf8");
    const added = addClaim(dir, ANSWERS, { now: TEST_NOW });
    const after = readFileSync(join(dir, KURSK), "utf8");
    expect(added).toMatchObject({
      id: "pentagon-2025-01-10-north-korean-troops-kursk",
      path: KURSK,
    });
    expect(after).toBe(`${before}\n${added.entry}`);
    expect(after.split("\n")[added.line - 1]).toBe(`- id: ${added.id}`);
    expect(check(dir)).toBe("");
  });

  it("refuses an unknown claimant with a did-you-mean, and writes nothing", () => {
    const dir = makeSite("example");
    const before = readFileSync(join(dir, KURSK), "utf8");
    expect(refusal(dir, { ...ANSWERS, claimant: "pentagn" })).toBe(
      `${NOT_ADDED}\nContent check found 1 problem:\n\n` +
        `${KURSK}:93:13 claimant: unknown claimant "pentagn"\n` +
        '    Did you mean "pentagon"? Claimants are declared in src/content/claimants/.',
    );
    expect(readFileSync(join(dir, KURSK), "utf8")).toBe(before);
  });

  it.each([
    {
      name: "a duplicate id",
      answers: { ...ANSWERS, id: "zelensky-2024-12-23-nk-casualties" },
      expected:
        `${NOT_ADDED}\nContent check found 1 problem:\n\n` +
        `${KURSK}:92:7 id: duplicate claim id "zelensky-2024-12-23-nk-casualties"; first declared at ${KURSK}:17\n` +
        "    Every id is declared exactly once: rename one of them.",
    },
    {
      name: "an event without its period",
      answers: { ...ANSWERS, scope: "event" },
      expected: "Missing: --from, --to",
    },
    {
      name: "an unknown subject",
      answers: { ...ANSWERS, subject: "north-korean-troops" },
      expected:
        `${NOT_ADDED}\nContent check found 1 problem:\n\n` +
        `${KURSK}:96:12 subject: unknown subject "north-korean-troops"\n` +
        '    Did you mean "north-korean-troops-kursk"? Subjects are declared in src/content/subjects/.',
    },
  ])("refuses $name", ({ answers, expected }) => {
    const dir = makeSite("example");
    const before = readFileSync(join(dir, KURSK), "utf8");
    expect(refusal(dir, answers)).toBe(expected);
    expect(readFileSync(join(dir, KURSK), "utf8")).toBe(before);
  });

  it("refuses a claims file that does not exist, suggesting the one that does", () => {
    const dir = makeSite("example");
    expect(() => addClaim(dir, ANSWERS, { file: "kurks", now: TEST_NOW })).toThrow(
      "There is no claims file src/content/claims/kurks.yaml.",
    );
    expect(existsSync(join(dir, "src/content/claims/kurks.yaml"))).toBe(false);
  });

  it("appends to the file named by --file", () => {
    const dir = makeSite("example");
    writeFileSync(join(dir, "src/content/claims/other.yaml"), "# More claims.\n");
    const added = addClaim(dir, ANSWERS, { file: "other.yaml", now: TEST_NOW });
    expect(added.path).toBe("src/content/claims/other.yaml");
    expect(readFileSync(join(dir, added.path), "utf8")).toBe(`# More claims.\n\n${added.entry}`);
    expect(check(dir)).toBe("");
  });
});

describe("npm run new:claim", () => {
  it("appends a claim from flags and says how to use it", async () => {
    const dir = makeSite("example");
    const before = readFileSync(join(dir, KURSK), "utf8");
    const r = await runScript("new-claim.ts", FLAGS, dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `Added claim "pentagon-2025-01-10-north-korean-troops-kursk" to ${KURSK} (line 92).\n` +
        'Use it in an explainer: <Claim id="pentagon-2025-01-10-north-korean-troops-kursk" />\n',
    );
    expect(readFileSync(join(dir, KURSK), "utf8").startsWith(`${before}\n- id: pentagon-`)).toBe(
      true,
    );
    expect(check(dir)).toBe("");
  });

  it("refuses an unknown claimant: exit 1, did-you-mean, file untouched", async () => {
    const dir = makeSite("example");
    const before = readFileSync(join(dir, KURSK), "utf8");
    const flags = FLAGS.map((f) => (f === "pentagon" ? "pentagn" : f));
    const r = await runScript("new-claim.ts", flags, dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `${NOT_ADDED}\nContent check found 1 problem:\n\n` +
        `${KURSK}:93:13 claimant: unknown claimant "pentagn"\n` +
        '    Did you mean "pentagon"? Claimants are declared in src/content/claimants/.\n',
    );
    expect(readFileSync(join(dir, KURSK), "utf8")).toBe(before);
  });

  it("without a terminal, lists the missing flags and exits 1 at once", async () => {
    const dir = makeSite("example");
    // stdin stays open and silent: a script that waited for answers would hang (and be killed,
    // leaving status null), so the exit status and message say it did not wait.
    const r = await runScript("new-claim.ts", ["--claimant", "zelensky", "--kind", "range"], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").slice(0, 4)).toEqual([
      "Missing: --date, --subject, --metric, --low, --high, --scope, --status, --source-url, --source-publisher",
      "(There is no terminal to ask for them: give them as flags.)",
      "",
      "Usage: npm run new:claim -- [flags]",
    ]);
  });
});
