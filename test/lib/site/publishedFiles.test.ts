// The files `npm run build` writes beside Astro's pages: a card that cannot be drawn stops the
// build with the explainer named (the byte-for-byte comparison with the routes is a build test,
// test/build/publishedFiles.test.ts).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexSite } from "../../../src/lib/site/siteIndex.ts";
import { writePublishedFiles, type SourceExplainer } from "../../../src/lib/site/publishedFiles.ts";
import { ROOT } from "../../helpers/site.ts";

describe("writePublishedFiles", () => {
  it("names the explainer whose card cannot be drawn, and its lead image", async () => {
    const out = mkdtempSync(join(tmpdir(), "published-"));
    const index = indexSite<SourceExplainer>({
      explainers: [],
      claims: [],
      claimants: [],
      subjects: [],
      authors: [],
      events: [],
    });
    const card = {
      slug: "flood-toll",
      content: { siteName: "Desk", host: "example.org", title: "Flood toll", dek: "A dek." },
      backgroundFile: join(out, "missing.jpg"),
      options: { srcDir: join(ROOT, "src"), cacheDir: join(out, "cards") },
    };
    await expect(writePublishedFiles(out, index, [card])).rejects.toThrow(
      /social card of explainer "flood-toll" could not be drawn[^]*missing\.jpg/,
    );
  });
});
