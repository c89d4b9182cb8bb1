// Each concept is declared once; what is derived from it must agree with the declaration.
import { describe, expect, it } from "vitest";
import { authorComponents } from "../../src/components/mdx/index.ts";
import { checkExplainerBody } from "../../src/lib/content/bodyRules.ts";
import { readContentSources } from "../../src/lib/content/checkContent.ts";
import { parseMdx } from "../../src/lib/content/mdxSource.ts";
import { AUTHOR_COMPONENTS, type ComponentSpec } from "../../src/schemas/components.ts";
import { COLLECTIONS, DATA_COLLECTIONS } from "../../src/schemas/collections.ts";
import { ROOT } from "../helpers/site.ts";

describe("author components", () => {
  it("the MDX component map holds exactly the declared components", () => {
    expect(Object.keys(authorComponents).sort()).toEqual(Object.keys(AUTHOR_COMPONENTS).sort());
  });

  it.each(Object.entries(AUTHOR_COMPONENTS) as Array<[string, ComponentSpec]>)(
    "the example for <%s> passes the body rules and gives every required prop",
    (name, spec) => {
      const mdx = parseMdx("example.mdx", `${spec.example}\n`);
      expect(checkExplainerBody(mdx.tree!, "example.mdx", spec.example)).toEqual([]);
      const [el] = mdx.elements;
      expect(el?.name).toBe(name);
      const required = Object.entries(spec.props).filter(([, p]) => p.required);
      for (const [prop] of required) expect(Object.keys(el!.props)).toContain(prop);
      for (const prop of Object.keys(el!.props)) expect(Object.keys(spec.props)).toContain(prop);
    },
  );
});

describe("collections", () => {
  it("every declared collection is read, and only those", () => {
    const sources = readContentSources(ROOT);
    const read = Object.keys(sources).filter((k) => k !== "unread");
    expect(read.sort()).toEqual(Object.keys(COLLECTIONS).sort());
    expect([...DATA_COLLECTIONS, "explainers"].sort()).toEqual(Object.keys(COLLECTIONS).sort());
  });

  it("the example content is all read: nothing in the content folders is skipped", () => {
    expect(readContentSources(ROOT).unread).toEqual([]);
  });
});
