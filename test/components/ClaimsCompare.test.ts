import { beforeAll, describe, expect, it } from "vitest";
import ClaimsCompare from "../../src/components/mdx/ClaimsCompare.astro";
import type { Claim } from "../../src/schemas/claim.ts";
import { createContainer } from "../helpers/container.ts";
import { claim, contextFor } from "../helpers/explainerContext.ts";

// One-off figures for one march on 15 June (police revised theirs), and an earlier march.
const march = (id: string, claimant: string, n: number, day: string, extra: Partial<Claim> = {}) =>
  claim({
    id,
    claimant,
    date: "2024-06-17",
    metric: "killed",
    value: { kind: "point", n },
    scope: "event",
    period: { from: day, to: day },
    ...extra,
  });
const FIGURES = [
  march("police-first", "pentagon", 38000, "2024-06-15"),
  march("police-revised", "pentagon", 45000, "2024-06-15", {
    date: "2024-06-20",
    supersedes: "police-first",
  }),
  march("organisers", "zelensky", 120000, "2024-06-15"),
  march("may-march", "syrskyi", 9000, "2024-05-11", { date: "2024-05-12" }),
];

describe("<ClaimsCompare scope=event>", () => {
  let container: Awaited<ReturnType<typeof createContainer>>;
  beforeAll(async () => {
    container = await createContainer();
  });
  const render = (props: Record<string, string>) =>
    container.render(ClaimsCompare, {
      props: { subject: "north-korean-troops-kursk", metric: "killed", ...props },
      locals: { explainer: contextFor("", FIGURES) },
    });

  it("compares each claimant's latest figure for the latest episode, and says which", async () => {
    const html = await render({ scope: "event" });
    const rows = [...html.matchAll(/<tr data-claim="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(["organisers", "police-revised"]);
    expect(html).toContain("each claimant&#39;s figure for one episode, 15 June 2024");
  });

  it("says why it has nothing to draw: one-off figures, not running totals", async () => {
    await expect(render({})).rejects.toThrow(
      '<ClaimsCompare>: nothing to chart: these claims are one-off figures (scope: event): add scope="event" to compare them.',
    );
  });
});
