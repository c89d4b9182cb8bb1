import { describe, expect, it } from "vitest";
import {
  explainersShowing,
  mostCited,
  newestFirst,
  pageParam,
  pagePath,
  paginate,
} from "../../../src/lib/site/listings.ts";
import type { Claim } from "../../../src/schemas/claim.ts";
import { claims } from "../../helpers/explainerContext.ts";

const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe("paginate", () => {
  it("cuts a list into numbered pages linked both ways", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, "/claimants/x/");
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(pages.map((p) => [p.prev, p.next])).toEqual([
      [undefined, "/claimants/x/2/"],
      ["/claimants/x/", "/claimants/x/3/"],
      ["/claimants/x/2/", undefined],
    ]);
  });

  it("gives an empty list one page, and never a page of nothing after a full one", () => {
    expect(paginate([], 10, "/a/")).toEqual([
      { items: [], number: 1, count: 1, prev: undefined, next: undefined },
    ]);
    expect(paginate([1, 2], 2, "/a/")).toHaveLength(1);
  });

  it("keeps every page under its size whatever the list's length", () => {
    const list = Array.from({ length: 10_001 }, (_, i) => i);
    const pages = paginate(list, 200, "/a/");
    expect(pages).toHaveLength(51);
    expect(Math.max(...pages.map((p) => p.items.length))).toBe(200);
    expect(pages.flatMap((p) => p.items)).toEqual(list);
  });

  it("names page 1 by its own address and the rest by number", () => {
    expect([pagePath("/t/", 1), pagePath("/t/", 2)]).toEqual(["/t/", "/t/2/"]);
    expect([pageParam(1), pageParam(3)]).toEqual([undefined, "3"]);
  });
});

describe("mostCited", () => {
  const at = (c: Claim, subject: string, date = c.date): Claim => ({
    ...c,
    id: `${c.id}-${subject}-${date}`,
    subject,
    date,
  });
  const base = claims.get("point")!;
  const list = [
    at(base, "few"),
    at(base, "many", "2024-01-01"),
    at(base, "many", "2024-01-02"),
    at(base, "many", "2024-01-03"),
    at(base, "some", "2024-01-01"),
    at(base, "some", "2024-01-02"),
    at(base, "recent-pair", "2025-01-01"),
    at(base, "recent-pair", "2025-01-02"),
  ];

  it("charts the subjects with the most claims, ties to the most recent, and summarises the rest", () => {
    const { charted, rest } = mostCited(list, 2);
    expect(charted.map((g) => g.subject)).toEqual(["many", "recent-pair"]);
    expect(rest.map((g) => g.subject)).toEqual(["some", "few"]);
    expect(charted[0]!.claims.map((c) => c.date)).toEqual([
      "2024-01-01",
      "2024-01-02",
      "2024-01-03",
    ]);
  });
});

describe("explainersShowing", () => {
  const e = (id: string) => ({ id });
  const order = [e("newest"), e("middle"), e("oldest")];
  const shownIn = new Map([
    ["a", [e("oldest"), e("newest")]],
    ["b", [e("middle")]],
  ]);

  it("lists each explainer once, newest first, capped, with the full count", () => {
    expect(explainersShowing([{ id: "a" }, { id: "b" }], shownIn, order, 2)).toEqual({
      list: [e("newest"), e("middle")],
      total: 3,
    });
    expect(explainersShowing([{ id: "c" }], shownIn, order, 5)).toEqual({ list: [], total: 0 });
  });
});

describe("newestFirst", () => {
  it("orders by date, newest first, then by id", () => {
    const sorted = [...claims.values()].sort(newestFirst);
    expect(ids(sorted)).toEqual(["at-most", "approx", "at-least", "point", "range"]);
  });
});
