// A real explainer context, built the way a page builds it, from small in-memory data.
import { explainerPageData } from "../../src/lib/site/pageContext.ts";
import type { Claim } from "../../src/schemas/claim.ts";
import type { Claimant } from "../../src/schemas/claimant.ts";
import type { Subject } from "../../src/schemas/subject.ts";
import { assignStyles } from "../../src/lib/charts/palette.ts";
import { siteConfig } from "../../src/site.config.ts";

export const claimants = new Map<string, Claimant>([
  [
    "zelensky",
    {
      id: "zelensky",
      name: "Volodymyr Zelensky",
      role: "President of Ukraine",
      affiliation: "Ukraine",
      kind: "person",
    },
  ],
  [
    "syrskyi",
    {
      id: "syrskyi",
      name: "Oleksandr Syrskyi",
      role: "Commander-in-Chief",
      affiliation: "Ukraine",
      kind: "person",
    },
  ],
  [
    "pentagon",
    {
      id: "pentagon",
      name: "Pentagon",
      role: "US Department of Defense",
      affiliation: "United States",
      kind: "organisation",
    },
  ],
]);

export const subjects = new Map<string, Subject>([
  [
    "north-korean-troops-kursk",
    { id: "north-korean-troops-kursk", label: "North Korean troops in Kursk" },
  ],
]);

/** A claim about North Korean casualties, made on 23 December 2024 unless `c` says otherwise. */
export const claim = (c: Partial<Claim> & Pick<Claim, "id" | "claimant" | "value">): Claim => ({
  date: "2024-12-23",
  subject: "north-korean-troops-kursk",
  metric: "casualties",
  scope: "cumulative",
  status: "unverified",
  sources: [{ url: `https://example.org/${c.id}`, publisher: "Example Wire" }],
  ...c,
});

export const claims = new Map<string, Claim>(
  [
    claim({
      id: "point",
      claimant: "zelensky",
      value: { kind: "point", n: 3000 },
      channel: "statement",
    }),
    claim({
      id: "approx",
      claimant: "pentagon",
      date: "2024-12-30",
      value: { kind: "approx", n: 1000 },
    }),
    claim({ id: "range", claimant: "pentagon", value: { kind: "range", low: 10000, high: 12000 } }),
    claim({
      id: "at-least",
      claimant: "syrskyi",
      value: { kind: "atLeast", n: 38000 },
      verbatim: "more than 38,000",
    }),
    claim({
      id: "at-most",
      claimant: "syrskyi",
      relayedVia: "zelensky",
      date: "2025-01-04",
      value: { kind: "atMost", n: 1000 },
      verbatim: "up to a battalion of infantry",
      inferred: "a battalion can be up to about 1,000 soldiers",
      scope: "event",
      period: { from: "2025-01-03", to: "2025-01-04" },
      place: "near Makhnovka",
      sources: [
        {
          url: "https://example.org/address",
          publisher: "President of Ukraine",
          date: "2025-01-04",
        },
        { url: "https://example.org/telegram", publisher: "Telegram", date: "2025-01-04" },
      ],
    }),
  ].map((c) => [c.id, c]),
);

/** The context a page would set for an explainer whose body is `body`, with `extra` claims. */
export function contextFor(body: string, extra: readonly Claim[] = []) {
  const all = new Map([...claims, ...extra.map((c) => [c.id, c] as const)]);
  const revisedBy = new Map(
    [...all.values()].flatMap((c) => (c.supersedes ? [[c.supersedes, c] as const] : [])),
  );
  const styles = assignStyles(claimants.values());
  return explainerPageData(
    "test.mdx",
    body,
    { claims: all, revisedBy, claimants, subjects, events: [], styles },
    {
      locale: "en-GB",
      sections: siteConfig.sections,
      href: (p) => p,
    },
  ).context;
}
