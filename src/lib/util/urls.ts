/**
 * Link safety. Source URLs must be absolute http(s); links in prose may also be relative,
 * fragments or mailto; images in an explainer must be files of the site itself. Anything that
 * could run script (`javascript:`, `data:`, `vbscript:`), leave the site while looking local
 * (`//host`, `/\host`), hide its real host (`https://good.example@evil.example/`) or read
 * differently from how it is stored (bidirectional or invisible characters) is refused, however
 * it is spelled: browsers ignore case, leading spaces and control characters in a scheme, treat
 * `\` as `/`, and authors paste HTML entities.
 */

/**
 * Characters that reorder or hide text: bidirectional embeddings, overrides, isolates and marks,
 * zero-width and invisible formatting characters, the soft hyphen and the BOM.
 */
export const INVISIBLE =
  // Single code points on purpose: none of them is meant to combine with its neighbour.
  // eslint-disable-next-line no-misleading-character-class
  /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]/;

/**
 * Control characters other than tab and line ends, and the two non-characters U+FFFE and U+FFFF:
 * YAML can write them ("\x01", "\u0085"), nothing shows them, and one in a feed makes it
 * malformed XML, which feed readers refuse whole.
 */
export const CONTROL_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

/** The characters that can reorder the text around them (Trojan-source style). */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// Whitespace, control characters, invisible characters and HTML character references are never
// needed in a URL we accept, and they are how a scheme or host gets disguised
// ("java\tscript:", "&#106;avascript:", a right-to-left override in a host name).
// Quotes, angle brackets and backticks are never part of a URL either (RFC 3986): they are how
// an address breaks out of the attribute it is written into.
const DISGUISE =
  // eslint-disable-next-line no-control-regex -- control characters are what this must find
  /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"'<>`]|&#|&[a-z]+;/i;

export type UrlProblem =
  | "empty"
  | "disguised"
  | "invisible"
  | "not-absolute"
  | "scheme"
  | "userinfo"
  | "backslash"
  | "malformed";

/** Why a source URL is refused, or null when it is an absolute http(s) URL. */
export function sourceUrlProblem(value: string): UrlProblem | null {
  if (value.length === 0) return "empty";
  if (INVISIBLE.test(value)) return "invisible";
  if (DISGUISE.test(value)) return "disguised";
  if (value.includes("\\")) return "backslash";
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)) return "scheme";
  if (!/^https?:\/\//i.test(value)) return "not-absolute";
  // Anything before an @ in the authority is user-info: the real host is what follows it.
  const authority = /^https?:\/\/([^/?#]*)/i.exec(value)?.[1] ?? "";
  if (authority.includes("@")) return "userinfo";
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return "scheme";
    if (!url.hostname) return "malformed";
    if (url.username || url.password) return "userinfo";
  } catch {
    return "malformed";
  }
  return null;
}

export function isSafeSourceUrl(value: string): boolean {
  return sourceUrlProblem(value) === null;
}

/** The message an author reads for a refused URL. */
export function describeUrlProblem(problem: UrlProblem): string {
  switch (problem) {
    case "empty":
      return "is empty";
    case "disguised":
      return "contains spaces, quotes, angle brackets, control characters or HTML entities";
    case "invisible":
      return "contains invisible or text-direction characters";
    case "scheme":
      return "uses a scheme other than http or https";
    case "not-absolute":
      return "is not an absolute http(s) URL";
    case "userinfo":
      return 'has a user name before "@", which hides the real host';
    case "backslash":
      return "contains a backslash, which browsers read as /";
    case "malformed":
      return "is not a well-formed URL";
  }
}

/**
 * Why a link target in prose is refused, or null when it is allowed: http(s) (by the source
 * rules), mailto, a #fragment, a ?query or a relative path on this site.
 */
export function linkHrefProblem(value: string): UrlProblem | null {
  if (value.length === 0) return null; // `[text]()` links to the page itself
  if (INVISIBLE.test(value)) return "invisible";
  if (/&#|&[a-z]+;/i.test(value)) return "disguised";
  if (value.includes("\\")) return "backslash";
  // Browsers drop control characters and spaces before deciding on a scheme; so do we.
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (squeezed !== value) return "disguised";
  if (squeezed.startsWith("//")) return "not-absolute";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme === undefined) return null;
  if (scheme === "mailto") return /^mailto:[^@/\s]+@[^@/\s]+$/i.test(squeezed) ? null : "malformed";
  if (scheme === "http" || scheme === "https") return sourceUrlProblem(value);
  return "scheme";
}

/** True for a link target allowed in prose. */
export function isSafeLinkHref(value: string): boolean {
  return linkHrefProblem(value) === null;
}

/**
 * Why an image address in an explainer is refused, or null for a file of the site itself (a
 * relative path such as `./chart.png` or `/images/map.png`). Images from other hosts can track
 * readers and can change after publication.
 */
export function imageSrcProblem(value: string): UrlProblem | "remote" | null {
  const problem = linkHrefProblem(value);
  if (problem === "not-absolute") return "remote"; // `//host/...`
  if (problem) return problem;
  if (value.length === 0) return "empty";
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return "remote";
  return null;
}
