import { defineHastPlugin, type HastContent } from "satteri";
import type { SectionSpec } from "../../site.config.ts";
import { matchSection } from "./sections.ts";
import { slugWords } from "../util/slug.ts";
import { isSafeLinkHref } from "../util/urls.ts";

type Node = HastContent & { type: string; tagName?: string; children?: Node[] };

/**
 * Turns an explainer's flat body into its structure: everything before the first level-2
 * heading becomes the lede, and each level-2 heading opens a `<section>` landmark that holds it
 * and the content up to the next one. The section's id is the configured key, so jump links
 * and styles are stable whatever case the author typed the heading in.
 */
export function explainerSections(specs: readonly SectionSpec[], base = "/") {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return defineHastPlugin({
    name: "explainer-sections",
    element: {
      filter: ["a", "h1", "h3", "h4", "h5", "h6"],
      visit(node, ctx) {
        if (node.tagName !== "a") {
          // Sub-headings get ids of their own kind ("h-…"), so "### main" or "### Source 1"
          // can never take an id the layout uses (#main, #source-1) and steal its links.
          if (typeof node.properties?.id === "string") return;
          const data = ctx.data as { headingIds?: Map<string, number> };
          const seen = (data.headingIds ??= new Map<string, number>());
          const id = `h-${slugWords(ctx.textContent(node)) || "heading"}`;
          const n = seen.get(id) ?? 0;
          seen.set(id, n + 1);
          ctx.setProperty(node, "id", n ? `${id}-${n + 1}` : id);
          return;
        }
        const href = node.properties?.href;
        if (typeof href !== "string") return;
        if (!isSafeLinkHref(href)) {
          // Defence in depth: the content check refuses script links; drop any it missed.
          ctx.setProperty(node, "href", undefined);
        } else if (prefix !== "/" && href.startsWith("/") && !href.startsWith("//")) {
          // A site link is written from the site root ("/topics/kursk/") and must follow the
          // site to its base path, even when its first segment looks like the base.
          ctx.setProperty(node, "href", prefix + href.slice(1));
        }
      },
    },
    after(root, ctx) {
      const children = root.children as Node[];
      if (!children.some(isSectionHeading)) return;
      const lede: Node[] = [];
      const out: Node[] = [];
      let current: Node | null = null;
      for (const child of children) {
        if (isSectionHeading(child)) {
          const text = ctx.textContent(child).trim();
          const key = matchSection(text, specs)?.key ?? slug(text);
          const heading = {
            ...child,
            properties: {
              ...(child as { properties?: object }).properties,
              id: `${key}-title`,
              className: ["section__label"],
            },
          } as Node;
          current = {
            type: "element",
            tagName: "section",
            properties: {
              id: key,
              className: ["section", `section--${key}`],
              ariaLabelledBy: [`${key}-title`],
            },
            children: [heading],
          } as Node;
          out.push(current);
        } else if (current) {
          current.children!.push(child);
        } else if (child.type === "element" || child.type.startsWith("mdxJsx")) {
          lede.push(child);
        } else {
          out.push(child); // whitespace, ESM imports: keep them where they were
        }
      }
      const ledeBlock = lede.length
        ? [
            {
              type: "element",
              tagName: "div",
              properties: { className: ["lede"] },
              children: lede,
            } as Node,
          ]
        : [];
      ctx.replaceNode(root, { type: "root", children: [...ledeBlock, ...out] } as never);
    },
  });
}

const isSectionHeading = (n: Node) => n.type === "element" && n.tagName === "h2";
const slug = (text: string) => slugWords(text) || "section";
