import { describe, expect, it } from "vitest";
import type { ComponentUse } from "../../../src/lib/claims/chartSelection.ts";
import {
  collectPageSources,
  sourceHost,
  sourceKey,
  sourceLinkText,
} from "../../../src/lib/claims/citations.ts";
import type { Claim } from "../../../src/schemas/claim.ts";
import { claimants, claims } from "../../helpers/explainerContext.ts";

/** `<Claim id="..." />` as the MDX parser hands it over. */
const cite = (id: string): ComponentUse => ({ name: "Claim", props: { id: { value: id } } });
/** `<Quote ...>` with the given props written as text. */
const quote = (props: Record<string, string>): ComponentUse => ({
  name: "Quote",
  props: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, { value: v }])),
});
const sources = (...elements: ComponentUse[]) => collectPageSources(elements, claims, claimants);

describe("sourceKey", () => {
  it.each([
    { a: "https://example.org/a", b: "https://example.org/a/", same: true },
    { a: "https://example.org/", b: "https://example.org", same: true },
    { a: "https://Example.ORG/a", b: "https://example.org/a", same: true },
    { a: "https://example.org:443/a", b: "https://example.org/a", same: true },
    { a: "https://example.org/a#", b: "https://example.org/a", same: true },
    { a: " https://example.org/a ", b: "https://example.org/a", same: true },
    { a: "https://example.org/?q=1", b: "https://example.org?q=1", same: true },
    { a: "https://example.org/a#post-2", b: "https://example.org/a#post-3", same: false },
    { a: "https://example.org/a#post-2", b: "https://example.org/a", same: false },
    { a: "https://example.org/a?x=1", b: "https://example.org/a?x=2", same: false },
    { a: "http://example.org/a", b: "https://example.org/a", same: false },
    { a: "https://example.org/A", b: "https://example.org/a", same: false },
  ])("$a and $b are one source: $same", ({ a, b, same }) =>
    expect(sourceKey({ url: a }) === sourceKey({ url: b })).toBe(same),
  );

  it("ignores the day cited", () => {
    const cited = { url: "https://example.org/a", date: "2025-01-04" };
    expect(sourceKey(cited)).toBe(sourceKey({ url: "https://example.org/a" }));
  });
});

describe("sourceLinkText", () => {
  it.each([
    {
      source: { url: "https://www.reuters.com/world/x", title: "Police revise count" },
      text: "Police revise count",
    },
    { source: { url: "https://www.reuters.com/world/x" }, text: "reuters.com" },
    { source: { url: "https://t.me/osirskiy", title: undefined }, text: "t.me" },
    { source: { url: "https://news.example.org:8443/a" }, text: "news.example.org" },
  ])("$source.url → $text", ({ source, text }) => expect(sourceLinkText(source)).toBe(text));

  it("gives the host of an address", () =>
    expect(sourceHost("https://www.bbc.co.uk/news")).toBe("bbc.co.uk"));
});

describe("collectPageSources", () => {
  it("numbers sources in order of first citation, each claim's sources in its order", () => {
    expect(sources(cite("at-most"), cite("point"))).toEqual([
      {
        url: "https://example.org/address",
        publisher: "President of Ukraine",
        date: "2025-01-04",
        dates: ["2025-01-04"],
        n: 1,
        citedFor: ["at-most"],
      },
      {
        url: "https://example.org/telegram",
        publisher: "Telegram",
        date: "2025-01-04",
        dates: ["2025-01-04"],
        n: 2,
        citedFor: ["at-most"],
      },
      {
        url: "https://example.org/point",
        publisher: "Example Wire",
        dates: [],
        n: 3,
        citedFor: ["point"],
      },
    ]);
  });

  it("gives a source cited again its first number, naming each claim that cites it once", () => {
    const shared = { url: "https://example.org/briefing", publisher: "Pentagon" };
    const withShared = new Map<string, Claim>([
      ["a", { ...claims.get("approx")!, id: "a", sources: [shared] }],
      ["b", { ...claims.get("range")!, id: "b", sources: [{ ...shared, title: "Briefing" }] }],
      ["c", { ...claims.get("point")!, id: "c" }],
    ]);
    const found = collectPageSources(
      [cite("a"), cite("c"), cite("b"), cite("a")],
      withShared,
      claimants,
    );
    expect(found).toEqual([
      // The first citation had no title; the later one fills it in.
      { ...shared, title: "Briefing", dates: [], n: 1, citedFor: ["a", "b"] },
      {
        url: "https://example.org/point",
        publisher: "Example Wire",
        dates: [],
        n: 2,
        citedFor: ["c"],
      },
    ]);
  });

  it("keeps one number for one address cited for two days, with both days", () => {
    const page = "https://example.org/speeches";
    const onDay = (id: string, date: string): Claim => ({
      ...claims.get("point")!,
      id,
      date,
      sources: [{ url: page, publisher: "Office of the President", date }],
    });
    const found = collectPageSources(
      [cite("d2"), cite("d1"), cite("d2")],
      new Map([
        ["d1", onDay("d1", "2024-12-23")],
        ["d2", onDay("d2", "2024-12-24")],
      ]),
      claimants,
    );
    expect(found.map((s) => [s.n, s.url, s.dates, s.citedFor])).toEqual([
      [1, page, ["2024-12-23", "2024-12-24"], ["d2", "d1"]],
    ]);
  });

  it("merges a claim's source and a quote's when their addresses differ only by a trailing slash", () => {
    const withSlash = new Map<string, Claim>([
      [
        "p",
        {
          ...claims.get("point")!,
          id: "p",
          sources: [{ url: "https://example.org/briefing/", publisher: "City police" }],
        },
      ],
    ]);
    const found = collectPageSources(
      [
        cite("p"),
        quote({ by: "pentagon", date: "2025-01-02", source: "https://example.org/briefing" }),
      ],
      withSlash,
      claimants,
    );
    expect(found).toEqual([
      {
        url: "https://example.org/briefing/",
        publisher: "City police",
        date: "2025-01-02",
        dates: ["2025-01-02"],
        n: 1,
        citedFor: ["p", "quote: Pentagon"],
      },
    ]);
  });

  it("lists a quote's source under the speaker, titled by its channel if it has one", () => {
    expect(
      sources(
        quote({
          by: "zelensky",
          date: "2025-01-04",
          source: "https://example.org/address",
          channel: "evening address",
        }),
        quote({ by: "pentagon", source: "https://example.org/transcript" }),
      ),
    ).toEqual([
      {
        url: "https://example.org/address",
        publisher: "Volodymyr Zelensky",
        title: "Evening address",
        date: "2025-01-04",
        dates: ["2025-01-04"],
        n: 1,
        citedFor: ["quote: Volodymyr Zelensky"],
      },
      {
        url: "https://example.org/transcript",
        publisher: "Pentagon",
        title: undefined,
        date: undefined,
        dates: [],
        n: 2,
        citedFor: ["quote: Pentagon"],
      },
    ]);
  });

  describe("a quote and a claim citing one page on one day are one source", () => {
    const telegram = {
      url: "https://example.org/telegram",
      publisher: "Telegram",
      date: "2025-01-04",
      dates: ["2025-01-04"],
      n: 2,
      citedFor: ["at-most"],
    };
    const said = quote({
      by: "zelensky",
      date: "2025-01-04",
      source: "https://example.org/address",
      channel: "evening address",
    });

    it("claim first: the claim's record, with the quote's title filling the gap", () => {
      expect(sources(cite("at-most"), said)).toEqual([
        {
          url: "https://example.org/address",
          publisher: "President of Ukraine",
          title: "Evening address",
          date: "2025-01-04",
          dates: ["2025-01-04"],
          n: 1,
          citedFor: ["at-most", "quote: Volodymyr Zelensky"],
        },
        telegram,
      ]);
    });

    it("quote first: the quote's wording stays (the record only fills what is missing)", () => {
      expect(sources(said, cite("at-most"))).toEqual([
        {
          url: "https://example.org/address",
          publisher: "Volodymyr Zelensky",
          title: "Evening address",
          date: "2025-01-04",
          dates: ["2025-01-04"],
          n: 1,
          citedFor: ["quote: Volodymyr Zelensky", "at-most"],
        },
        telegram,
      ]);
    });
  });

  it("skips unknown claims, quotes by unknown speakers or without a source, and other components", () => {
    expect(
      sources(
        cite("not-declared"),
        { name: "Claim", props: { id: { value: undefined } } },
        quote({ by: "nobody", source: "https://example.org/x" }),
        quote({ by: "zelensky" }),
        { name: "Quote", props: { by: { value: "zelensky" }, source: { value: true } } },
        {
          name: "ClaimsTimeline",
          props: {
            subject: { value: "north-korean-troops-kursk" },
            metric: { value: "casualties" },
          },
        },
      ),
    ).toEqual([]);
  });
});
