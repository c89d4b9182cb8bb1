// <Claim> with a spokesperson's figure and with two sources at one address.
import { beforeAll, describe, expect, it } from "vitest";
import Claim from "../../src/components/mdx/Claim.astro";
import { createContainer } from "../helpers/container.ts";
import { claimants, claims, contextFor } from "../helpers/explainerContext.ts";

describe("<Claim> credits and source numbers", () => {
  let container: Awaited<ReturnType<typeof createContainer>>;
  beforeAll(async () => {
    container = await createContainer();
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
    const page = "https://example.org/coalition/updates";
    claims.set("vidal-figure", {
      ...claims.get("point")!,
      id: "vidal-figure",
      claimant: "vidal",
      relayedVia: "vidal",
      sources: [
        { url: page, publisher: "Coalition", date: "2024-12-22" },
        { url: `${page}/`, publisher: "Coalition", date: "2024-12-23" },
      ],
    });
  });
  const render = (id: string) =>
    container.render(Claim, {
      props: { id },
      locals: { explainer: contextFor(`<Claim id="${id}" />`) },
    });

  it("names a spokesperson on behalf of whom they speak, as claimant and as relay", async () => {
    const html = await render("vidal-figure");
    expect(html).toContain(
      '<a href="/claimants/vidal/#claim-vidal-figure">Núria Vidal, for the Port Vell Housing Coalition</a>, Spokesperson',
    );
    expect(html).toContain("as relayed by Núria Vidal, for the Port Vell Housing Coalition");
  });

  it("gives two sources at one address one superscript", async () => {
    const html = await render("vidal-figure");
    expect(html.match(/<a href="#source-\d+"/g)).toEqual(['<a href="#source-1"']);
  });
});
