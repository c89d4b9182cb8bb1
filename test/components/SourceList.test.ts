import { beforeAll, describe, expect, it } from "vitest";
import SourceList from "../../src/components/SourceList.astro";
import type { PageSource } from "../../src/lib/claims/citations.ts";
import { createContainer } from "../helpers/container.ts";

const source = (s: Partial<PageSource> & Pick<PageSource, "url" | "n">): PageSource => ({
  publisher: "Reuters",
  citedFor: [],
  dates: [],
  ...s,
});

describe("<SourceList>", () => {
  let container: Awaited<ReturnType<typeof createContainer>>;
  beforeAll(async () => {
    container = await createContainer();
  });
  const render = (sources: PageSource[]) => container.render(SourceList, { props: { sources } });
  const item = (html: string, n: number) =>
    new RegExp(`<li id="source-${n}" value="${n}">([^]*?)</li>`)
      .exec(html)?.[1]
      ?.replace(/\s+/g, " ");

  it("links a source without a title by its host, after its publisher, never by the bare address", async () => {
    const html = await render([
      source({ url: "https://www.reuters.com/world/europe/x-2024-06-17/", n: 1 }),
    ]);
    expect(item(html, 1)).toBe(
      '<span class="sources__publisher">Reuters</span>, <a href="https://www.reuters.com/world/europe/x-2024-06-17/">reuters.com</a>',
    );
  });

  it("lists every day one address is cited for, under one number", async () => {
    const html = await render([
      source({
        url: "https://example.org/speeches",
        title: "Addresses",
        dates: ["2024-12-23", "2024-12-30", "2025-01-04"],
        n: 1,
      }),
    ]);
    expect(item(html, 1)).toBe(
      '<span class="sources__publisher">Reuters</span>, <a href="https://example.org/speeches">Addresses</a>, <time datetime="2024-12-23">23 December 2024</time>, <time datetime="2024-12-30">30 December 2024</time> and <time datetime="2025-01-04">4 January 2025</time>',
    );
    expect(html.match(/<li /g)).toHaveLength(1);
  });
});
