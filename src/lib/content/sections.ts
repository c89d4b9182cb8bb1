import type { SectionSpec } from "../../site.config.ts";
import { closest } from "../util/didYouMean.ts";
import type { ContentIssue } from "./issues.ts";
import type { MdxHeading } from "./mdxSource.ts";

/** A section heading found in an explainer, matched to its configured kind. */
export interface FoundSection {
  spec: SectionSpec;
  heading: MdxHeading;
}

const normalise = (label: string) => label.trim().replace(/\s+/g, " ").toLowerCase();

/** The configured section a heading names (case and spacing do not matter), if any. */
export function matchSection(text: string, specs: readonly SectionSpec[]): SectionSpec | undefined {
  const wanted = normalise(text);
  return specs.find((s) => normalise(s.label) === wanted);
}

/**
 * Check an explainer's headings against the configured sections: every level-2 heading must
 * name a section, each at most once, in the configured order, with the required ones present.
 * Returns the sections found (in document order) and every problem, each pinned to a line.
 */
export function checkSections(
  file: string,
  headings: readonly MdxHeading[],
  specs: readonly SectionSpec[],
  lastLine: number,
): { sections: FoundSection[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const sections: FoundSection[] = [];
  const labels = specs.map((s) => s.label);
  const list = labels.map((l) => `"## ${l}"`).join(", ");
  // A misspelt heading already says which section it should be; don't also call that missing.
  const suggested = new Set<string>();

  for (const heading of headings) {
    if (heading.nested) continue;
    const where = { file, line: heading.line, column: heading.column };
    if (heading.depth === 1) {
      issues.push({
        ...where,
        message: `level-1 heading "# ${heading.text}" in the body`,
        hint: "The headline comes from `title` in the front matter. Use ## for sections and ### inside them.",
      });
      continue;
    }
    if (heading.depth !== 2) continue;
    const spec = matchSection(heading.text, specs);
    if (!spec) {
      const near = closest(heading.text, labels);
      if (near) suggested.add(near);
      issues.push({
        ...where,
        message: `unknown section "## ${heading.text}"`,
        hint: near
          ? `Did you mean "## ${near}"? Sections are, in order: ${list}.`
          : `Sections are, in order: ${list}. For a sub-heading inside a section, use ###.`,
      });
      continue;
    }
    const earlier = sections.find((s) => s.spec.key === spec.key);
    if (earlier) {
      issues.push({
        ...where,
        message: `section "## ${spec.label}" appears twice (first on line ${earlier.heading.line})`,
        hint: "Merge the two into one section.",
      });
      continue;
    }
    const order = specs.indexOf(spec);
    const later = sections.find((s) => specs.indexOf(s.spec) > order);
    if (later) {
      issues.push({
        ...where,
        message: `section "## ${spec.label}" is out of order: it must come before "## ${later.spec.label}" (line ${later.heading.line})`,
        hint: `Sections go in this order: ${list}.`,
      });
    }
    sections.push({ spec, heading });
  }

  for (const spec of specs) {
    if (!spec.required || suggested.has(spec.label)) continue;
    if (sections.some((s) => s.spec.key === spec.key)) continue;
    // Point at the heading the missing section should precede, or the end of the file.
    const order = specs.indexOf(spec);
    const next = sections.find((s) => specs.indexOf(s.spec) > order);
    const prev = [...sections].reverse().find((s) => specs.indexOf(s.spec) < order);
    // Pointing only at the next heading would leave the section's content (quotes, say) under
    // the one before it: say where that one runs to, and that the heading goes where it ends.
    const runsTo = next ? next.heading.line - 1 : lastLine;
    issues.push({
      file,
      line: next?.heading.line ?? lastLine,
      column: 1,
      message: `missing required section "## ${spec.label}"`,
      hint: prev
        ? `"## ${prev.spec.label}" (line ${prev.heading.line}) runs on to line ${runsTo}: add "## ${spec.label}" where its own content starts within those lines${next ? ` (directly above "## ${next.spec.label}" on line ${next.heading.line} only if it has none yet)` : ""}.`
        : next
          ? `Add "## ${spec.label}" before "## ${next.spec.label}" (line ${next.heading.line}).`
          : `Add "## ${spec.label}". Sections are, in order: ${list}.`,
    });
  }
  return { sections, issues };
}
