import { describe, expect, it } from "vitest";
import { explainerSchema } from "../../src/schemas/explainer.ts";

const base = {
  title: "A title",
  dek: "A dek.",
  published: "2025-01-05T14:00:00Z",
  authors: ["world-desk"],
};
const failures = (data: unknown) => {
  const r = explainerSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("explainer front matter", () => {
  it("fills defaults", () => {
    const fm = explainerSchema.parse(base);
    expect(fm).toMatchObject({ draft: false, topics: [], corrections: [] });
    expect(fm.published.toISOString()).toBe("2025-01-05T14:00:00.000Z");
  });

  it("accepts the Date objects Astro's front-matter parser produces", () => {
    expect(failures({ ...base, published: new Date("2025-01-05T14:00:00Z") })).toEqual([]);
  });

  it.each([
    { name: "an empty title", patch: { title: "  " }, error: "title: needs a headline" },
    { name: "no dek", patch: { dek: undefined }, error: "dek: needs a one-sentence summary" },
    {
      name: "updated before published",
      patch: { updated: "2025-01-04" },
      error: "updated: is before published (2025-01-05T14:00:00.000Z)",
    },
    {
      name: "a correction before publication",
      patch: { corrections: [{ date: "2025-01-01", text: "x" }] },
      error: "corrections.0.date: is before the explainer was published (2025-01-05)",
    },
    { name: "no authors", patch: { authors: [] }, error: "authors: needs at least one author id" },
    {
      name: "an impossible date",
      patch: { published: "2025-02-30" },
      error: "published: must be a real date, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ",
    },
    { name: "draft as text", patch: { draft: "yes" }, error: "draft: must be true or false" },
  ])("refuses $name, with exactly one problem", ({ patch, error }) => {
    expect(failures({ ...base, ...patch })).toEqual([error]);
  });
});
