/**
 * Which claims a chart shows and which claims an explainer shows: the one selection that the
 * chart components, the content check and the downloads share.
 */
import type { Claim } from "../../schemas/claim.ts";
import type { AuthorProps } from "../../schemas/components.ts";
import { eventSubjects, type ChartEvent } from "../../schemas/event.ts";
import { byDateThenId, compareText } from "../util/ordering.ts";
import { latestByClaimant, selectClaims, type ClaimSource } from "./query.ts";

/** A component as written in an explainer: its name and its props (text, `true`, or code). */
export interface ComponentUse {
  name: string;
  props: Readonly<Record<string, { value: unknown }>>;
}

/** What `<ClaimsTimeline>` takes, as declared in src/schemas/components.ts. */
export type TimelineChartProps = AuthorProps<"ClaimsTimeline">;

/** What `<ClaimsCompare>` takes. */
export type CompareChartProps = AuthorProps<"ClaimsCompare">;

/** A chart as an author placed it: which component and its props, in document order. */
export type ChartUse =
  | { name: "ClaimsTimeline"; props: TimelineChartProps }
  | { name: "ClaimsCompare"; props: CompareChartProps };

/**
 * The charts in an explainer body, numbered by their order (the n of `/embed/<n>/`). Props are
 * taken as written; the content check has already held them to each component's spec.
 */
export function chartUses(elements: readonly ComponentUse[]): ChartUse[] {
  return elements
    .filter((el) => el.name === "ClaimsTimeline" || el.name === "ClaimsCompare")
    .map((el) => {
      const props: Record<string, string> = Object.fromEntries(
        Object.entries(el.props).flatMap(([k, p]) =>
          typeof p.value === "string" ? [[k, p.value]] : [],
        ),
      );
      return { name: el.name, props } as unknown as ChartUse;
    });
}

/** The claims a chart draws: the one selection its component, the check and the downloads share. */
export function chartClaims(chart: ChartUse, claims: ClaimSource): Claim[] {
  const p = chart.props;
  if (!p.subject || !p.metric) return [];
  if (chart.name === "ClaimsCompare") {
    return latestByClaimant(
      selectClaims(claims, { subject: p.subject, metric: p.metric }),
      chart.props.at,
      chart.props.scope,
    );
  }
  return selectClaims(claims, chart.props);
}

/** The event ids an `events="a, b"` prop names, in the order written. */
export function namedEvents(events: string | undefined): string[] {
  return (events ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
}

/**
 * The events a timeline marks, chosen before its axis is drawn, so no event it leaves out can
 * stretch it: those of its subject and those it names (`events="..."`), within `from`/`to`,
 * then the site-wide ones (`global: true`) that fall within the dates those claims and events
 * already span. Oldest first.
 */
export function chartEvents(
  props: Pick<TimelineChartProps, "subject" | "from" | "to" | "events">,
  claims: readonly Claim[],
  events: readonly ChartEvent[],
): ChartEvent[] {
  const named = new Set(namedEvents(props.events));
  const inWindow = (e: ChartEvent) =>
    (!props.from || e.date >= props.from) && (!props.to || e.date <= props.to);
  const own = events.filter(
    (e) => inWindow(e) && (named.has(e.id) || eventSubjects(e).includes(props.subject)),
  );
  // The days the chart spans before any site-wide event: its claims (an episode across its
  // period, as the timeline draws it) and its own events.
  const days = [
    ...claims.flatMap((c) =>
      c.scope === "event" && c.period ? [c.date, c.period.from, c.period.to] : [c.date],
    ),
    ...own.map((e) => e.date),
  ].sort(compareText);
  const first = days[0];
  const last = days.at(-1);
  const global =
    first === undefined || last === undefined
      ? []
      : events.filter(
          (e) =>
            e.global === true &&
            !own.includes(e) &&
            inWindow(e) &&
            e.date >= first &&
            e.date <= last,
        );
  return [...own, ...global].sort(byDateThenId);
}

/** Why a chart has nothing to draw, in the words the check and the component both use. */
export interface EmptyChart {
  /** Starts "nothing to chart: " and says the first thing that left the chart empty. */
  message: string;
  /** What to do about it. */
  hint: string;
}

const quoted = (props: Record<string, unknown>, keys: readonly string[]) =>
  keys
    .filter((k) => typeof props[k] === "string")
    .map((k) => `${k}="${String(props[k])}"`)
    .join(" ");

const listed = (words: Iterable<string>) => [...new Set(words)].sort(compareText).join(", ");

/**
 * The real reason a chart selects no claims, or undefined when it has some: no claims about the
 * subject, none counting that metric, or the first of the chart's own filters that leaves none
 * (a claimant, a scope, a date), each with what to change. `chartClaims` decides; this explains.
 */
export function emptyChartReason(chart: ChartUse, claims: ClaimSource): EmptyChart | undefined {
  if (chartClaims(chart, claims).length > 0) return undefined;
  const all: Claim[] =
    claims instanceof Map
      ? [...(claims as ReadonlyMap<string, Claim>).values()]
      : [...(claims as Iterable<Claim>)];
  const p = chart.props as Record<string, string | undefined>;
  const nothing = (message: string, hint: string): EmptyChart => ({
    message: `nothing to chart: ${message}`,
    hint,
  });
  const about = all.filter((c) => c.subject === p.subject);
  if (about.length === 0)
    return nothing(
      `there are no claims about subject="${p.subject}"`,
      `Add claims with subject: ${p.subject} to src/content/claims/, or check the subject.`,
    );
  let pool = about.filter((c) => c.metric === p.metric);
  if (pool.length === 0)
    return nothing(
      `no claims about subject="${p.subject}" count metric="${p.metric}"`,
      `Its claims count ${listed(about.map((c) => c.metric))}: check the metric, or add the claims to src/content/claims/.`,
    );
  const which = quoted(p, ["subject", "metric"]);

  if (chart.name === "ClaimsCompare") {
    const scope = chart.props.scope ?? "cumulative";
    if (!pool.some((c) => c.scope === scope))
      return scope === "cumulative"
        ? nothing(
            `these claims are one-off figures (scope: event): add scope="event" to compare them`,
            `Without scope, a comparison shows each claimant's latest running total (scope: cumulative); scope="event" compares figures for the same episode.`,
          )
        : nothing(
            `these claims are running totals (scope: cumulative), not one-off figures: remove scope="event"`,
            `scope="event" compares figures for one episode; without it, a comparison shows each claimant's latest running total.`,
          );
    pool = pool.filter((c) => c.scope === scope);
    const first = pool.map((c) => c.date).sort(compareText)[0];
    if (p.at !== undefined && first !== undefined && p.at < first)
      return nothing(
        `no claims about ${which} were made on or before at="${p.at}" (the first is dated ${first})`,
        "A comparison shows the claims made on or before `at`: move `at` later, or leave it out.",
      );
  } else {
    // The filters in the order they are written in the guide; the first that empties the pool.
    const filters: Array<[string, (c: Claim) => boolean, () => EmptyChart]> = [
      [
        "claimant",
        (c) => c.claimant === p.claimant,
        () =>
          nothing(
            `no claims from claimant="${p.claimant}" about ${which}`,
            `Claims about it come from ${listed(pool.map((c) => c.claimant))}: check the claimant, or leave it out.`,
          ),
      ],
      [
        "scope",
        (c) => c.scope === p.scope,
        () =>
          nothing(
            `no claims about ${which} have scope="${p.scope}" (they are all scope: ${listed(pool.map((c) => c.scope))})`,
            "Remove scope, or change it.",
          ),
      ],
      [
        "from",
        (c) => c.date >= p.from!,
        () =>
          nothing(
            `no claims about ${which} were made on or after from="${p.from}" (the latest is dated ${pool
              .map((c) => c.date)
              .sort(compareText)
              .at(-1)})`,
            "`from` and `to` are the days the claims were made: move `from` earlier, or leave it out.",
          ),
      ],
      [
        "to",
        (c) => c.date <= p.to!,
        () =>
          nothing(
            `no claims about ${which} were made ${p.from ? `between from="${p.from}" and` : "on or before"} to="${p.to}"${p.from ? "" : ` (the first is dated ${pool.map((c) => c.date).sort(compareText)[0]})`}`,
            "`from` and `to` are the days the claims were made: widen them, or leave them out.",
          ),
      ],
    ];
    for (const [key, keep, reason] of filters) {
      if (p[key] === undefined) continue;
      const next = pool.filter(keep);
      if (next.length === 0) return reason();
      pool = next;
    }
  }
  return nothing(
    `no claims match ${quoted(
      p,
      Object.keys(p).filter((k) => k !== "caption" && k !== "events"),
    )}`,
    "Check the subject, metric and filters, or add the claims to src/content/claims/.",
  );
}

/**
 * Why a chart's `highlight` names a claim the chart does not draw (a chart silently drawing
 * nothing in bold is a story that says "the police figure, in bold" under a chart without it),
 * or undefined when it draws it, or the claim is unknown (reported as unknown), or the chart is
 * empty (reported as empty).
 */
export function highlightProblem(
  chart: ChartUse,
  claims: ClaimSource,
): { message: string; hint: string } | undefined {
  const id = chart.props.highlight;
  if (id === undefined) return undefined;
  const drawn = chartClaims(chart, claims);
  if (drawn.length === 0 || drawn.some((c) => c.id === id)) return undefined;
  // Only now, when something is wrong, look the claim up among all of them.
  const target =
    claims instanceof Map
      ? (claims as ReadonlyMap<string, Claim>).get(id)
      : [...(claims as Iterable<Claim>)].find((c) => c.id === id);
  if (!target) return undefined;
  const p = { ...chart.props } as Record<string, string | undefined>;
  // A comparison without scope compares running totals.
  if (chart.name === "ClaimsCompare") p.scope ??= "cumulative";
  const off = (why: string, hint: string) => ({
    message: `highlight="${id}" is not on this chart: ${why}`,
    hint,
  });
  const differs = (["subject", "metric", "claimant", "scope"] as const).find(
    (k) => p[k] !== undefined && (target as Record<string, unknown>)[k] !== p[k],
  );
  if (differs)
    return off(
      `its ${differs} is ${String((target as Record<string, unknown>)[differs])}, the chart's is ${p[differs]}`,
      `Highlight one of the claims the chart draws (${drawn.length === 1 ? drawn[0]!.id : `${drawn[0]!.id}, ...`}), or leave highlight out.`,
    );
  if (chart.name === "ClaimsCompare") {
    const latest = drawn.find((c) => c.claimant === target.claimant);
    const shows = `a comparison shows each claimant's latest figure${p.at ? ` made on or before at="${p.at}"` : ""}`;
    return off(
      latest
        ? `${shows}, and ${target.claimant}'s is "${latest.id}"`
        : `${shows}${target.scope === "event" ? " for the latest episode" : ""}`,
      latest
        ? `Write highlight="${latest.id}", or chart every figure with <ClaimsTimeline>.`
        : "Highlight one of the figures it compares, or leave highlight out.",
    );
  }
  return off(
    `it was made on ${target.date}, outside from/to`,
    "Widen from and to, or leave highlight out.",
  );
}

/** Every claim an explainer shows: those its `<Claim>`s cite and those its charts plot. */
export function explainerClaims(
  elements: readonly ComponentUse[],
  claims: ReadonlyMap<string, Claim>,
): Claim[] {
  const out = new Map<string, Claim>();
  for (const el of elements) {
    const id = el.props.id?.value;
    if (el.name === "Claim" && typeof id === "string" && claims.has(id))
      out.set(id, claims.get(id)!);
  }
  for (const chart of chartUses(elements)) {
    for (const c of chartClaims(chart, claims)) out.set(c.id, c);
  }
  return [...out.values()].sort(byDateThenId);
}
