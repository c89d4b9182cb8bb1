import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { frontmatter } from "micromark-extension-frontmatter";
import { mdxjs } from "micromark-extension-mdxjs";
import type { ContentIssue } from "./issues.ts";

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
  props: Record<string, MdxProp>;
  /** Plain text of the element's children (a quote's words). */
  text: string;
  line: number;
  column: number;
}

/** Code in the body: an import/export, a `{...}` expression, or a `{...spread}` prop. */
export interface MdxCode {
  kind: "esm" | "expression" | "spread";
  text: string;
  line: number;
  column: number;
}

export interface MdxLink {
  url: string;
  line: number;
  column: number;
}

export interface ParsedMdx {
  /** The YAML between the `---` fences, and the line it starts on. */
  frontmatter: { text: string; line: number } | null;
  headings: MdxHeading[];
  elements: MdxElementUse[];
  links: MdxLink[];
  /** Code other than MDX comments: explainers are content, so the check refuses it. */
  code: MdxCode[];
  /** Prose before the first level-2 heading: the optional lede. */
  hasLede: boolean;
  /** The line where the body (after front matter) starts. */
  bodyLine: number;
  /** The last line of the file, for "add it at the end" messages. */
  lastLine: number;
  issues: ContentIssue[];
}

interface Node {
  type: string;
  depth?: number;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: Array<{
    type: string;
    name?: string;
    value?: string | null | { value: string };
    position?: Position;
  }>;
  children?: Node[];
  position?: Position;
}
interface Position {
  start: { line: number; column: number; offset?: number };
  end: { line: number; column: number };
}

/** Plain text of a node, as a reader sees it. */
export function textOf(node: Node): string {
  if (typeof node.value === "string" && node.type !== "mdxjsEsm") return node.value;
  return (node.children ?? []).map(textOf).join("");
}

// The check, the site data and each page all look at the same bodies; parse each once per
// process. Results are never mutated by callers.
const parsed = new Map<string, ParsedMdx>();
const PARSED_LIMIT = 5000;

/**
 * Parse an MDX file the way the build will, but only to look at it: headings, component uses
 * with their props, links, and the front matter text, each with its line and column.
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

function parseMdxUncached(file: string, source: string): ParsedMdx {
  const lastLine = source.replace(/\s+$/, "").split("\n").length;
  const empty: ParsedMdx = {
    frontmatter: null,
    headings: [],
    elements: [],
    links: [],
    code: [],
    hasLede: false,
    bodyLine: 1,
    lastLine,
    issues: [],
  };
  let tree: Node;
  try {
    tree = fromMarkdown(source, {
      extensions: [mdxjs(), frontmatter(["yaml"])],
      mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(["yaml"])],
    }) as Node;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    const reason = e.reason ?? e.message;
    // Some parse errors carry their place only in the text: "... (51:1-51:99)".
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    return {
      ...empty,
      issues: [
        {
          file,
          line: e.line ?? Number(inText?.[1] ?? 1),
          column: e.column ?? Number(inText?.[2] ?? 1),
          message: `MDX syntax: ${reason}`,
          hint: "Close every <Component> tag (or end it with />), and write { and < in prose as {'{'} and {'<'}.",
        },
      ],
    };
  }

  const result: ParsedMdx = { ...empty };
  const children = tree.children ?? [];
  const fm = children.find((n) => n.type === "yaml");
  if (fm?.position) {
    result.frontmatter = { text: fm.value ?? "", line: fm.position.start.line + 1 };
    result.bodyLine = fm.position.end.line + 1;
  }
  const firstSection = children.findIndex((n) => n.type === "heading" && n.depth === 2);
  const beforeSections = firstSection === -1 ? children : children.slice(0, firstSection);
  result.hasLede = beforeSections.some((n) => n.type !== "yaml" && n.type !== "mdxjsEsm");

  const walk = (node: Node, nested: boolean) => {
    const pos = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === "heading") {
      const text = textOf(node).trim();
      result.headings.push({ depth: node.depth ?? 0, text, nested, ...pos });
    } else if (node.type === "link" || node.type === "definition" || node.type === "image") {
      result.links.push({ url: node.url ?? "", ...pos });
    } else if (node.type === "mdxjsEsm") {
      result.code.push({ kind: "esm", text: node.value ?? "", ...pos });
    } else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      // `{/* a note */}` is how MDX writes a comment; anything else would run at build time.
      const text = node.value ?? "";
      if (text.replace(/\/\*[^]*?\*\//g, "").trim() !== "")
        result.code.push({ kind: "expression", text, ...pos });
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const props: Record<string, MdxProp> = {};
      for (const attr of node.attributes ?? []) {
        if (attr.type === "mdxJsxExpressionAttribute") {
          const at = attr.position?.start ?? pos;
          const text = typeof attr.value === "string" ? attr.value : "";
          result.code.push({ kind: "spread", text, line: at.line, column: at.column });
          continue;
        }
        if (attr.type !== "mdxJsxAttribute" || !attr.name) continue;
        const at = attr.position?.start ?? pos;
        const v = attr.value;
        props[attr.name] = {
          value: v == null ? true : typeof v === "string" ? v : { expression: v.value },
          line: at.line,
          column: at.column,
        };
      }
      result.elements.push({ name: node.name ?? "", props, text: textOf(node).trim(), ...pos });
    }
    const inside = nested || node.type.startsWith("mdxJsx");
    node.children?.forEach((child) => walk(child, inside));
  };
  children.forEach((child) => walk(child, false));
  return result;
}
