/**
 * Slugs: the one form of every id and file name (lower-case ASCII words joined by single
 * hyphens), and how to make one from a headline or a heading.
 */

/** What an id, a topic and a file name must look like: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id or file name: a URL segment that still fits on a line. */
export const SLUG_MAX_LENGTH = 100;

// Letters that Unicode does not decompose into a base letter plus an accent.
const FOLD: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * Text as slug words: lower-case ASCII, accents folded, words joined by single hyphens.
 * `"Zelensky's claim: 3,000 in Kursk"` → "zelenskys-claim-3000-in-kursk". Empty when nothing
 * usable is left (e.g. "¿?", "Курск").
 */
export function slugWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // the accents NFKD split off: é → e
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/(\d)[,.](?=\d{3}\b)/g, "$1") // 3,000 → 3000, not 3-000
    .replace(/['’‘`]/g, "") // Russia's → russias, not russia-s
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A topic's id, its address under /topics/: a topic written as an id (`port-vell`) is its own
 * id; one written as a name (`Port Vell`) is slugged.
 */
export function topicId(topic: string): string {
  return SLUG_PATTERN.test(topic) ? topic : slugWords(topic);
}

/** `slug` cut to at most `maxLength` characters, at a word boundary where there is one. */
export function shortenSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf("-");
  // One very long word has no boundary to cut at: cut it anyway.
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength).replace(/-+$/, "");
}
