/**
 * Which claims a chart shows and which claims an explainer shows: the one selection that the
 * chart components, the content check and the downloads share.
 */
import type { Claim } from "../../schemas/claim.ts";
import type { AuthorProps } from "../../schemas/components.ts";
import { byDateThenId } from "../util/ordering.ts";
import { latestByClaimant, selectClaims } from "./query.ts";

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
export function chartClaims(chart: ChartUse, claims: Iterable<Claim>): Claim[] {
  const p = chart.props;
  if (!p.subject || !p.metric) return [];
  if (chart.name === "ClaimsCompare") {
    return latestByClaimant(
      selectClaims(claims, { subject: p.subject, metric: p.metric }),
      chart.props.at,
    );
  }
  return selectClaims(claims, chart.props);
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
    for (const c of chartClaims(chart, claims.values())) out.set(c.id, c);
  }
  return [...out.values()].sort(byDateThenId);
}
