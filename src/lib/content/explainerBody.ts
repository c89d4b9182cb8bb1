/**
 * An explainer's body, compiled once when the content is loaded, into what its page renders:
 * finished HTML with the author components (`<Claim>`, `<Quote>`, the charts) and the pictures
 * left as slots for the page to fill. The body is data, never code: it is not compiled to a
 * JavaScript module, so nothing in it can run at build time, and an archive of thousands of
 * explainers is not thousands of modules for the bundler (most of a bare Astro + MDX build).
 *
 * The gate and the section structure run here, inside the compile (explainerGate.ts,
 * explainerSections.ts), and the last line of the gate (`unsafeHtml`) runs on the very tree that
 * is turned into the page's HTML, after every change made to it.
 */
import { existsSync } from "node:fs";
import { join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import { toHtml } from "hast-util-to-html";
import { defineHastPlugin, mdxToJs } from "satteri";
import type { SectionSpec } from "../../site.config.ts";
import { isAssetPath, missingPictureIssue, tooManyMarks } from "./bodyRules.ts";
import { explainerGate, unsafeHtml } from "./explainerGate.ts";
import { ContentError, type ContentIssue } from "./issues.ts";
import { explainerSections } from "./explainerSections.ts";
import { MDX_FEATURES, mdxSyntaxIssue } from "./mdxSource.ts";

/** A picture from src/assets/, processed by the page like any Astro image. */
export const PICTURE = "picture";

/** An author component with its props as written, or a picture, with what it wraps. */
export interface BodySlot {
  /** The component's name (`Claim`), or `PICTURE`. */
  component: string;
  /** Props as written: text, or `true` for a bare prop. A picture's `src` is project-relative. */
  props: Record<string, string | true>;
  children: BodyPart[];
}

/** Finished HTML, or a slot. */
export type BodyPart = string | BodySlot;

export interface BodyOptions {
  /** The project folder, for the places in error messages. */
  root: string;
  /** The explainer's file, absolute. */
  file: string;
  /** The project-relative path of the file (`src/content/explainers/x.mdx`), for pictures. */
  path: string;
  sections: readonly SectionSpec[];
  base: string;
}

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/**
 * A plain copy of a tree (satteri's nodes may only be read during their pass), with HTML
 * elements written as JSX (`<abbr title="…">`) made plain elements like any other.
 */
function copy(node: Node): Node {
  if (isJsx(node) && !isComponent(node)) node = asElement(node);
  const out: Node = { type: node.type };
  if (node.position) out.position = { start: { ...node.position.start } };
  if (node.tagName !== undefined) out.tagName = node.tagName;
  if (node.name !== undefined) out.name = node.name;
  if (node.value !== undefined) out.value = node.value;
  if (node.properties) out.properties = { ...node.properties };
  if (node.attributes)
    out.attributes = node.attributes.map((a) => ({ type: a.type, name: a.name, value: a.value }));
  if (node.children) out.children = node.children.map(copy);
  return out;
}

/**
 * Compile `source` (the file's text with its front matter blanked, so lines match the file).
 * Throws the gate's ContentError, with `file:line:column`, for a body that breaks the rules.
 */
export function compileExplainerBody(source: string, options: BodyOptions): BodyPart[] {
  let tree: Node | undefined;
  const capture = defineHastPlugin({
    name: "explainer-body",
    options: { position: true },
    after(root) {
      tree = copy(root);
    },
  });
  // Refused before parsing: the parser slows down sharply on thousands of nested tags.
  const crowded = tooManyMarks(source, options.path);
  if (crowded) throw new ContentError([crowded]);
  try {
    mdxToJs(source, {
      features: { ...MDX_FEATURES },
      fileURL: pathToFileURL(options.file),
      mdastPlugins: [explainerGate(options.root)],
      hastPlugins: [explainerSections(options.sections, options.base), capture],
    });
  } catch (error) {
    // The gate's refusals are placed already; a syntax error is placed here, in the file.
    if (error instanceof ContentError) throw error;
    throw new ContentError([mdxSyntaxIssue(error, options.path)]);
  }
  if (!tree) throw new Error(`${options.path}: the body did not compile`);
  const unsafe = unsafeHtml(tree as never, options.path);
  if (unsafe.length) throw new ContentError(unsafe);
  const parts: BodyPart[] = [];
  for (const child of withoutNotes(tree).children ?? []) emit(child, parts, options.path);
  const missing = missingPictures(parts, options);
  if (missing.length) throw new ContentError(missing);
  return merge(parts);
}

/** Pictures whose file is not there, placed where the body names them. */
function missingPictures(parts: readonly BodyPart[], options: BodyOptions): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const part of parts) {
    if (typeof part === "string") continue;
    issues.push(...missingPictures(part.children, options));
    if (part.component !== PICTURE || existsSync(join(options.root, String(part.props.src))))
      continue;
    const at = pictureAt.get(part) ?? { line: 1, column: 1 };
    issues.push(missingPictureIssue({ file: options.path, ...at }, String(part.props.src)));
  }
  return issues;
}

/** Where each picture slot was written, for the message when its file is missing. */
const pictureAt = new WeakMap<BodySlot, { line: number; column: number }>();

/** Adjacent strings joined: fewer parts to render. */
function merge(parts: BodyPart[]): BodyPart[] {
  const out: BodyPart[] = [];
  for (const part of parts) {
    const last = out.length - 1;
    if (typeof part === "string" && typeof out[last] === "string") out[last] += part;
    else out.push(part);
  }
  return out;
}

const isJsx = (node: Node) =>
  node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";

/** A component is capitalised; `<abbr title="…">` written as JSX is an HTML element. */
const isComponent = (node: Node) => isJsx(node) && /^[A-Z]/.test(node.name ?? "");

/** A picture the build processes: a path into the project, not a site path. */
const isPicture = (node: Node) =>
  node.type === "element" &&
  node.tagName === "img" &&
  typeof node.properties?.src === "string" &&
  isAssetPath(node.properties.src);

const decoded = (src: string) => {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
};

/** True when a node, or any node inside it, must become a slot. */
function hasSlot(node: Node): boolean {
  return isComponent(node) || isPicture(node) || (node.children ?? []).some(hasSlot);
}

function props(node: Node): Record<string, string | true> {
  const out: Record<string, string | true> = Object.create(null) as Record<string, string | true>;
  for (const attribute of node.attributes ?? []) {
    // The gate refuses expression props and spreads; anything else here is a bug.
    if (attribute.type !== "mdxJsxAttribute" || !attribute.name)
      throw new Error(`unsupported prop on <${node.name}>`);
    const value = attribute.value;
    if (value === null || value === undefined) out[attribute.name] = true;
    else if (typeof value === "string") out[attribute.name] = value;
    else throw new Error(`unsupported value for prop ${attribute.name} on <${node.name}>`);
  }
  return out;
}

/** A JSX-written HTML element as a plain one. */
function asElement(node: Node): Node {
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props(node))) properties[name] = value;
  return { type: "element", tagName: node.name ?? "span", properties, children: node.children };
}

/** Marks where an element's children go, to cut its tags apart (never in a body's text). */
const MARK = "\uE000explainer-body\uE000";

/** Nodes that are never published: notes to editors (`{/* … *\/}`); the gate refuses any other. */
const NOTES = new Set(["mdxFlowExpression", "mdxTextExpression", "mdxjsEsm", "comment"]);

function withoutNotes(node: Node): Node {
  if (!node.children) return node;
  return { ...node, children: node.children.filter((c) => !NOTES.has(c.type)).map(withoutNotes) };
}

function emit(node: Node, out: BodyPart[], path: string): void {
  if (isComponent(node)) {
    const children: BodyPart[] = [];
    for (const child of node.children ?? []) emit(child, children, path);
    out.push({ component: node.name!, props: props(node), children: merge(children) });
    return;
  }
  if (isPicture(node)) {
    const { src, alt, title } = node.properties as Record<string, unknown>;
    const picture: Record<string, string | true> = {
      // The Markdown step percent-encodes the address (café.png reads café%C3%A9.png); the
      // rules refuse a % as written, so decoding gives back exactly what the author wrote.
      src: posix.normalize(posix.join(posix.dirname(path), decoded(String(src)))),
      alt: typeof alt === "string" ? alt : "",
    };
    if (typeof title === "string") picture.title = title;
    const slot: BodySlot = { component: PICTURE, props: picture, children: [] };
    if (node.position) pictureAt.set(slot, node.position.start);
    out.push(slot);
    return;
  }
  if (!hasSlot(node)) {
    out.push(toHtml(node as never));
    return;
  }
  // An element holding a slot: its tags around its children's parts.
  const tags = toHtml({ ...node, children: [{ type: "text", value: MARK }] } as never);
  const at = tags.lastIndexOf(MARK);
  out.push(tags.slice(0, at));
  for (const child of node.children ?? []) emit(child, out, path);
  out.push(tags.slice(at + MARK.length));
}

/**
 * The compiled body of an explainer entry, as its loader stored it (explainersLoader.ts). In dev
 * a body that broke a rule was stored with its problem instead: that is thrown here, so the page
 * shows it.
 */
export function bodyOf(entry: {
  id: string;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}): BodyPart[] {
  const stored = entry.rendered?.metadata as { parts?: BodyPart[]; problem?: string } | undefined;
  if (stored?.problem) throw new Error(stored.problem);
  if (!stored?.parts) throw new Error(`explainer "${entry.id}" has no compiled body`);
  return stored.parts;
}
