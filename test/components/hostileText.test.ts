// Names, labels and qualifiers are text wherever they are rendered: in a claim's credit, in a
// chart's SVG labels, key, aria text and table, in the popups' data, in an event's rule.
import { beforeAll, describe, expect, it } from "vitest";
import Claim from "../../src/components/mdx/Claim.astro";
import ClaimsCompare from "../../src/components/mdx/ClaimsCompare.astro";
import ClaimsTimeline from "../../src/components/mdx/ClaimsTimeline.astro";
import { assignStyles } from "../../src/lib/charts/palette.ts";
import { explainerPageData } from "../../src/lib/site/pageContext.ts";
import type { Claim as ClaimData } from "../../src/schemas/claim.ts";
import type { Claimant } from "../../src/schemas/claimant.ts";
import type { ChartEvent } from "../../src/schemas/event.ts";
import type { Subject } from "../../src/schemas/subject.ts";
import { siteConfig } from "../../src/site.config.ts";
import { createContainer } from "../helpers/container.ts";

const SCRIPT = "<script>alert(1)</script>";
const BREAKOUT = `"'></text></svg><img src=x onerror=alert(2)>`;

const claimants = new Map<string, Claimant>([
  [
    "org",
    {
      id: "org",
      name: `The ${SCRIPT} Coalition`,
      role: `Campaign ${BREAKOUT}`,
      affiliation: "X & Y",
      kind: "organisation",
      colour: "orange",
      shape: "diamond",
    },
  ],
  [
    "voice",
    {
      id: "voice",
      name: `Ann ${BREAKOUT}`,
      role: "Spokesperson",
      affiliation: "X",
      kind: "person",
      speaksFor: "org",
    },
  ],
]);
const subjects = new Map<string, Subject>([
  ["march", { id: "march", label: `The ${SCRIPT} march`, short: `the ${BREAKOUT} march` }],
]);
const claim = (id: string, claimant: string, date: string, n: number): ClaimData => ({
  id,
  claimant,
  date,
  subject: "march",
  metric: "killed",
  value: { kind: "atMost", n, qualifier: "no more than" },
  scope: "cumulative",
  status: "unverified",
  verbatim: `${SCRIPT} ${BREAKOUT}`,
  channel: BREAKOUT,
  place: SCRIPT,
  sources: [{ url: "https://example.org/a?b=1&c=2", publisher: BREAKOUT, title: SCRIPT }],
});
const claims = new Map(
  [
    claim("voice-1", "voice", "2024-06-16", 38000),
    claim("org-1", "org", "2024-06-17", 120000),
    claim("voice-2", "voice", "2024-06-20", 45000),
  ].map((c) => [c.id, c]),
);
const events: ChartEvent[] = [
  { id: "rally", date: "2024-06-18", label: `Rally ${SCRIPT} ${BREAKOUT}`, subject: "march" },
];

/**
 * Every place a hostile string could come out as markup instead of text. Inside a quoted
 * attribute (an aria-label) `<` is only text to an HTML parser, and Astro escapes the quote that
 * would end it, so attribute values are set aside first; what is left must hold no new element.
 */
function expectOnlyText(html: string) {
  const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
  expect(outsideAttributes).not.toContain("<script>alert");
  expect(outsideAttributes).not.toContain("<img src=x");
  expect(outsideAttributes).not.toContain("</text></svg>");
  expect(outsideAttributes).not.toMatch(/<[^>]*\sonerror=/);
  expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
}

describe("hostile names and labels are rendered as text", () => {
  let container: Awaited<ReturnType<typeof createContainer>>;
  const render = (
    component: Parameters<typeof container.render>[0],
    props: Record<string, string>,
  ) =>
    container.render(component, {
      props,
      locals: {
        explainer: explainerPageData(
          "test.mdx",
          '<Claim id="voice-2" />',
          {
            claims,
            revisedBy: new Map(),
            claimants,
            subjects,
            events,
            styles: assignStyles(claimants.values()),
          },
          { locale: "en-GB", sections: siteConfig.sections, href: (p) => p },
        ).context,
      },
    });
  beforeAll(async () => {
    container = await createContainer();
  });

  it("in a claim's credit, figure and details", async () => {
    const html = await render(Claim, { id: "voice-2" });
    expectOnlyText(html);
    expect(html).toContain("Ann &quot;&#39;&gt;&lt;/text&gt;&lt;/svg&gt;&lt;img src=x");
  });

  it("in a comparison's bars, labels, key and table", async () => {
    expectOnlyText(await render(ClaimsCompare, { subject: "march", metric: "killed" }));
  });

  it("in a timeline's marks, direct labels, event rules, aria text and table", async () => {
    const html = await render(ClaimsTimeline, {
      subject: "march",
      metric: "killed",
      highlight: "voice-2",
    });
    expectOnlyText(html);
    // The event's label is on the chart, as text.
    expect(html).toContain("Rally &lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
