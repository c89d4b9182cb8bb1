import type { Claim, ClaimSource } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import type { ComponentUse } from "./chartSelection.ts";

/** One entry in a page's numbered source list. */
export interface PageSource extends ClaimSource {
  /** 1-based, in order of first citation on the page. */
  n: number;
  /** Claim ids and quote speakers that cite it, for the list's "cited for" line. */
  citedFor: string[];
}

/**
 * Sources are the same when their address and date are: one channel page (an account, a
 * transcripts index) cited for statements on two days is two entries, each with its own date.
 */
export function sourceKey(source: { url: string; date?: string | undefined }): string {
  return `${source.url} ${source.date ?? ""}`;
}

/**
 * Number the sources an explainer cites, in the order its `<Claim>`s and `<Quote>`s first cite
 * them; a source cited twice keeps its first number. Unknown ids are skipped (the content check
 * has already reported them).
 */
export function collectPageSources(
  elements: readonly ComponentUse[],
  claims: ReadonlyMap<string, Claim>,
  claimants: ReadonlyMap<string, Claimant>,
): PageSource[] {
  const byKey = new Map<string, PageSource>();
  const add = (source: ClaimSource, citedFor: string) => {
    const known = byKey.get(sourceKey(source));
    if (known) {
      if (!known.citedFor.includes(citedFor)) known.citedFor.push(citedFor);
      // A claim record usually knows more about a page than a quote's bare URL does.
      known.title ??= source.title;
      known.date ??= source.date;
      known.archived ??= source.archived;
      return;
    }
    byKey.set(sourceKey(source), { ...source, n: byKey.size + 1, citedFor: [citedFor] });
  };
  for (const el of elements) {
    const prop = (name: string) => {
      const v = el.props[name]?.value;
      return typeof v === "string" ? v : undefined;
    };
    if (el.name === "Claim") {
      const claim = claims.get(prop("id") ?? "");
      if (!claim) continue;
      for (const source of claim.sources) add(source, claim.id);
    } else if (el.name === "Quote") {
      const url = prop("source");
      const by = claimants.get(prop("by") ?? "");
      if (!url || !by) continue;
      const channel = prop("channel");
      add(
        {
          url,
          publisher: by.name,
          title: channel ? channel.charAt(0).toUpperCase() + channel.slice(1) : "Statement",
          date: prop("date"),
        },
        `quote: ${by.name}`,
      );
    }
  }
  return [...byKey.values()];
}
