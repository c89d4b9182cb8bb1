/**
 * The rules an explainer's body must keep to, checked on the Markdown tree (mdast) that is
 * compiled: explainers are content, not code. The same function runs in two places, so they
 * cannot disagree: inside the body compile itself (`explainerGate.ts`, which fails the build) and
 * in `npm run check` / the pre-build check (`checkContent.ts`, which reports every problem at
 * once). Both get their tree from `parseExplainerBody()` settings, GFM included.
 *
 * Refused: imports and exports; `{expressions}` other than `{/* notes *\/}`; spread props;
 * components other than the author components, and props they do not take; props that are not
 * plain text in quotes; HTML outside a short list of harmless elements and attributes (no event
 * handlers, no `id`, no `style`); unsafe links and images from other hosts; raw HTML and syntax
 * the site does not render; characters that reorder the text around them.
 */
import { posix } from "node:path";
import { AUTHOR_COMPONENTS, isAuthorComponent } from "../../schemas/components.ts";
import { closest } from "../util/didYouMean.ts";
import { show, type ContentIssue } from "./issues.ts";
import {
  CONTROL_CHARACTER,
  describeUrlProblem,
  imageSrcProblem,
  linkHrefProblem,
  sourceUrlProblem,
} from "../util/urls.ts";

/** An mdast node as satteri gives it (unist shapes, MDX nodes included). */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string | null;
  url?: string;
  identifier?: string;
  title?: string | null;
  alt?: string | null;
  depth?: number;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset?: number } };
}
export interface MdAttribute {
  type: string;
  name?: string;
  value?: string | null | { type?: string; value?: string };
  position?: { start: { line: number; column: number } };
}

/**
 * No explainer nests quotes, lists or elements this deep; a document that does is an attack on
 * the build machine's stack, refused before anything walks it recursively.
 */
export const MAX_DEPTH = 100;

/** Markdown and GFM nodes that render as plain content. */
const CONTENT_NODES = new Set([
  "root",
  "paragraph",
  "heading",
  "thematicBreak",
  "blockquote",
  "list",
  "listItem",
  "code",
  "definition",
  "text",
  "emphasis",
  "strong",
  "inlineCode",
  "break",
  "link",
  "image",
  "linkReference",
  "imageReference",
  "footnoteDefinition",
  "footnoteReference",
  "table",
  "tableRow",
  "tableCell",
  "delete",
  // Front matter is read by Astro, never rendered.
  "yaml",
  "toml",
]);

/** HTML an author may write: harmless, inline or simple block elements. */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    "a abbr b bdi br cite code dd del dfn div dl dt em figcaption figure hr i img ins kbd li mark " +
    "ol p q s small span strong sub sup table tbody td tfoot th thead time tr u ul wbr"
  ).split(" "),
);
/**
 * Attributes allowed on that HTML, plus `aria-*`. Never `id` or `name` (page ids belong to the
 * layout, and author ids could clobber them), `style`, event handlers or `data-*` (the page's
 * scripts read data attributes).
 */
export const HTML_ATTRIBUTES: ReadonlySet<string> = new Set(
  (
    "href title lang dir cite datetime alt src width height colspan rowspan " +
    "scope role start reversed abbr"
  ).split(" "),
);
const URL_ATTRIBUTES = new Set(["href", "cite"]);

const CODE_HINT =
  'Explainers hold content only. Figures come from <Claim id="..." />; write notes as {/* a note */}.';
const LINK_HINT =
  "Links must be https:// or http:// addresses, mailto:, a #fragment or a path on this site.";

/** True when an MDX expression holds nothing but comments and whitespace: `{/* a note *\/}`. */
export function isCommentOnly(expression: string): boolean {
  // A scan, not a regex: an unclosed "/*" repeated would make a lazy regex quadratic.
  let i = 0;
  for (;;) {
    while (i < expression.length && /\s/.test(expression[i]!)) i++;
    if (i === expression.length) return true;
    if (!expression.startsWith("/*", i)) return false;
    const end = expression.indexOf("*/", i + 2);
    if (end === -1) return false;
    i = end + 2;
  }
}

/** Pictures the build reads from disk: raster formats only (an SVG can carry script). */
const IMAGE_EXTENSIONS = /\.(png|jpe?g|webp|avif|gif)$/i;

/**
 * Why a local image address is refused, or undefined. The build imports a Markdown image as a
 * module, so the address must name a picture file inside src/assets/ and nothing else: no other
 * file type (a .mjs would run), no query (?raw reads any file as text), no escapes (%2e%2e is
 * decoded to ../ after the check), and no way out of the folder.
 */
export function localImageProblem(src: string, file: string): string | undefined {
  if (/[%?#\\]/.test(src)) return "must be a plain path, without %, ?, # or \\";
  if (!IMAGE_EXTENSIONS.test(src)) return "is not a .png, .jpg, .webp, .avif or .gif file";
  // The page finds pictures by extension in lower or upper case (ExplainerBody.astro).
  const extension = src.slice(src.lastIndexOf(".") + 1);
  if (extension !== extension.toLowerCase() && extension !== extension.toUpperCase())
    return `has the extension .${extension}: write it all in lower case (.${extension.toLowerCase()})`;
  if (src.startsWith("/")) return undefined; // served as is from public/, never imported
  const path = posix.normalize(posix.join(posix.dirname(file), src));
  if (!path.startsWith("src/assets/")) return "is not in src/assets/";
  return undefined;
}

/** A picture address the build reads from the project (relative), not a site path or a URL. */
export const isAssetPath = (src: string): boolean => !/^(?:\/|[a-z][a-z0-9+.-]*:)/i.test(src);

/**
 * The body's pictures that the build reads from src/assets/ (Markdown images and `<img>`
 * written as JSX with a relative path the rules accept), as project paths with their places.
 * Which of them exist is for the caller to look up: the compile and the check both do.
 */
export function localPictures(
  tree: MdNode,
  file: string,
): Array<{ path: string; line: number; column: number }> {
  const out: Array<{ path: string; line: number; column: number }> = [];
  // `![map][front]` takes its address from `[front]: ../../assets/front.png`.
  const definitions = new Map<string, string>();
  const collect = (node: MdNode, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (node.type === "definition" && node.identifier && node.url !== undefined)
      definitions.set(node.identifier.toLowerCase(), node.url);
    for (const child of node.children ?? []) collect(child, depth + 1);
  };
  collect(tree, 0);
  const visit = (node: MdNode, depth: number) => {
    if (depth > MAX_DEPTH) return;
    let src: string | undefined;
    if (node.type === "image") src = node.url;
    else if (node.type === "imageReference" && node.identifier)
      src = definitions.get(node.identifier.toLowerCase());
    else if (
      (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") &&
      node.name === "img"
    ) {
      const value = node.attributes?.find((a) => a.name === "src")?.value;
      if (typeof value === "string") src = value;
    }
    if (src !== undefined && isAssetPath(src) && localImageProblem(src, file) === undefined) {
      const start = node.position?.start ?? { line: 1, column: 1 };
      out.push({
        path: posix.normalize(posix.join(posix.dirname(file), src)),
        line: start.line,
        column: start.column,
      });
    }
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(tree, 0);
  return out;
}

/** A picture the body names whose file is not there. */
export function missingPictureIssue(
  place: { file: string; line: number; column: number },
  path: string,
): ContentIssue {
  return {
    ...place,
    field: "image",
    message: `image file not found: ${path}`,
    hint: "Save the picture under src/assets/ and write its path from the explainer, e.g. ../../assets/map.png.",
  };
}

/** The most `<` or `{` an explainer body may hold. */
export const MAX_MARKS = 2000;

/**
 * A body with thousands of tags or braces, as a problem; undefined otherwise. The MDX parser
 * slows down sharply on such input (minutes for a few hundred kilobytes of nested tags), and no
 * explainer needs that many, so the check refuses it before parsing and the compile's gate
 * reports it the same way.
 */
export function tooManyMarks(body: string, file: string): ContentIssue | undefined {
  for (const [mark, what] of [
    ["<", "tags"],
    ["{", "{ braces"],
  ] as const) {
    let n = 0;
    for (let i = body.indexOf(mark); i !== -1; i = body.indexOf(mark, i + 1)) n++;
    if (n > MAX_MARKS)
      return {
        file,
        line: 1,
        column: 1,
        message: `has ${n.toLocaleString("en")} ${what}; an explainer may have at most ${MAX_MARKS.toLocaleString("en")}`,
        hint: "Split the story, or move long tables of figures into claims and charts.",
      };
  }
  return undefined;
}

/** Check an explainer's body tree. Never throws; returns every problem found, in tree order. */
export function checkExplainerBody(tree: MdNode, file: string, source?: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const locate = source === undefined ? undefined : attributeLocator(source);
  const definitions = new Map<string, MdNode>();
  const imageRefs: MdNode[] = [];
  const at = (node: { position?: MdNode["position"] }, fallback?: MdNode) => {
    const start = node.position?.start ?? fallback?.position?.start ?? { line: 1, column: 1 };
    return { file, line: start.line, column: start.column };
  };
  const codeIssue = (node: MdNode, what: string, fallback?: MdNode) =>
    issues.push({
      ...at(node, fallback),
      field: "code",
      message: `code is not allowed in an explainer: ${what}`,
      hint: CODE_HINT,
    });
  const control = (
    value: unknown,
    place: { file: string; line: number; column: number },
    field = "text",
  ) => {
    const found = typeof value === "string" ? CONTROL_CHARACTER.exec(value) : null;
    if (found)
      issues.push({
        ...place,
        field,
        message: `contains a control character (U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`,
        hint: "Delete it: it shows as nothing, and a feed that carried it would be refused by feed readers.",
      });
  };
  const text = (node: MdNode) => {
    control(node.value, at(node));
    if (typeof node.value === "string" && BIDI_OVERRIDE.test(node.value))
      issues.push({
        ...at(node),
        field: "text",
        message: "contains a character that reverses the order of the text around it",
        hint: "Delete the invisible direction-override character (U+202A–U+202E or U+2066–U+2069); write right-to-left text as it is.",
      });
  };

  let tooDeep = false;
  const visit = (node: MdNode, depth: number) => {
    if (depth > MAX_DEPTH) {
      if (!tooDeep)
        issues.push({
          ...at(node),
          message: `content is nested more than ${MAX_DEPTH} levels deep`,
          hint: "Flatten the quotes, lists or elements at this line.",
        });
      tooDeep = true;
      return;
    }
    switch (node.type) {
      case "mdxjsEsm":
        codeIssue(node, "an import or export");
        return; // its contents are code, not content
      case "mdxFlowExpression":
      case "mdxTextExpression":
        if (!isCommentOnly(node.value ?? ""))
          codeIssue(node, `the expression {${(node.value ?? "").trim().slice(0, 40)}}`);
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkElement(node);
        break;
      case "link":
      case "definition": {
        const problem = linkHrefProblem(node.url ?? "");
        if (problem)
          issues.push({
            ...at(node),
            field: "link",
            message: `unsafe link ${show(node.url ?? "")}: it ${describeUrlProblem(problem)}`,
            hint: LINK_HINT,
          });
        if (node.type === "definition" && node.identifier)
          definitions.set(node.identifier.toLowerCase(), node);
        attributeText(node, at(node));
        break;
      }
      case "image":
        imageIssue(node.url ?? "", at(node));
        attributeText(node, at(node));
        break;
      case "imageReference":
        imageRefs.push(node);
        break;
      case "text":
      case "code":
      case "inlineCode":
        text(node);
        break;
      case "html":
        issues.push({
          ...at(node),
          field: "html",
          message: `raw HTML is not allowed in an explainer (got ${show((node.value ?? "").slice(0, 40))})`,
          hint: "Use Markdown, or the simple HTML elements listed in the authoring guide.",
        });
        return;
      default:
        if (!CONTENT_NODES.has(node.type)) {
          issues.push({
            ...at(node),
            message: `unsupported syntax (${node.type}) in an explainer`,
            hint: "Use Markdown, the author components, or simple HTML.",
          });
          return;
        }
    }
    for (const child of node.children ?? []) visit(child, depth + 1);
  };

  // A link's title and an image's alt text and title are text a reader sees too.
  const attributeText = (node: MdNode, place: { file: string; line: number; column: number }) => {
    for (const value of [node.title, node.alt]) control(value, place);
    for (const value of [node.title, node.alt])
      if (typeof value === "string" && BIDI_OVERRIDE.test(value))
        issues.push({
          ...place,
          field: "text",
          message: "contains a character that reverses the order of the text around it",
          hint: "Delete the invisible direction-override character (U+202A–U+202E or U+2066–U+2069); write right-to-left text as it is.",
        });
  };

  const imageIssue = (src: string, place: { file: string; line: number; column: number }) => {
    const problem = imageSrcProblem(src);
    if (!problem) {
      const local = localImageProblem(src, file);
      if (local)
        issues.push({
          ...place,
          field: "image",
          message: `image ${show(src)} ${local}`,
          hint: "Save pictures as .png, .jpg, .webp, .avif or .gif files in src/assets/ and link them with a relative path, e.g. ../../assets/map.png.",
        });
      return;
    }
    issues.push({
      ...place,
      field: "image",
      message:
        problem === "remote"
          ? `image from another site ${show(src)}`
          : `unsafe image address ${show(src)}: it ${describeUrlProblem(problem)}`,
      hint:
        problem === "remote"
          ? "Images must be files of this site (e.g. ../../assets/map.png, saved in src/assets/): other hosts can track readers and change the picture after publication."
          : "Images must be files of this site, e.g. ../../assets/map.png (saved in src/assets/).",
    });
  };

  const checkElement = (node: MdNode) => {
    const name = node.name ?? "";
    const attributes = node.attributes ?? [];
    for (const attr of attributes) {
      if (attr.type === "mdxJsxExpressionAttribute") codeIssue(node, "a {...} spread of props");
    }
    const props = attributes.filter(
      (a): a is MdAttribute & { name: string } =>
        a.type === "mdxJsxAttribute" && typeof a.name === "string",
    );
    const quoted = (attr: MdAttribute): attr is MdAttribute & { value: string } =>
      typeof attr.value === "string";
    const where = (attr: MdAttribute) => {
      const found = attr.name ? locate?.(node, attr.name) : undefined;
      return found ? { file, ...found } : at(attr, node);
    };

    if (name === "") {
      issues.push({
        ...at(node),
        field: "<>",
        message: "fragments (<>…</>) are not allowed in an explainer",
        hint: "Remove the <> and </> around the content.",
      });
      return;
    }
    if (/^[a-z]/.test(name) && !name.includes(".") && !name.includes(":")) {
      if (!HTML_ELEMENTS.has(name)) {
        issues.push({
          ...at(node),
          field: `<${name}>`,
          message: `<${name}> is not allowed in an explainer`,
          hint: "Use Markdown, or simple HTML such as <abbr>, <sup> or <span>; embeds, scripts and forms are not content.",
        });
        return;
      }
      for (const attr of props) {
        const lower = attr.name.toLowerCase();
        const field = `<${name} ${attr.name}>`;
        if (!HTML_ATTRIBUTES.has(lower) && !/^aria-[a-z]+$/.test(lower)) {
          issues.push({
            ...where(attr),
            field,
            message: `attribute "${attr.name}" is not allowed on <${name}>`,
            hint:
              lower === "id"
                ? "Ids belong to the page layout; link to a section with its heading's #anchor instead."
                : "Allowed: href, title, lang, dir, cite, datetime, alt, src, width, height, colspan, rowspan, scope, role, start, reversed, abbr and aria-*.",
          });
        } else if (!quoted(attr) && attr.value !== null) {
          issues.push({
            ...where(attr),
            field,
            message: `${attr.name} must be written as text in quotes`,
          });
        } else if (quoted(attr) && lower === "src") {
          imageIssue(attr.value, where(attr));
        } else if (quoted(attr) && URL_ATTRIBUTES.has(lower)) {
          const problem = linkHrefProblem(attr.value);
          if (problem)
            issues.push({
              ...where(attr),
              field,
              message: `unsafe link ${show(attr.value)}: it ${describeUrlProblem(problem)}`,
              hint: LINK_HINT,
            });
        } else if (quoted(attr)) {
          textValue(attr, field, where(attr));
        }
      }
      return;
    }
    if (!isAuthorComponent(name)) {
      const names = Object.keys(AUTHOR_COMPONENTS);
      const near = closest(name, names);
      issues.push({
        ...at(node),
        field: `<${name}>`,
        message: `unknown component <${name}>`,
        hint: near
          ? `Did you mean <${near}>?`
          : `Components available in explainers: ${names.map((c) => `<${c}>`).join(", ")}.`,
      });
      return;
    }
    const spec = AUTHOR_COMPONENTS[name];
    const allowed = Object.keys(spec.props);
    for (const attr of props) {
      const field = `<${name} ${attr.name}>`;
      if (!Object.hasOwn(spec.props, attr.name)) {
        const near = closest(attr.name, allowed);
        issues.push({
          ...where(attr),
          field,
          message: `<${name}> has no prop ${show(attr.name)}`,
          hint: near ? `Did you mean "${near}"?` : `Its props are: ${allowed.join(", ")}.`,
        });
      } else if (!quoted(attr)) {
        issues.push({
          ...where(attr),
          field,
          message: `${attr.name} must be written as text in quotes`,
          hint: `For example: ${spec.example}`,
        });
      } else {
        textValue(attr, field, where(attr));
        // An address a component turns into a link is held to the source rules here, in the
        // compile too, not only in the check.
        const kind = (spec.props as Record<string, { kind: string }>)[attr.name]!.kind;
        const problem = kind === "url" ? sourceUrlProblem(attr.value) : null;
        if (problem)
          issues.push({
            ...where(attr),
            field,
            message: `source ${describeUrlProblem(problem)} (got ${show(attr.value)})`,
            hint: "Sources are absolute https:// or http:// addresses.",
          });
      }
    }
  };

  const textValue = (
    attr: MdAttribute & { value: string },
    field: string,
    place: { file: string; line: number; column: number },
  ) => {
    control(attr.value, place, field);
    if (BIDI_OVERRIDE.test(attr.value))
      issues.push({
        ...place,
        field,
        message: "contains a character that reverses the order of the text around it",
        hint: "Delete the invisible direction-override character (U+202A–U+202E or U+2066–U+2069).",
      });
  };

  visit(tree, 0);
  for (const ref of imageRefs) {
    const def = definitions.get((ref.identifier ?? "").toLowerCase());
    if (def) imageIssue(def.url ?? "", at(ref));
  }
  return issues;
}

/**
 * Embeddings, overrides and isolates: they make the text display in an order other than the one
 * it is stored (and read aloud) in. Marks (U+200E, U+200F) are left to authors of mixed text.
 */
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Where each attribute of a JSX element was written. The parser places elements but not their
 * attributes, so the attribute's name is found in the element's opening tag in the source.
 */
export function attributeLocator(source: string) {
  let lineStarts: number[] | undefined;
  const lineAndColumn = (offset: number) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1))
        lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  return (
    element: { position?: { start: { offset?: number } } },
    name: string,
  ): { line: number; column: number } | undefined => {
    const start = element.position?.start.offset;
    if (start === undefined) return undefined;
    const tag = source.slice(start, start + 4000);
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const found = new RegExp(`[\\s{}"']${escaped}(?=[\\s=/>]|$)`).exec(tag.slice(1));
    return found ? lineAndColumn(start + 1 + found.index + 1) : undefined;
  };
}
