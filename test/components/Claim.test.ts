import { beforeAll, describe, expect, it } from "vitest";
import Claim from "../../src/components/mdx/Claim.astro";
import { createContainer } from "../helpers/container.ts";
import { claim, contextFor } from "../helpers/explainerContext.ts";

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
        `<span class="claim__figure" tabindex="0" aria-describedby="figure-details-1">${words}</span>`,
      ),
    );
  });

  it("names the claimant, role, date and channel in details tied to the figure", async () => {
    const html = await render("point");
    expect(html).toContain('aria-describedby="figure-details-1"');
    expect(html).toContain('<span class="claim__details" id="figure-details-1">');
    // The claimant link lands on this claim's row in their record.
    expect(html).toContain(
      '<span class="claim__who"><a href="/claimants/zelensky/#claim-point">Volodymyr Zelensky</a>, President of Ukraine</span>',
    );
    expect(html).toContain('<time datetime="2024-12-23">23 December 2024</time>, statement');
  });

  it("shows verbatim wording, the editorial inference, the relay and the episode", async () => {
    const html = await render("at-most");
    expect(html).toContain("In their words: “up to a battalion of infantry”");
    expect(html).toContain("Editorial inference: a battalion can be up to about 1,000 soldiers");
    expect(html).toContain(
      '<a href="/claimants/syrskyi/#claim-at-most">Oleksandr Syrskyi</a>, Commander-in-Chief, as relayed by Volodymyr Zelensky',
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

  describe("revisions", () => {
    // Police said 38,000 on 17 June, then revised it to 45,000 on 20 June.
    const revision = [
      claim({
        id: "police-first",
        claimant: "pentagon",
        date: "2024-06-17",
        value: { kind: "point", n: 38000 },
      }),
      claim({
        id: "police-revised",
        claimant: "pentagon",
        date: "2024-06-20",
        value: { kind: "point", n: 45000 },
        supersedes: "police-first",
      }),
    ];
    const body = '<Claim id="police-first" />\n<Claim id="police-revised" />';
    const renderIn = (id: string, feed = false) =>
      container.render(Claim, {
        props: { id },
        locals: { explainer: { ...contextFor(body, revision), feed } },
      });

    it("says in a revising figure's details what it replaced", async () => {
      const html = await renderIn("police-revised");
      expect(html).toContain(
        '<span class="claim__revises">Revised from 38,000 on <time datetime="2024-06-17">17 June 2024</time></span>',
      );
      expect(html).not.toContain("later revised");
    });

    it("marks a revised figure in the sentence itself, outside the details and in feeds", async () => {
      for (const feed of [false, true]) {
        const html = await renderIn("police-first", feed);
        const note = html.slice(html.indexOf("claim__revised-later"));
        expect(note).toMatch(
          /^claim__revised-later"> \(later revised to 45,000 on <time datetime="2024-06-20">20 June 2024<\/time>\)<\/span>/,
        );
        expect(html.indexOf("claim__revised-later")).toBeGreaterThan(
          html.lastIndexOf("claim__details"),
        );
        expect(html).not.toContain("claim__revises");
      }
    });
  });

  describe("permalinks", () => {
    it("anchors the first rendering of a claim as #claim-<id> and links to it", async () => {
      const html = await render("point");
      expect(html).toContain('<span class="claim" data-claim="point" id="claim-point">');
      expect(html).toContain(
        '<a class="claim__permalink" href="#claim-point" data-pagefind-ignore>Link to this figure</a>',
      );
    });

    it("gives the anchor once per page: a claim shown twice keeps ids unique", async () => {
      const explainer = contextFor(BODY);
      const first = await container.render(Claim, {
        props: { id: "point" },
        locals: { explainer },
      });
      const again = await container.render(Claim, {
        props: { id: "point" },
        locals: { explainer },
      });
      expect(first).toContain('id="claim-point"');
      expect(again).not.toContain('id="claim-point"');
      // Both still offer the link, which lands on the first.
      expect(again).toContain('href="#claim-point"');
    });
  });
});
