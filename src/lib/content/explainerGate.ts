/**
 * The gate on what is compiled. These run inside the body compile (explainerBody.ts), on the
 * very trees that become the page's HTML, so a rule cannot be dodged by writing
 * something a separate parse would read differently. The content check runs the same
 * `checkExplainerBody()` earlier to report every problem at once; this is what makes the rules
 * hold even if that check were skipped or disagreed.
 */
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineMdastPlugin } from "satteri";
import { checkExplainerBody, isCommentOnly, tooManyMarks, type MdNode } from "./bodyRules.ts";
import { ContentError, type ContentIssue } from "./issues.ts";
import { isSafeLinkHref } from "../util/urls.ts";

const fileOf = (root: string, url: URL | undefined) =>
  url ? relative(root, fileURLToPath(url)).split(sep).join("/") : "(an MDX file)";

/** Fails the compile of any explainer body that breaks the rules, with `file:line:column`. */
export function explainerGate(root: string) {
  return defineMdastPlugin({
    name: "explainer-gate",
    options: { position: true },
    before(tree, ctx) {
      const file = fileOf(root, ctx.fileURL);
      const crowded = tooManyMarks(ctx.source, file);
      const issues = crowded
        ? [crowded]
        : checkExplainerBody(tree as unknown as MdNode, file, ctx.source);
      if (issues.length) throw gateError(issues);
    },
  });
}

/** The report as an error that also carries the first problem's place, for the dev overlay. */
function gateError(issues: ContentIssue[]): ContentError {
  const error = new ContentError(issues) as ContentError & { line?: number; column?: number };
  error.line = issues[0]!.line;
  error.column = issues[0]!.column;
  return error;
}

/** Elements that run script, load other documents, or take input; never in a body. */
const UNSAFE_TAGS = new Set(
  (
    "script style link meta base iframe frame frameset object embed applet form button " +
    "textarea select option template noscript portal svg math dialog"
  ).split(" "),
);
const URL_PROPERTIES = new Set([
  "href",
  "src",
  "cite",
  "action",
  "formAction",
  "poster",
  "data",
  "xLinkHref",
  "background",
]);

interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string | null;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  position?: { start: { line: number; column: number } };
}

/**
 * What must never reach a page, checked on the HTML tree after every content plugin: raw HTML,
 * script-capable elements, event handlers, script URLs, and code. A second line behind the
 * Markdown-tree rules; it should never fire, and fails the build if it does.
 */
export function unsafeHtml(tree: HastNode, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (node: HastNode, message: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    issues.push({ file, line: start.line, column: start.column, message });
  };
  const visit = (node: HastNode) => {
    if (node.type === "raw") return report(node, "raw HTML would be published unchecked");
    if (node.type === "mdxjsEsm") return report(node, "an import or export would run");
    if (
      (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") &&
      !isCommentOnly(node.value ?? "")
    )
      return report(node, "an expression would run");
    if (node.type === "element") {
      const tag = (node.tagName ?? "").toLowerCase();
      if (UNSAFE_TAGS.has(tag)) report(node, `<${tag}> would be published`);
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        // (An author's own style attribute was refused on the Markdown tree.)
        if (/^on/i.test(key) || /^(srcdoc|formaction)$/i.test(key))
          report(node, `attribute ${key} would be published on <${tag}>`);
        else if (URL_PROPERTIES.has(key) && typeof value === "string" && !isSafeLinkHref(value))
          report(node, `unsafe address ${JSON.stringify(value)} would be published on <${tag}>`);
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return issues;
}
