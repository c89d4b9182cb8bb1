import { extractFrontmatter, parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { mdxToMdast, type Features } from "satteri";
import { attributeLocator, MAX_DEPTH, tooManyMarks, type MdNode } from "./bodyRules.ts";
import type { ContentIssue } from "./issues.ts";

/**
 * The parser settings of the body compile (explainerBody.ts). The check parses with them too,
 * so both see the same document: GFM tables, footnotes, autolinks and strikethrough included.
 */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const satisfies Features;

/** A heading in the body, with its plain text and where it starts. */
export interface MdxHeading {
  depth: number;
  text: string;
  /** True when the heading sits inside a component rather than directly in the document. */
  nested: boolean;
  line: number;
  column: number;
}

/** A prop as written: text in quotes, `true` for a bare prop, or an `{expression}`. */
export interface MdxProp {
  value: string | true | { expression: string };
  line: number;
  column: number;
}

/** One use of a JSX component (or HTML element) in the body, in document order. */
export interface MdxElementUse {
  name: string;
  /** A null-prototype record: a prop called `__proto__` is just a prop. */
  props: Record<string, MdxProp>;
  /** Plain text of the element's children (a quote's words). */
  text: string;
  line: number;
  column: number;
}

/** The front matter as Astro reads it: its YAML text and the value Astro will publish. */
export interface MdxFrontmatter {
  /** The text between the fences, starting with the rest of the opening `---` line. */
  text: string;
  /** Lines to add to a line of `text` to get the file's line. */
  lineOffset: number;
  /** The line of the first field. */
  line: number;
  /** What Astro's own parser made of it (undefined when it could not parse it). */
  data: Record<string, unknown> | undefined;
  /** Written between `+++` fences (TOML), which the site does not use. */
  toml: boolean;
}

export interface ParsedMdx {
  frontmatter: MdxFrontmatter | null;
  /** The body's Markdown tree, as the compile sees it; null when it does not parse. */
  tree: MdNode | null;
  headings: MdxHeading[];
  elements: MdxElementUse[];
  /** Prose before the first level-2 heading: the optional lede. */
  hasLede: boolean;
  /** The line where the body (after front matter) starts. */
  bodyLine: number;
  /** The last line of the file, for "add it at the end" messages. */
  lastLine: number;
  /** Front matter and MDX syntax errors, placed. */
  issues: ContentIssue[];
}

/** Plain text of a node, as a reader sees it (no deeper than the body rules allow). */
export function textOf(node: MdNode, depth = 0): string {
  if (typeof node.value === "string" && !node.type.startsWith("mdx")) return node.value;
  if (depth > MAX_DEPTH) return "";
  return (node.children ?? []).map((child) => textOf(child, depth + 1)).join("");
}

const lineAt = (text: string, index: number) => {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
};

/**
 * Split off the front matter exactly as Astro's MDX integration does (same function, same
 * YAML parser), leaving the body with the front matter blanked to spaces so lines still match.
 */
export function splitFrontmatter(
  file: string,
  source: string,
): { frontmatter: MdxFrontmatter | null; body: string; issues: ContentIssue[] } {
  const raw = extractFrontmatter(source);
  if (raw == null) return { frontmatter: null, body: source, issues: [] };
  // Astro's own test for which fence opened it (TOML front matter is not part of the contract).
  const toml = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(source)?.[1] === "+++";
  const fence = toml ? "+++" : "---";
  const openLine = lineAt(source, source.indexOf(fence + raw));
  const frontmatter: MdxFrontmatter = {
    text: raw,
    lineOffset: openLine - 1,
    line: openLine + 1,
    data: undefined,
    toml,
  };
  const blanked = () =>
    source.replace(`${fence}${raw}${fence}`, `   ${raw.replace(/[^\r\n]/g, " ")}   `);
  try {
    const parsed = parseFrontmatter(source, { frontmatter: "empty-with-spaces" });
    frontmatter.data = parsed.frontmatter as Record<string, unknown>;
    return { frontmatter, body: parsed.content, issues: [] };
  } catch (error) {
    const e = error as {
      reason?: string;
      message: string;
      mark?: { line: number; column: number };
    };
    return {
      frontmatter,
      body: blanked(),
      issues: [
        {
          file,
          line: openLine + (e.mark?.line ?? 1),
          column: (e.mark?.column ?? 0) + 1,
          message: `front matter syntax: ${(e.reason ?? e.message).split("\n")[0]}`,
          hint: "Check indentation, and quote text that contains a colon followed by a space.",
        },
      ],
    };
  }
}

// The check looks at each body more than once; parse each once. Results are never mutated by
// callers. The trees are large (for an archive of thousands, gigabytes), so the check lets go of
// them when it is done (forgetParsedMdx), and pages keep only outlines (mdxOutline).
const parsed = new Map<string, ParsedMdx>();
const PARSED_LIMIT = 5000;

/** Drop the parsed trees: the check calls this when it has finished with them. */
export function forgetParsedMdx(): void {
  parsed.clear();
}

/** What pages need of a body: everything parseMdx gives but the tree. */
export type MdxOutline = Omit<ParsedMdx, "tree">;
const outlines = new Map<string, MdxOutline>();
const OUTLINE_LIMIT = 50_000;

/**
 * The outline of an MDX file (headings, component uses with their props, front matter, lines),
 * kept for the process: the site data, cache keys, cards and pages of one explainer all ask.
 */
export function mdxOutline(file: string, source: string): MdxOutline {
  const key = `${file}\u0000${source}`;
  const known = outlines.get(key);
  if (known) return known;
  if (outlines.size >= OUTLINE_LIMIT) outlines.clear();
  const { tree: _tree, ...outline } = parsed.get(key) ?? parseMdxUncached(file, source);
  outlines.set(key, outline);
  return outline;
}

/**
 * Parse an MDX file the way the build will (Astro's front matter split, satteri's MDX parser with
 * the compile's features), to look at it: the tree, headings, component uses with their props,
 * and the front matter, each with its line and column.
 */
export function parseMdx(file: string, source: string): ParsedMdx {
  const key = `${file}\u0000${source}`;
  const known = parsed.get(key);
  if (known) return known;
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  const result = parseMdxUncached(file, source);
  parsed.set(key, result);
  return result;
}

/** A syntax error from satteri's MDX parser, placed in `file` with what to do. */
export function mdxSyntaxIssue(error: unknown, file: string): ContentIssue {
  const message = error instanceof Error ? error.message : String(error);
  // satteri puts the place first: "3:1: Unexpected character ... (mdx-jsx:unexpected-character)".
  const place = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(message);
  const reason = message.slice(place?.[0].length ?? 0).replace(/\s*\([a-z-]+:[a-z-]+\)$/, "");
  return {
    file,
    line: Number(place?.[1] ?? 1),
    column: Number(place?.[2] ?? 1),
    message: `MDX syntax: ${reason}`,
    hint: "Close every <Component> tag (or end it with />), and write { and < in prose as \\{ and \\<.",
  };
}

function parseMdxUncached(file: string, source: string): ParsedMdx {
  // trimEnd, not /\s+$/: that regex is quadratic on text with many runs of spaces.
  const lastLine = lineAt(source.trimEnd(), Infinity);
  const split = splitFrontmatter(file, source);
  const result: ParsedMdx = {
    frontmatter: split.frontmatter,
    tree: null,
    headings: [],
    elements: [],
    hasLede: false,
    bodyLine: split.frontmatter
      ? split.frontmatter.line + split.frontmatter.text.split("\n").length - 1
      : 1,
    lastLine,
    issues: [...split.issues],
  };
  // The MDX parser slows down sharply on thousands of nested tags or unclosed braces; no
  // explainer needs that many, so such a file is refused before it is parsed.
  const crowded = tooManyMarks(split.body, file);
  if (crowded) {
    result.issues.push(crowded);
    return result;
  }
  let tree: MdNode;
  try {
    tree = mdxToMdast(split.body, { features: MDX_FEATURES }) as unknown as MdNode;
  } catch (error) {
    result.issues.push(mdxSyntaxIssue(error, file));
    return result;
  }
  result.tree = tree;

  const children = tree.children ?? [];
  const firstSection = children.findIndex((n) => n.type === "heading" && n.depth === 2);
  const beforeSections = firstSection === -1 ? children : children.slice(0, firstSection);
  result.hasLede = beforeSections.some(
    (n) => n.type !== "yaml" && n.type !== "toml" && n.type !== "mdxjsEsm",
  );

  const locate = attributeLocator(split.body);
  const walk = (node: MdNode, nested: boolean, depth: number) => {
    if (depth > MAX_DEPTH) return; // reported by the body rules
    const pos = node.position?.start ?? { line: 1, column: 1 };
    const where = { line: pos.line, column: pos.column };
    if (node.type === "heading") {
      const depth = (node as { depth?: number }).depth ?? 0;
      result.headings.push({ depth, text: textOf(node).trim(), nested, ...where });
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const props = Object.create(null) as Record<string, MdxProp>;
      for (const attr of node.attributes ?? []) {
        if (attr.type !== "mdxJsxAttribute" || !attr.name) continue;
        const at = locate(node, attr.name) ?? pos;
        const v = attr.value;
        props[attr.name] = {
          value: v == null ? true : typeof v === "string" ? v : { expression: v.value ?? "" },
          line: at.line,
          column: at.column,
        };
      }
      result.elements.push({ name: node.name ?? "", props, text: textOf(node).trim(), ...where });
    }
    const inside = nested || node.type.startsWith("mdxJsx");
    for (const child of node.children ?? []) walk(child, inside, depth + 1);
  };
  for (const child of children) walk(child, false, 1);
  return result;
}
