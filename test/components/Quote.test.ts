import { beforeAll, describe, expect, it } from "vitest";
import Quote from "../../src/components/mdx/Quote.astro";
import { createContainer } from "../helpers/container.ts";
import { contextFor } from "../helpers/explainerContext.ts";

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

  it("refuses an unknown speaker", async () => {
    await expect(render({ by: "zelenksy", date: "2025-01-04", source: SOURCE })).rejects.toThrow(
      '<Quote>: unknown claimant "zelenksy"',
    );
  });
});
