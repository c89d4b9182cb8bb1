/**
 * Truth lints: figures a reader could take for sourced ones but which are not. Two kinds, both
 * warnings (`npm run check --strict` makes them fail):
 *
 * - a free figure: a number typed into the prose ("3,000", "thousands") in a sentence that
 *   names a metric ("killed") or a claimant, outside `<Claim>`; reported with the claim it
 *   probably means;
 * - a stale figure: a `<Claim>` of a claim that had been revised when the story was written (or
 *   last updated), or that was older than the same claimant's latest claim on the same subject,
 *   metric and scope by then; reported with the newer id. A page that cites the newer claim too
 *   tells the revision, and is not reported.
 *
 * Both read the tree the check already parsed (mdxSource.ts): no second reading of the body.
 */
import { METRICS, metricSpec, type Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import { formatDay, formatValue, valueExtent } from "../claims/format.ts";
import { byDateThenId } from "../util/ordering.ts";
import type { MdNode } from "./bodyRules.ts";
import type { ContentIssue } from "./issues.ts";
import type { MdxElementUse } from "./mdxSource.ts";

/** The content a lint needs beside the body: every claim and claimant that passed its schema. */
export interface TruthLintData {
  claims: readonly Claim[];
  claimants: readonly Claimant[];
  /**
   * The day the story was last written (`updated`, else `published`), YYYY-MM-DD: a figure
   * made public after it is news the story could not have had, not a stale citation.
   */
  asOf?: string;
  /** The metric ids the site counts (default: the built-in list). */
  metrics?: readonly string[];
}

/**
 * Prose words for the built-in metrics that are not the metric's own name: a story says "died"
 * and "injured" as often as "killed" and "wounded".
 */
const METRIC_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  killed: ["kill", "dead", "died", "death", "deaths", "dying", "toll", "fatalities"],
  wounded: ["wound", "injured", "injuries", "injury"],
  casualties: ["casualty"],
  missing: [],
  captured: ["capture", "prisoners", "prisoner", "captive", "captives"],
  deployed: ["deploy", "deployment", "troops"],
  losses: ["loss", "lost", "lose", "losing"],
};

/**
 * The words that name what the site counts, metric by metric: the metric's own id plus the
 * words prose uses for it. The one place the lint learns the metrics; read from the configured
 * list when there is one.
 */
export function metricWords(
  metrics: readonly string[] = METRICS,
): ReadonlyMap<string, readonly string[]> {
  return new Map(
    metrics.map((m) => {
      // The configured metric's own label too ("people attending").
      const own = (metricSpec(m)?.label ?? "").split(/\s+/).filter((w) => w.length > 3);
      return [m, [...new Set([m, ...(METRIC_SYNONYMS[m] ?? []), ...own])]];
    }),
  );
}

/**
 * A rough stem, enough to meet "casualty" and "casualties", "kill" and "killed": lower case,
 * without a possessive or a plural/past/-ing ending.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("sses")) return w.slice(0, -2);
  for (const end of ["ing", "ed", "es", "s", "e"]) {
    if (end === "s" && w.endsWith("ss")) continue;
    if (w.endsWith(end) && w.length - end.length >= 3) {
      w = w.slice(0, -end.length);
      break;
    }
  }
  return w.endsWith("e") && w.length > 4 ? w.slice(0, -1) : w;
}

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const MONTH = new RegExp(`^(?:${MONTHS})\\.?$`, "i");
/** Words before a number that make it a label, not a count: "section 3", "Resolution 2231". */
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:sections?|articles?|paragraphs?|chapters?|clauses?|rules?|resolutions?|no\.|nos\.|numbers?|§|pages?|pp?\.|parts?|tables?|figures?|fig\.|items?|points?|amendments?|acts?|decrees?|routes?|highways?|roads?|lines?|platforms?|gates?|buildings?|rooms?|flights?|bus|tram|apartments?|districts?|wards?|zones?|aged|age|level|grade|version|v\.|season|episode|vol\.|volume|#)\s*$/iu;
/** Words after a number that make it a time, a span or a distance, not a count. */
const UNIT_AFTER =
  /^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|hrs?\b|gmt\b|utc\b|cet\b|bst\b|o['’]clock)|\s+(?:of\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|degrees?)\b)/i;
/** Words that make the number after them a quantity, even when it looks like a year. */
const QUANTITY_BEFORE =
  /(?:^|[^\p{L}])(?:some|about|around|roughly|nearly|almost|over|than|least|most|up to|approximately|estimated|another|only|just)\s+$/iu;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
};

/** Characters either side of a number that decide whether it is a figure. */
const CONTEXT = 40;
/** A "sentence" longer than this (a list run together, text with no full stops) is cut up. */
const LONGEST_SENTENCE = 1000;

/** A figure found in prose, with the values it may stand for. */
export interface ProseFigure {
  /** As written: "3,000", "1.5 million", "thousands". */
  text: string;
  /** Where in the sentence it starts. */
  index: number;
  low: number;
  high: number;
}

const SMALL_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  "half a": 0.5,
};
const NUMBER_WORDS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(tens|hundreds) of (thousands|millions)|(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|half a) )?(dozens?|hundreds?|thousands?|millions?|billions?))(?![\p{L}-])`,
  "giu",
);
const DIGITS = /(?<![\p{L}\d.,:/])\d[\d.,:/]*(?<=\d)(?![\p{L}\d])/gu;

/**
 * The figures in a sentence of prose, leaving out what only looks like one: years, days of a
 * date ("15 June 2024", "June 15th"), ordinals, times ("9 a.m.", "14:00"), spans ("3 days"),
 * labels ("section 3", "Resolution 2231"), compound adjectives ("23-year-old") and numbers
 * with more than one point ("3.2.1").
 */
export function figuresIn(sentence: string): ProseFigure[] {
  const found: ProseFigure[] = [];
  // What decides is a word or two either side: look no further, however long the sentence.
  const before = (i: number) => sentence.slice(Math.max(0, i - CONTEXT), i);
  const afterOf = (i: number) => sentence.slice(i, i + CONTEXT);
  const wordBefore = (i: number) => /([\p{L}.]+)[\s,]*$/u.exec(before(i))?.[1] ?? "";
  const wordAfter = (i: number) => /^[\s,]*([\p{L}.]+)/u.exec(afterOf(i))?.[1] ?? "";
  for (const m of sentence.matchAll(DIGITS)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const after = afterOf(end);
    if (/[:/]/.test(raw) || (raw.match(/\./g) ?? []).length > 1) continue; // times, dates, 3.2.1
    if (/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(raw) === false) continue; // "1,00,0"
    if (ORDINAL_AFTER.test(after) || UNIT_AFTER.test(after)) continue;
    if (/^[-‐‑][\p{L}]/u.test(after) && !/^[-‐‑]strong\b/i.test(after)) continue; // 23-year-old
    if (LABEL_BEFORE.test(before(start))) continue;
    const n = Number(raw.replace(/,/g, ""));
    if (MONTH.test(wordBefore(start)) || MONTH.test(wordAfter(end))) continue; // a day or year
    // A year: four digits, no comma, in the range stories are about, unless a word of quantity
    // comes before it ("some 2000").
    if (/^\d{4}$/.test(raw) && n >= 1800 && n <= 2199 && !QUANTITY_BEFORE.test(before(start)))
      continue;
    const scale = /^\s+(dozen|hundred|thousand|million|billion)\b/i.exec(after);
    const factor = scale ? SCALE_WORDS[scale[1]!.toLowerCase()]! : 1;
    found.push({
      text: scale ? raw + scale[0] : raw,
      index: start,
      low: n * factor,
      high: n * factor,
    });
  }
  for (const m of sentence.matchAll(NUMBER_WORDS)) {
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
    const [text, tens, ofWhat, count, scaleWord] = m;
    if (UNIT_AFTER.test(afterOf(m.index + text.length))) continue; // hundreds of years
    let low: number;
    let high: number;
    if (tens) {
      const base = SCALE_WORDS[ofWhat!.toLowerCase().replace(/s$/, "")]!;
      const step = tens.toLowerCase() === "tens" ? 10 : 100;
      [low, high] = [2 * step * base, 10 * step * base - 1];
    } else {
      const word = scaleWord!.toLowerCase();
      const base = SCALE_WORDS[word.replace(/s$/, "")]!;
      const many = word.endsWith("s");
      const c = count?.toLowerCase();
      if (c && c in SMALL_WORDS) [low, high] = [SMALL_WORDS[c]! * base, SMALL_WORDS[c]! * base];
      else if (c)
        [low, high] = [2 * base, 10 * base - 1]; // several, a few
      else if (many) [low, high] = [2 * base, (base === 12 ? 100 : 100 * base) - 1];
      else continue; // "hundred" alone is part of "a hundred", matched above
    }
    found.push({ text, index: m.index, low, high });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Common abbreviations whose point does not end a sentence. */
const ABBREVIATIONS = new Set(
  "a.m p.m no nos mr mrs ms dr st gen lt col sgt maj capt cpt adm u.s u.k u.n e.g i.e vs approx fig art sec para pp vol est".split(
    " ",
  ),
);

/** Split a block of prose into sentences, each with where it starts. */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  const cut = (end: number) => {
    // Past the longest sentence, cut at a space: what a lint weighs is a sentence's worth.
    while (end - start > LONGEST_SENTENCE) {
      const space = text.indexOf(" ", start + LONGEST_SENTENCE);
      if (space === -1 || space >= end) break;
      out.push({ text: text.slice(start, space + 1), start });
      start = space + 1;
    }
    out.push({ text: text.slice(start, end), start });
    start = end;
  };
  for (const m of text.matchAll(/[.!?]["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\d])/gu)) {
    const word = /([\p{L}.]+)\.$/u
      .exec(text.slice(Math.max(start, m.index - CONTEXT), m.index + 1))?.[1]
      ?.toLowerCase();
    if (m[0].startsWith(".") && word && ABBREVIATIONS.has(word)) continue;
    cut(m.index + m[0].length);
  }
  if (start < text.length) cut(text.length);
  return out;
}

/** A run of a block's text, from one node: where it came from and whether figures in it count. */
interface Piece {
  start: number;
  text: string;
  /** Source offset of the node the text came from. */
  offset: number;
  line: number;
  column: number;
  /** False in links, code, `<q>`, `<time>` and superscripts, and for a `<Claim>`'s stand-in. */
  counts: boolean;
}

/** Inline elements whose numbers are not prose figures. */
const QUIET_ELEMENTS = new Set(["q", "time", "sup", "sub", "code", "kbd", "cite"]);
/** Blocks whose words are someone else's: a `<Quote>` or a Markdown quotation. */
const QUOTED_BLOCKS = new Set(["blockquote", "code", "math", "html"]);

/** The prose blocks of a body (paragraphs, headings, table cells), each as its pieces. */
function proseBlocks(tree: MdNode): Piece[][] {
  const blocks: Piece[][] = [];
  let length = 0; // of the block's text so far
  const push = (pieces: Piece[], piece: Omit<Piece, "start">) => {
    pieces.push({ ...piece, start: length });
    length += piece.text.length;
  };
  const inline = (node: MdNode, pieces: Piece[], counts: boolean, depth: number) => {
    if (depth > 100) return;
    const pos = node.position?.start ?? { line: 1, column: 1, offset: 0 };
    const at = { offset: pos.offset ?? 0, line: pos.line, column: pos.column };
    if (node.type === "text") {
      push(pieces, { text: node.value ?? "", counts, ...at });
    } else if (node.type === "break") {
      push(pieces, { text: "\n", counts: false, ...at });
    } else if (node.type === "inlineCode") {
      push(pieces, { text: node.value ?? "", counts: false, ...at });
    } else if (node.type === "mdxJsxTextElement" && node.name === "Claim") {
      // The cited figure itself: a word that is not a number, so the sentence reads on.
      push(pieces, { text: "figure", counts: false, ...at });
    } else if (node.type === "link" || node.type === "linkReference") {
      for (const child of node.children ?? []) inline(child, pieces, false, depth + 1);
    } else if (node.type === "mdxJsxTextElement" && QUIET_ELEMENTS.has(node.name ?? "")) {
      for (const child of node.children ?? []) inline(child, pieces, false, depth + 1);
    } else if (node.children) {
      for (const child of node.children) inline(child, pieces, counts, depth + 1);
    }
  };
  const block = (node: MdNode, depth: number) => {
    if (depth > 100 || QUOTED_BLOCKS.has(node.type)) return;
    if (node.type === "mdxJsxFlowElement" && node.name === "Quote") return;
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      const pieces: Piece[] = [];
      length = 0;
      for (const child of node.children ?? []) inline(child, pieces, true, depth + 1);
      blocks.push(pieces);
      return;
    }
    for (const child of node.children ?? []) block(child, depth + 1);
  };
  block(tree, 0);
  return blocks;
}

/**
 * Which characters of a block's text may hold a prose figure: not those between double
 * quotation marks (someone's words), nor those of links, code and the like (see Piece).
 */
function countingMask(text: string, pieces: readonly Piece[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const p of pieces) if (p.counts) mask.fill(1, p.start, p.start + p.text.length);
  for (const m of text.matchAll(/“[^”]*”?|"[^"]*"?/g)) mask.fill(0, m.index, m.index + m[0].length);
  return mask;
}

/** The piece a character of the block's text came from (pieces are in order, non-empty first). */
function pieceAt(pieces: readonly Piece[], i: number): Piece {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.start <= i) lo = mid;
    else hi = mid - 1;
  }
  return pieces[lo]!;
}

/** How a claimant may be named in prose: the full name, and a person's surname. */
function namesOf(claimant: Claimant): string[] {
  const names = [claimant.name];
  const last = claimant.name.split(/\s+/).pop() ?? "";
  if (claimant.kind === "person" && last !== claimant.name && /^\p{Lu}\p{L}{2,}/u.test(last))
    names.push(last);
  return names;
}

const tokens = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** A claimant named in a sentence: the words that named them and who they are. */
interface Named {
  name: string;
  ids: string[];
}

/**
 * Finds the claimants a sentence names, word by word (a name is a run of whole words, in its
 * capitals: "Vidal" in "Vidal's", never in "Vidalia"), in one pass however many claimants
 * there are.
 */
function nameFinder(claimants: readonly Claimant[]): (sentence: string) => Named[] {
  const byFirst = new Map<string, { words: string[]; named: Named }[]>();
  const byName = new Map<string, Named>();
  for (const c of claimants)
    for (const name of namesOf(c)) {
      const words = tokens(name);
      if (!words.length) continue;
      const known = byName.get(words.join(" "));
      if (known) {
        if (!known.ids.includes(c.id)) known.ids.push(c.id);
        continue;
      }
      const named = { name, ids: [c.id] };
      byName.set(words.join(" "), named);
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, named });
      byFirst.set(words[0]!, list);
    }
  return (sentence) => {
    const words = tokens(sentence);
    const found: Named[] = [];
    words.forEach((word, i) => {
      for (const candidate of byFirst.get(word) ?? [])
        if (candidate.words.every((w, k) => words[i + k] === w) && !found.includes(candidate.named))
          found.push(candidate.named);
    });
    return found;
  };
}

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** Line and column of an offset, from the offsets where the text's lines start. */
function placeOf(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/** A file reports at most this many free figures: beyond it, one line says how many more. */
const FREE_FIGURES_SHOWN = 50;

/**
 * The claim a free figure most likely stands for: the one whose claimant the sentence names,
 * whose metric it names, whose subject's words it uses and whose value the figure fits, with a
 * claim cited on the page ahead of one that is not. Undefined when nothing fits at all.
 */
export function likelyClaim(
  sentence: string,
  figures: readonly ProseFigure[],
  data: TruthLintData,
  cited: ReadonlySet<string> = new Set(),
  words: ReadonlyMap<string, readonly string[]> = metricWords(data.metrics),
): Claim | undefined {
  return claimFinder(data, cited, words)(sentence, figures);
}

/** `likelyClaim` for many sentences of one page: the claims sorted and names compiled once. */
function claimFinder(
  data: TruthLintData,
  cited: ReadonlySet<string>,
  words: ReadonlyMap<string, readonly string[]>,
): (sentence: string, figures: readonly ProseFigure[]) => Claim | undefined {
  const namesIn = nameFinder(data.claimants);
  const metricStems = new Map([...words].map(([m, list]) => [m, list.map(stem)]));
  // What each claim offers to be matched by, worked out once for all the page's sentences.
  const candidates = [...data.claims]
    .sort(byDateThenId)
    .reverse()
    .map((claim) => ({
      claim,
      metric: metricStems.get(claim.metric) ?? [stem(claim.metric)],
      subject: claim.subject.split("-").filter((w) => w.length >= 4),
      ...valueExtent(claim.value),
    }));
  return (sentence, figures) => {
    const stems = new Set(wordsOf(sentence).map(stem));
    const lower = new Set(wordsOf(sentence).map((w) => w.toLowerCase()));
    const namedIds = new Set(namesIn(sentence).flatMap((n) => n.ids));
    const named = (id: string | null | undefined) => !!id && namedIds.has(id);
    let best: { claim: Claim; score: number } | undefined;
    for (const { claim, metric, subject, low, high } of candidates) {
      let score = 0;
      if (named(claim.claimant)) score += 4;
      if (named(claim.relayedVia)) score += 2;
      if (metric.some((w) => stems.has(w))) score += 3;
      score += Math.min(3, subject.filter((w) => lower.has(w)).length);
      if (figures.some((f) => f.low === low || f.high === high)) score += 6;
      else if (figures.some((f) => f.low <= high && f.high >= low)) score += 4;
      if (score > 0 && cited.has(claim.id)) score += 1;
      if (score >= 4 && (!best || score > best.score)) best = { claim, score };
    }
    return best?.claim;
  };
}

/** A claim's own description for a hint: `"id" (Name, 3,000, 23 December 2024)`. */
function describe(claim: Claim, data: TruthLintData): string {
  const who = data.claimants.find((c) => c.id === claim.claimant)?.name ?? claim.claimant;
  return `"${claim.id}" (${who}, ${formatValue(claim.value)} ${claim.metric}, ${formatDay(claim.date)})`;
}

/** A claimant's series: one quantity (subject, metric, scope) told over time. */
const seriesKey = (c: Claim) => `${c.claimant}\u0000${c.subject}\u0000${c.metric}\u0000${c.scope}`;

interface ClaimIndex {
  byId: Map<string, Claim>;
  /** For a claim a later one supersedes: that later claim. */
  revisedBy: Map<string, Claim>;
  /** Each series' claims that are not retracted, newest first. */
  series: Map<string, Claim[]>;
}

const indexes = new WeakMap<readonly Claim[], ClaimIndex>();

/**
 * The claims indexed once for every explainer of a check (the check hands each the same list):
 * an archive's stale-figure lints then cost each page only its own citations.
 */
function claimIndex(claims: readonly Claim[]): ClaimIndex {
  let index = indexes.get(claims);
  if (index) return index;
  const series = new Map<string, Claim[]>();
  for (const c of [...claims].sort(byDateThenId).reverse()) {
    if (c.status === "retracted") continue;
    const list = series.get(seriesKey(c));
    if (list) list.push(c);
    else series.set(seriesKey(c), [c]);
  }
  const revisedBy = new Map<string, Claim>();
  for (const c of claims) if (c.supersedes) revisedBy.set(c.supersedes, c);
  index = { byId: new Map(claims.map((c) => [c.id, c])), revisedBy, series };
  indexes.set(claims, index);
  return index;
}

/**
 * The truth lints for one explainer body: free figures in its prose and stale `<Claim>`s, as
 * warnings placed at their line.
 */
export function truthLints(
  file: string,
  source: string,
  parsed: { tree: MdNode | null; elements: readonly MdxElementUse[] },
  data: TruthLintData,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!parsed.tree) return issues;
  const words = metricWords(data.metrics);
  const metricStems = new Map<string, string>();
  for (const list of words.values()) for (const w of list) metricStems.set(stem(w), w);
  const namesIn = nameFinder(data.claimants);
  const citedIds = parsed.elements.flatMap((el) => {
    const id = el.name === "Claim" ? el.props.id?.value : undefined;
    return typeof id === "string" ? [id] : [];
  });
  const cited = new Set(citedIds);
  // Built only when a page has a free figure to match: most pages have none.
  let finder: ReturnType<typeof claimFinder> | undefined;
  const likely = (sentence: string, figures: readonly ProseFigure[]) =>
    (finder ??= claimFinder(data, cited, words))(sentence, figures);
  let lineStarts: number[] | undefined;
  const place = (offset: number) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1))
        lineStarts.push(i + 1);
    }
    return placeOf(lineStarts, offset);
  };

  const free: ContentIssue[] = [];
  let more = 0;
  // A chart's caption is prose too, one block of its own, placed at its prop.
  const captions = parsed.elements.flatMap((el): Piece[][] => {
    const caption = el.props.caption;
    if (typeof caption?.value !== "string") return [];
    const { line, column } = caption;
    place(0); // fills lineStarts
    const offset = (lineStarts![line - 1] ?? 0) + column - 1;
    return [[{ start: 0, text: caption.value, offset, line, column, counts: true }]];
  });
  for (const pieces of [...proseBlocks(parsed.tree), ...captions]) {
    if (!pieces.length) continue;
    const text = pieces.map((p) => p.text).join("");
    const mask = countingMask(text, pieces);
    for (const sentence of sentencesOf(text)) {
      const figures = figuresIn(sentence.text).filter((f) => mask[sentence.start + f.index]);
      if (!figures.length) continue;
      const trigger =
        wordsOf(sentence.text).find((w) => metricStems.has(stem(w))) ??
        namesIn(sentence.text)[0]?.name;
      if (!trigger) continue;
      if (free.length >= FREE_FIGURES_SHOWN) {
        more++;
        continue;
      }
      const first = figures[0]!;
      const at = sentence.start + first.index;
      const piece = pieceAt(pieces, at);
      // Smart punctuation and escapes make a text node shorter than its source, never longer:
      // the figure as written is the first match at or after its place in the node.
      const found = source.indexOf(first.text, piece.offset + (at - piece.start));
      const meant = likely(sentence.text, figures);
      const shown = figures.map((f) => `"${f.text.replace(/\s+/g, " ")}"`);
      free.push({
        file,
        ...(found === -1 ? { line: piece.line, column: piece.column } : place(found)),
        severity: "warning",
        message: `${figures.length > 1 ? "figures" : "figure"} ${shown.join(", ")} written in the text, outside <Claim>, beside "${trigger}"`,
        hint: meant
          ? `It looks like ${describe(meant, data)}: write <Claim id="${meant.id}" /> in its place, so the figure, its source and its details come from the record.`
          : `Add it as a claim (npm run new:claim) and write <Claim id="..." /> in its place; if it is not a claimed figure, reword the sentence without it.`,
      });
    }
  }
  issues.push(...free);
  if (more)
    issues.push({
      ...free.at(-1)!,
      message: `and ${more} more free ${more === 1 ? "figure" : "figures"} after this one`,
      hint: "Fix these first; the check lists the rest when there are fewer.",
    });

  // Stale figures: a newer figure by the same claimant exists and the page does not cite it.
  const index = claimIndex(data.claims);
  const byId = index.byId;
  const known = (c: Claim) => !data.asOf || c.date <= data.asOf;
  // Revisions made by the story's date only.
  const revisedBy = {
    get: (id: string) => {
      const r = index.revisedBy.get(id);
      return r && known(r) ? r : undefined;
    },
  };
  // For each claim: the newest in its revision chain and how many revisions away that is (null
  // when nothing revises it). One pass, each claim once; a chain that runs into a loop has no
  // newest (the data check reports the loop).
  type Ahead = { newest: Claim; steps: number } | null | "loop";
  const ahead = new Map<string, Ahead>();
  const newestOf = (id: string): Ahead => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: string | undefined = id;
    while (cur !== undefined && !ahead.has(cur) && !onPath.has(cur)) {
      path.push(cur);
      onPath.add(cur);
      cur = revisedBy.get(cur)?.id;
    }
    let next: Ahead = cur === undefined ? null : onPath.has(cur) ? "loop" : ahead.get(cur)!;
    for (let i = path.length - 1; i >= 0; i--) {
      const after = revisedBy.get(path[i]!);
      if (next !== "loop")
        next = after
          ? next
            ? { newest: next.newest, steps: next.steps + 1 }
            : { newest: after, steps: 1 }
          : null;
      ahead.set(path[i]!, next);
    }
    return ahead.get(id)!;
  };
  // For each chain's newest claim: how close to it the page's citations come (0: it is cited).
  const nearestCited = new Map<string, number>();
  for (const id of cited) {
    const r = newestOf(id);
    const [root, steps] =
      r === null ? [id, 0] : r === "loop" ? [id, Infinity] : [r.newest.id, r.steps];
    nearestCited.set(root, Math.min(steps, nearestCited.get(root) ?? Infinity));
  }
  // The newest eligible claim of each claimant's series (subject, metric, scope), for totals.
  const series = {
    get: (key: string) => index.series.get(key)?.filter(known),
  };
  const overlaps = (a: Claim, b: Claim) =>
    !!a.period && !!b.period && a.period.from <= b.period.to && b.period.from <= a.period.to;

  for (const el of parsed.elements) {
    if (el.name !== "Claim") continue;
    const prop = el.props.id;
    const claim = typeof prop?.value === "string" ? byId.get(prop.value) : undefined;
    if (!prop || !claim) continue;
    const at = { file, line: prop.line, column: prop.column, field: "<Claim id>" };
    const revision = newestOf(claim.id);
    if (revision === "loop") continue;
    if (revision) {
      // A page that also cites a later claim in the chain is telling the revision.
      const tells = (nearestCited.get(revision.newest.id) ?? Infinity) < revision.steps;
      if (tells) continue;
      const newest = revision.newest;
      issues.push({
        ...at,
        severity: "warning",
        message: `"${claim.id}" has been revised: the newer figure is "${newest.id}"`,
        hint: `Cite <Claim id="${newest.id}" /> (${formatValue(newest.value)}, ${formatDay(newest.date)}), or cite both to tell the revision.`,
      });
      continue;
    }
    const latest = (series.get(seriesKey(claim)) ?? []).find(
      (c) => claim.scope !== "event" || overlaps(c, claim),
    );
    if (latest && latest.date > claim.date && !cited.has(latest.id)) {
      const who = data.claimants.find((c) => c.id === claim.claimant)?.name ?? claim.claimant;
      issues.push({
        ...at,
        severity: "warning",
        message: `"${claim.id}" (${formatDay(claim.date)}) is not ${who}'s latest figure for ${claim.subject} ${claim.metric}: "${latest.id}" is newer`,
        hint: `Cite <Claim id="${latest.id}" /> (${formatValue(latest.value)}, ${formatDay(latest.date)}), or cite both to show how the figure moved.`,
      });
    }
  }
  return issues;
}
