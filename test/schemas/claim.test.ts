import { describe, expect, it } from "vitest";
import { claimSchema } from "../../src/schemas/claim.ts";

/** A valid claim; each case below breaks exactly one rule of it. */
const base = {
  id: "zelensky-2024-12-23-nk-casualties",
  claimant: "zelensky",
  date: "2024-12-23",
  subject: "north-korean-troops-kursk",
  metric: "casualties",
  value: { kind: "point", n: 3000 },
  scope: "cumulative",
  status: "unverified",
  sources: [
    { url: "https://www.president.gov.ua/en/news/speeches", publisher: "Office of the President" },
  ],
};

const failures = (data: unknown) => {
  const r = claimSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("claim schema accepts", () => {
  it.each([
    { name: "the base claim", patch: {} },
    { name: "a range", patch: { value: { kind: "range", low: 10000, high: 12000 } } },
    { name: "zero", patch: { value: { kind: "point", n: 0 } } },
    { name: "null optionals", patch: { relayedVia: null, supersedes: null, verbatim: null } },
    {
      name: "an event with a period",
      patch: { scope: "event", period: { from: "2024-12-20", to: "2024-12-23" } },
    },
    {
      name: "a period ending on the claim's day",
      patch: { period: { from: "2024-08-06", to: "2024-12-23" } },
    },
    {
      name: "a Date object from a YAML 1.1 parser",
      patch: { date: new Date("2024-12-23T00:00:00Z") },
    },
  ])("$name", ({ patch }) => {
    expect(failures({ ...base, ...patch })).toEqual([]);
  });
});

describe("claim schema refuses", () => {
  it.each([
    {
      name: "a number written as text",
      patch: { value: { kind: "point", n: "3,000" } },
      error:
        "value.n: is a number written with separators: write 3000, without commas, spaces or quotes",
    },
    {
      name: "a negative number",
      patch: { value: { kind: "point", n: -5 } },
      error: "value.n: must not be negative",
    },
    {
      name: "infinity",
      patch: { value: { kind: "point", n: Infinity } },
      error: 'value.n: must be a number, written without commas or quotes (3000, not "3,000")',
    },
    {
      name: "NaN",
      patch: { value: { kind: "point", n: NaN } },
      error: 'value.n: must be a number, written without commas or quotes (3000, not "3,000")',
    },
    {
      name: "low not below high",
      patch: { value: { kind: "range", low: 5, high: 5 } },
      error: "value.high: low must be less than high",
    },
    {
      name: "a field of another kind",
      patch: { value: { kind: "point", n: 1, high: 2 } },
      error: 'value: Unrecognized key: "high"',
    },
    {
      name: "an unknown kind",
      patch: { value: { kind: "about", n: 1 } },
      error: "value.kind: kind must be one of point, approx, range, atLeast, atMost",
    },
    {
      name: "an impossible date",
      patch: { date: "2024-02-30" },
      error: "date: must be a real date written YYYY-MM-DD",
    },
    {
      name: "an unknown metric",
      patch: { metric: "dead" },
      error: "metric: is not a metric this site counts",
    },
    {
      name: "a qualifier that belongs to another kind",
      patch: { value: { kind: "atMost", n: 30000, qualifier: "more than" } },
      error:
        'value.qualifier: for kind atMost, qualifier must be one of "up to", "no more than", "at most": "more than" goes with kind atLeast',
    },
    {
      name: "a qualifier with a capital",
      patch: { value: { kind: "approx", n: 30000, qualifier: "About" } },
      error:
        'value.qualifier: for kind approx, qualifier must be one of "roughly", "about", "some": did you mean "about"?',
    },
    {
      name: "a qualifier on an exact figure",
      patch: { value: { kind: "point", n: 30000, qualifier: "about" } },
      error: 'value: Unrecognized key: "qualifier"',
    },
    {
      name: "a figure written with spaces",
      patch: { value: { kind: "point", n: "250 000" } },
      error:
        "value.n: is a number written with separators: write 250000, without commas, spaces or quotes",
    },
    {
      name: "an unknown scope",
      patch: { scope: "total" },
      error: "scope: must be one of cumulative, event",
    },
    {
      name: "an unknown status",
      patch: { status: "true" },
      error: "status: must be one of unverified, corroborated, disputed, retracted",
    },
    {
      name: "an event without a period",
      patch: { scope: "event" },
      error:
        "scope: an event claim needs a period: add period: { from: YYYY-MM-DD, to: YYYY-MM-DD }",
    },
    {
      name: "a period that ends before it starts",
      patch: { period: { from: "2024-12-01", to: "2024-11-01" } },
      error: "period.to: period ends (2024-11-01) before it starts (2024-12-01)",
    },
    {
      name: "a period that ends after the claim",
      patch: { period: { from: "2024-12-01", to: "2024-12-24" } },
      error: "period.to: period ends (2024-12-24) after the claim was made (2024-12-23)",
    },
    { name: "no sources", patch: { sources: [] }, error: "sources: needs at least one source" },
    {
      name: "a javascript: source",
      patch: { sources: [{ url: "JaVaScRiPt:alert(1)", publisher: "x" }] },
      error: "sources.0.url: uses a scheme other than http or https",
    },
    {
      name: "an entity-disguised source",
      patch: { sources: [{ url: "&#106;avascript:alert(1)", publisher: "x" }] },
      error:
        "sources.0.url: contains spaces, quotes, angle brackets, control characters or HTML entities",
    },
    {
      name: "a relative source",
      patch: { sources: [{ url: "/about", publisher: "x" }] },
      error: "sources.0.url: is not an absolute http(s) URL",
    },
    {
      name: "a data: archive",
      patch: { sources: [{ url: "https://a.org", publisher: "x", archived: "data:text/html,x" }] },
      error: "sources.0.archived: uses a scheme other than http or https",
    },
    {
      name: "an id with capitals",
      patch: { id: "Zelensky" },
      error: "id: must be lower-case letters, digits and single hyphens, e.g. zelensky-2024-12-23",
    },
    // At the top level the path is empty; the content check names the key itself.
    { name: "an unknown field", patch: { clamant: "x" }, error: ': Unrecognized key: "clamant"' },
  ])("$name: exactly one problem", ({ patch, error }) => {
    expect(failures({ ...base, ...patch })).toEqual([error]);
  });
});
