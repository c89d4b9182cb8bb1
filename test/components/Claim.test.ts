import { beforeAll, describe, expect, it } from "vitest";
import Claim from "../../src/components/mdx/Claim.astro";
import { createContainer } from "../helpers/container.ts";
import { contextFor } from "../helpers/explainerContext.ts";

const BODY = ["point", "approx", "range", "at-least", "at-most"]
  .map((id) => `<Claim id="${id}" />`)
  .join("\n");

describe("<Claim>", () => {
  let container: Awaited<ReturnType<typeof createContainer>>;
  beforeAll(async () => {
    container = await createContainer();
  });
  const render = (id: string, body = BODY) =>
    container.render(Claim, { props: { id }, locals: { explainer: contextFor(body) } });

  it.each([
    { id: "point", words: "3,000" },
    { id: "approx", words: "roughly 1,000" },
    { id: "range", words: "10,000–12,000" },
    { id: "at-least", words: "at least 38,000" },
    { id: "at-most", words: "up to 1,000" },
  ])("renders $id as “$words”", async ({ id, words }) => {
    const html = await render(id);
    expect(html).toMatch(
      new RegExp(
        `<span class="claim__figure" tabindex="0" aria-describedby="claim-1">${words}</span>`,
      ),
    );
  });

  it("names the claimant, role, date and channel in details tied to the figure", async () => {
    const html = await render("point");
    expect(html).toContain('aria-describedby="claim-1"');
    expect(html).toContain('<span class="claim__details" id="claim-1">');
    expect(html).toContain(
      '<span class="claim__who"><a href="/claimants/zelensky/">Volodymyr Zelensky</a>, President of Ukraine</span>',
    );
    expect(html).toContain('<time datetime="2024-12-23">23 December 2024</time>, statement');
  });

  it("shows verbatim wording, the editorial inference, the relay and the episode", async () => {
    const html = await render("at-most");
    expect(html).toContain("In their words: “up to a battalion of infantry”");
    expect(html).toContain("Editorial inference: a battalion can be up to about 1,000 soldiers");
    expect(html).toContain(
      '<a href="/claimants/syrskyi/">Oleksandr Syrskyi</a>, Commander-in-Chief, as relayed by Volodymyr Zelensky',
    );
    expect(html).toMatch(/One episode: 3\s?–\s?4 January 2025, near Makhnovka/);
  });

  it("links to each of its sources by the page's source numbers", async () => {
    // at-most is cited after four other claims, so its two sources are 5 and 6.
    const html = await render("at-most");
    expect(html).toContain('<a href="#source-5" aria-label="Source 5">5</a>');
    expect(html).toContain('<a href="#source-6" aria-label="Source 6">6</a>');
  });

  it("refuses an unknown id", async () => {
    await expect(render("nope")).rejects.toThrow('<Claim>: unknown claim id "nope"');
  });

  it("refuses to render outside an explainer", async () => {
    await expect(container.render(Claim, { props: { id: "point" } })).rejects.toThrow(
      "can only be used in an explainer body",
    );
  });
});
