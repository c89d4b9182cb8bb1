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
  /**
   * A warning is worth fixing but publishes as it is (a title longer than search results
   * show): reported, never a reason to stop the build. Without it, the issue is an error.
   */
  severity?: "warning";
}

export const isWarning = (issue: ContentIssue): boolean => issue.severity === "warning";

/** The issues that stop a build or fail `npm run check`: all but the warnings. */
export const errorsOf = (issues: readonly ContentIssue[]): ContentIssue[] =>
  issues.filter((i) => !isWarning(i));

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

/**
 * One issue as an editor-clickable line (`path:line:column`) plus an indented hint; a warning
 * says so after the place (`path:line:column warning: ...`).
 */
export function formatIssue(issue: ContentIssue): string {
  const where = `${terminalSafe(issue.file)}:${issue.line}:${issue.column}`;
  const severity = isWarning(issue) ? "warning: " : "";
  const field = issue.field ? `${terminalSafe(issue.field)}: ` : "";
  const hint = issue.hint ? `\n    ${terminalSafe(issue.hint)}` : "";
  return `${where} ${severity}${field}${terminalSafe(issue.message)}${hint}`;
}

/**
 * Control characters spelled out (`\u001b`): a message quotes what content holds, and an escape
 * sequence in an id or a file name must not reach the terminal as one (clear it, recolour it,
 * rewrite a line with a carriage return).
 */
function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === "\n" ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The whole report, or an empty string when there is nothing to report. Problems and warnings
 * are counted apart ("Content check found 2 problems and 1 warning:") and listed in reading
 * order.
 */
export function formatReport(issues: ContentIssue[]): string {
  if (issues.length === 0) return "";
  const sorted = sortIssues(issues);
  const warnings = sorted.filter(isWarning).length;
  const problems = sorted.length - warnings;
  const count = [
    ...(problems ? [counted(problems, "problem")] : []),
    ...(warnings ? [counted(warnings, "warning")] : []),
  ].join(" and ");
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

/** The longest text a message quotes in full; a longer one is cut, with its length. */
const SHOWN_TEXT = 120;

/** Quote a received value for a message: strings in quotes, other values as JSON. */
export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  // A pasted page in a name field must not fill the terminal: its start and its length say enough.
  if (typeof value === "string" && value.length > SHOWN_TEXT)
    return `${show(value.slice(0, 60))}... (${value.length} characters)`;
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
