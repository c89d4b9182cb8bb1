/**
 * The components authors may use in an explainer without importing them, and the props each
 * takes. The checker reads this table to report unknown components and props; the components
 * themselves declare the same props in their `interface Props`.
 */
export type PropKind =
  "claimId" | "claimantId" | "subjectId" | "metric" | "scope" | "date" | "url" | "text";

export interface PropSpec {
  kind: PropKind;
  required: boolean;
}

export interface ComponentSpec {
  props: Record<string, PropSpec>;
  /** Whether the component wraps content (a quote's words). */
  children: "required" | "none";
  example: string;
}

export const AUTHOR_COMPONENTS: Record<string, ComponentSpec> = {
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
      caption: { kind: "text", required: false },
    },
    children: "none",
    example: '<ClaimsTimeline subject="north-korean-troops-kursk" metric="casualties" />',
  },
  ClaimsCompare: {
    props: {
      subject: { kind: "subjectId", required: true },
      metric: { kind: "metric", required: true },
      at: { kind: "date", required: false },
      caption: { kind: "text", required: false },
    },
    children: "none",
    example: '<ClaimsCompare subject="north-korean-troops-kursk" metric="casualties" />',
  },
};

/** Own names only: `<constructor />` or `<__proto__ />` are not components. */
export function isAuthorComponent(name: string): boolean {
  return Object.hasOwn(AUTHOR_COMPONENTS, name);
}
