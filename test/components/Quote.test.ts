import { beforeAll, describe, expect, it } from "vitest";
import Quote from "../../src/components/mdx/Quote.astro";
import { createContainer } from "../helpers/container.ts";
import { claimants, contextFor } from "../helpers/explainerContext.ts";

const SOURCE = "https://www.president.gov.ua/en/news/speeches";
const BODY = `<Claim id="point" />\n\n<Quote by="zelensky" date="2025-01-04" source="${SOURCE}" channel="evening address">words</Quote>`;

describe("<Quote>", () => {
  let container: Awaited<ReturnType<typeof createContainer>>;
  beforeAll(async () => {
    container = await createContainer();
  });
  const render = (props: Record<string, string>) =>
    container.render(Quote, {
      props,
      slots: { default: "<p>in battles today and yesterday</p>" },
      locals: { explainer: contextFor(BODY) },
    });

  it("renders the words as a blockquote citing its source", async () => {
    const html = await render({ by: "zelensky", date: "2025-01-04", source: SOURCE });
    expect(html).toContain(
      `<blockquote class="quote__words" cite="${SOURCE}"><p>in battles today and yesterday</p></blockquote>`,
    );
  });

  it("credits the speaker with name, role, channel, date and a numbered source link", async () => {
    const html = await render({
      by: "zelensky",
      date: "2025-01-04",
      source: SOURCE,
      channel: "evening address",
    });
    expect(html).toContain('<span class="quote__name">Volodymyr Zelensky</span>');
    expect(html).toContain('<span class="quote__role">President of Ukraine</span>');
    expect(html).toContain('<span class="quote__channel">evening address, </span>');
    expect(html).toContain('<time datetime="2025-01-04">4 January 2025</time>');
    // The claim before it took source 1.
    expect(html).toContain(`<a class="quote__source" href="${SOURCE}">Source<sup>2</sup></a>`);
  });

  it("credits a spokesperson on behalf of whom they speak, in the credit and the sources list", async () => {
    claimants.set("coalition", {
      id: "coalition",
      name: "The Port Vell Housing Coalition",
      role: "Tenants' campaign",
      affiliation: "Port Vell",
      kind: "organisation",
    });
    claimants.set("vidal", {
      id: "vidal",
      name: "Núria Vidal",
      role: "Spokesperson",
      affiliation: "Port Vell Housing Coalition",
      kind: "person",
      speaksFor: "coalition",
    });
    const url = "https://example.org/coalition";
    const body = `<Quote by="vidal" date="2024-06-15" source="${url}">We were 60,000.</Quote>`;
    const context = contextFor(body);
    const html = await container.render(Quote, {
      props: { by: "vidal", date: "2024-06-15", source: url },
      slots: { default: "<p>We were 60,000.</p>" },
      locals: { explainer: context },
    });
    expect(html).toContain(
      '<span class="quote__name">Núria Vidal, for the Port Vell Housing Coalition</span> <span class="quote__role">Spokesperson</span>',
    );
    expect(context.sources[0]).toMatchObject({
      publisher: "Núria Vidal, for the Port Vell Housing Coalition",
      citedFor: ["quote: Núria Vidal, for the Port Vell Housing Coalition"],
    });
    expect(context.names.get("vidal")).toBe("Núria Vidal, for the Port Vell Housing Coalition");
  });

  it("refuses an unknown speaker", async () => {
    await expect(render({ by: "zelenksy", date: "2025-01-04", source: SOURCE })).rejects.toThrow(
      '<Quote>: unknown claimant "zelenksy"',
    );
  });
});
