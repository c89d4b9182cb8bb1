import type { Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import type { Subject } from "../../schemas/subject.ts";
import { formatValue } from "./format.ts";

/**
 * The columns of every claims download, in a fixed order: a spreadsheet built on one export
 * keeps working on the next. New columns are only ever added at the end.
 */
export const CSV_COLUMNS = [
  "id",
  "date",
  "claimant_id",
  "claimant_name",
  "relayed_via",
  "subject_id",
  "subject_label",
  "metric",
  "value_kind",
  "value_n",
  "value_low",
  "value_high",
  "value_text",
  "verbatim",
  "inferred",
  "scope",
  "period_from",
  "period_to",
  "place",
  "channel",
  "status",
  "supersedes",
  "source_url",
  "source_publisher",
  "source_title",
  "source_date",
  "sources",
  "superseded_by",
] as const;

export type ClaimRow = Record<(typeof CSV_COLUMNS)[number], string>;

export interface Lookups {
  claimants: ReadonlyMap<string, Claimant>;
  subjects: ReadonlyMap<string, Subject>;
  locale: string;
  /** For a claim that a later one revises: that later claim, so a download keeps the chain. */
  revisedBy?: ReadonlyMap<string, Pick<Claim, "id">>;
}

/** One claim as a flat row: its first source in columns, every source URL in `sources`. */
export function claimRow(
  claim: Claim,
  { claimants, subjects, locale, revisedBy }: Lookups,
): ClaimRow {
  const v = claim.value;
  const first = claim.sources[0];
  const text = (x: string | number | undefined | null) =>
    x === undefined || x === null ? "" : String(x);
  return {
    id: claim.id,
    date: claim.date,
    claimant_id: claim.claimant,
    claimant_name: text(claimants.get(claim.claimant)?.name),
    relayed_via: text(claim.relayedVia),
    subject_id: claim.subject,
    subject_label: text(subjects.get(claim.subject)?.label),
    metric: claim.metric,
    value_kind: v.kind,
    value_n: v.kind === "range" ? "" : String(v.n),
    value_low: v.kind === "range" ? String(v.low) : "",
    value_high: v.kind === "range" ? String(v.high) : "",
    value_text: formatValue(v, locale),
    verbatim: text(claim.verbatim),
    inferred: text(claim.inferred),
    scope: claim.scope,
    period_from: text(claim.period?.from),
    period_to: text(claim.period?.to),
    place: text(claim.place),
    channel: text(claim.channel),
    status: claim.status,
    supersedes: text(claim.supersedes),
    source_url: text(first?.url),
    source_publisher: text(first?.publisher),
    source_title: text(first?.title),
    source_date: text(first?.date),
    sources: claim.sources.map((s) => s.url).join(" "),
    superseded_by: text(revisedBy?.get(claim.id)?.id),
  };
}

/**
 * A cell that a spreadsheet would run as a formula: one that starts (after any spaces) with =, +,
 * -, @, a tab or a carriage return, or their full-width forms.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * A CSV field per RFC 4180 (quoted when it holds a comma, quote, CR or LF; quotes doubled), made
 * safe to open: a text cell a spreadsheet would run as a formula gets a leading apostrophe and
 * quotes, as OWASP recommends for CSV injection. The figures themselves are never negative.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe !== value || /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV: a header row, CRLF line ends, one row per claim. */
export function claimsCsv(claims: readonly Claim[], lookups: Lookups): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const claim of claims) {
    const row = claimRow(claim, lookups);
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

/**
 * The JSON download: the claims as authored, each with its figure in words and, when a later
 * claim revised it, that claim's id (`supersededBy`; `supersedes` points the other way), plus
 * who and what.
 */
export function claimsJson(claims: readonly Claim[], lookups: Lookups): string {
  const used = <T>(ids: Iterable<string>, map: ReadonlyMap<string, T>) =>
    Object.fromEntries(
      [...new Set(ids)].sort().flatMap((id) => (map.has(id) ? [[id, map.get(id)!]] : [])),
    );
  return (
    JSON.stringify(
      {
        claims: claims.map((c) => {
          const later = lookups.revisedBy?.get(c.id)?.id;
          return {
            ...c,
            valueText: formatValue(c.value, lookups.locale),
            ...(later === undefined ? {} : { supersededBy: later }),
          };
        }),
        claimants: used(
          claims.flatMap((c) => (c.relayedVia ? [c.claimant, c.relayedVia] : [c.claimant])),
          lookups.claimants,
        ),
        subjects: used(
          claims.map((c) => c.subject),
          lookups.subjects,
        ),
      },
      null,
      2,
    ) + "\n"
  );
}
