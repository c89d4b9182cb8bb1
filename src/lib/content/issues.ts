/**
 * A problem found in the content, pinned to a place in a source file. Checks collect these
 * rather than throwing, so one run can report every problem at once.
 */
export interface ContentIssue {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column of the offending entry, field or heading. */
  line: number;
  column: number;
  /** Dotted path of the field, e.g. `claims[2].value.n`, or a prop such as `<Claim id>`. */
  field?: string;
  message: string;
  /** What to do about it: a "did you mean", the allowed words, an example. */
  hint?: string;
}

/** Where something is, before a message is attached. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export function issueAt(
  pos: SourcePosition,
  message: string,
  extra: { field?: string; hint?: string } = {},
): ContentIssue {
  return { ...pos, ...extra, message };
}

/** Issues in reading order: by file, then line, then column. */
export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** One issue as an editor-clickable line (`path:line:column`) plus an indented hint. */
export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const field = issue.field ? `${issue.field}: ` : "";
  const hint = issue.hint ? `\n    ${issue.hint}` : "";
  return `${where} ${field}${issue.message}${hint}`;
}

/** The whole report, or an empty string when there is nothing to report. */
export function formatReport(issues: ContentIssue[]): string {
  if (issues.length === 0) return "";
  const sorted = sortIssues(issues);
  const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
  return [`Content check found ${count}:`, "", ...sorted.map(formatIssue), ""].join("\n");
}

/** Thrown by the build when the content has problems; its message is the full report. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(formatReport(issues));
    this.name = "ContentError";
    this.issues = issues;
  }
}

/** Quote a received value for a message: strings in quotes, other values as JSON. */
export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  // Invisible and direction characters are spelled out, so the message reads as stored.
  if (typeof value === "string")
    return JSON.stringify(value).replace(
      /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
  if (value instanceof Date) return value.toISOString().replace("T00:00:00.000Z", "");
  if (typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0)))
    return Object.is(value, -0) ? "-0" : String(value);
  const json = JSON.stringify(value);
  return json.length > 60 ? json.slice(0, 57) + "..." : json;
}
