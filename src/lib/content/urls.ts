/**
 * Link safety. Source URLs must be absolute http(s); links in prose may also be relative,
 * fragments or mailto. Anything that could run script (`javascript:`, `data:`, `vbscript:`),
 * however it is spelled, is refused: browsers ignore case, leading spaces and control
 * characters in a scheme, and authors paste HTML entities.
 */

// Whitespace, control characters and HTML character references are never needed in a URL we
// accept, and they are how a scheme gets disguised ("java\tscript:", "&#106;avascript:").
const DISGUISE = /[\u0000-\u0020\u007f-\u009f\u00a0\u2000-\u200f\u2028\u2029\ufeff]|&#|&[a-z]+;/i;

export type UrlProblem = "empty" | "disguised" | "not-absolute" | "scheme" | "malformed";

/** Why a source URL is refused, or null when it is an absolute http(s) URL. */
export function sourceUrlProblem(value: string): UrlProblem | null {
  if (value.length === 0) return "empty";
  if (DISGUISE.test(value)) return "disguised";
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)) return "scheme";
  if (!/^https?:\/\//i.test(value)) return "not-absolute";
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return "scheme";
    if (!url.hostname) return "malformed";
  } catch {
    return "malformed";
  }
  return null;
}

export function isSafeSourceUrl(value: string): boolean {
  return sourceUrlProblem(value) === null;
}

/** The message an author reads for a refused source URL. */
export function describeUrlProblem(problem: UrlProblem): string {
  switch (problem) {
    case "empty":
      return "is empty";
    case "disguised":
      return "contains spaces, control characters or HTML entities";
    case "scheme":
      return "uses a scheme other than http or https";
    case "not-absolute":
      return "is not an absolute http(s) URL";
    case "malformed":
      return "is not a well-formed URL";
  }
}

/** True for a link target allowed in prose: http(s), mailto, a fragment or a relative path. */
export function isSafeLinkHref(value: string): boolean {
  if (/&#|&[a-z]+;/i.test(value)) return false;
  // Browsers drop control characters and spaces before deciding on a scheme; so do we.
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (scheme === "mailto") return true;
  if (scheme === "http" || scheme === "https") return sourceUrlProblem(value.trim()) === null;
  return false;
}
