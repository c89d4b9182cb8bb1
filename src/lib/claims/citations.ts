import type { Claim, ClaimSource } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import type { ComponentUse } from "./chartSelection.ts";
import { claimantName } from "./names.ts";

/** One entry in a page's numbered source list. */
export interface PageSource extends ClaimSource {
  /** 1-based, in order of first citation on the page. */
  n: number;
  /** Claim ids and quote speakers that cite it, for the list's "cited for" line. */
  citedFor: string[];
  /** Every day it is cited for (a channel page cited for two statements has two), oldest first. */
  dates: string[];
}

/**
 * What makes two cited addresses one source: the address as a browser reads it (scheme and host
 * in lower case, the default port and an empty `#` dropped), less a trailing slash on its path
 * (`https://reuters.com/world/` is `https://reuters.com/world`). A `#fragment` with something
 * in it stays: on a live page it names one post. The day cited does not count: one page cited
 * for statements on two days is one source, with both days.
 */
export function sourceKey(source: { url: string }): string {
  let url: URL;
  try {
    url = new URL(source.url.trim());
  } catch {
    return source.url.trim();
  }
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, "");
  const href = url.href.replace(/#$/, "");
  // The root path of a host prints as "/"; "https://a.example/" and "https://a.example" are one.
  return url.pathname === "/" ? href.replace(/\/(?=[?#]|$)/, "") : href;
}

/** The host a reader recognises in an address: "reuters.com" for https://www.reuters.com/x. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/**
 * The words a source is linked by in the list: its title, else its host (the publisher is
 * already beside it), never the bare address: "Reuters, reuters.com".
 */
export function sourceLinkText(source: Pick<ClaimSource, "url" | "title">): string {
  return source.title ?? sourceHost(source.url);
}

/**
 * Number the sources an explainer cites, in the order its `<Claim>`s and `<Quote>`s first cite
 * them; a source cited again (by a claim or a quote, on any day) keeps its first number. Unknown ids are skipped (the content check
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
      if (source.date && !known.dates.includes(source.date)) {
        known.dates.push(source.date);
        known.dates.sort();
      }
      // A claim record usually knows more about a page than a quote's bare URL does.
      known.title ??= source.title;
      known.date ??= source.date;
      known.archived ??= source.archived;
      return;
    }
    byKey.set(sourceKey(source), {
      ...source,
      n: byKey.size + 1,
      citedFor: [citedFor],
      dates: source.date ? [source.date] : [],
    });
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
      const name = claimantName(by.id, claimants);
      add(
        {
          url,
          publisher: name,
          // How it was said names the page well enough; without it, the list shows the host.
          title: channel ? channel.charAt(0).toUpperCase() + channel.slice(1) : undefined,
          date: prop("date"),
        },
        `quote: ${name}`,
      );
    }
  }
  return [...byKey.values()];
}
