/**
 * The components authors may use in an explainer without importing them, and the props each
 * takes: declared once, here. The check and the compile's gate read it to refuse unknown
 * components and props; each component's `Props` type is `AuthorProps<"Name">`; the component
 * map handed to MDX (src/components/mdx/index.ts) must have exactly these names.
 */
import type { Claim, Metric } from "./claim.ts";

export type PropKind =
  | "claimId"
  | "claimantId"
  | "subjectId"
  | "eventIds"
  | "metric"
  | "scope"
  | "date"
  | "url"
  | "text"
  | "choice";

export interface PropSpec {
  kind: PropKind;
  required: boolean;
  /** A "choice" prop: the words it accepts. */
  values?: readonly string[];
}

export interface ComponentSpec {
  props: Record<string, PropSpec>;
  /** Whether the component wraps content (a quote's words). */
  children: "required" | "none";
  example: string;
}

export const AUTHOR_COMPONENTS = {
  Claim: {
    props: { id: { kind: "claimId", required: true } },
    children: "none",
    example: '<Claim id="zelensky-2024-12-23-nk-casualties" />',
  },
  Quote: {
    props: {
      by: { kind: "claimantId", required: true },
      date: { kind: "date", required: true },
      source: { kind: "url", required: true },
      channel: { kind: "text", required: false },
    },
    children: "required",
    example:
      '<Quote by="zelensky" date="2025-01-04" source="https://..." channel="evening address">words</Quote>',
  },
  ClaimsTimeline: {
    props: {
      subject: { kind: "subjectId", required: true },
      metric: { kind: "metric", required: true },
      claimant: { kind: "claimantId", required: false },
      scope: { kind: "scope", required: false },
      from: { kind: "date", required: false },
      to: { kind: "date", required: false },
      events: { kind: "eventIds", required: false },
      caption: { kind: "text", required: false },
      highlight: { kind: "claimId", required: false },
      panels: { kind: "choice", required: false, values: ["auto", "split", "one"] },
    },
    children: "none",
    example: '<ClaimsTimeline subject="north-korean-troops-kursk" metric="casualties" />',
  },
  ClaimsCompare: {
    props: {
      subject: { kind: "subjectId", required: true },
      metric: { kind: "metric", required: true },
      scope: { kind: "scope", required: false },
      at: { kind: "date", required: false },
      caption: { kind: "text", required: false },
      highlight: { kind: "claimId", required: false },
      spread: { kind: "choice", required: false, values: ["yes", "no"] },
    },
    children: "none",
    example: '<ClaimsCompare subject="north-korean-troops-kursk" metric="casualties" />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type AuthorComponent = keyof typeof AUTHOR_COMPONENTS;

/** The most events one chart may name in `events="..."`; its subject's events show anyway. */
export const CHART_EVENTS_MAX = 20;

/** Own names only: `<constructor />` or `<__proto__ />` are not components. */
export function isAuthorComponent(name: string): name is AuthorComponent {
  return Object.hasOwn(AUTHOR_COMPONENTS, name);
}

/** The TypeScript type of a prop of each kind, as the component receives it. */
interface KindTypes {
  claimId: string;
  claimantId: string;
  subjectId: string;
  /** Event ids separated by commas: "kursk-incursion-begins, ceasefire". */
  eventIds: string;
  metric: Metric;
  scope: Claim["scope"];
  date: string;
  url: string;
  text: string;
  choice: string;
}
type SpecOf<N extends AuthorComponent> = (typeof AUTHOR_COMPONENTS)[N]["props"];
type RequiredProps<N extends AuthorComponent> = {
  [
    K in keyof SpecOf<N> as SpecOf<N>[K] extends { required: true } ? K : never
  ]: KindTypes[SpecOf<N>[K] extends { kind: infer T extends PropKind } ? T : never];
};
type OptionalProps<N extends AuthorComponent> = {
  [
    K in keyof SpecOf<N> as SpecOf<N>[K] extends { required: true } ? never : K
  ]?: KindTypes[SpecOf<N>[K] extends { kind: infer T extends PropKind } ? T : never];
};

/** The props a component takes, derived from its declaration above. */
export type AuthorProps<N extends AuthorComponent> = RequiredProps<N> & OptionalProps<N>;
