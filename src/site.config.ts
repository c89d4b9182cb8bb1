/**
 * Site-wide settings an editor changes: name, address, publisher and the explainer sections.
 * `SITE_URL` and `SITE_BASE` in the environment override `url` and `base` at build time.
 */
export interface SectionSpec {
  /** Stable key: the section's id on the page and its CSS hook (`section--<key>`). */
  key: string;
  /** The level-2 heading authors write; matched without regard to case. */
  label: string;
  /** A missing required section fails the build. */
  required: boolean;
}

/**
 * One quantity the site's claims count. `{subject}` in a template is the subject as running text
 * reads it (its short form, "the housing march" rather than "The housing march"); `{metric}` is
 * the metric's `label`.
 */
export interface MetricSpec {
  /** What claims write as `metric:`: lower-case letters, digits and hyphens. */
  id: string;
  /** What it counts, in a table, a key or mid-sentence: "killed", "people attending". */
  label: string;
  /** The thing counted, one and many: 38,000 "people", 1 "person". */
  unit: { one: string; other: string };
  /** The chart's title: "How many people attended {subject}", "Claims of {metric} among {subject}". */
  title: string;
  /** How a list of its claims is described in a sentence: "claims of {metric} among {subject}". */
  description: string;
}

/** The figures a war story counts: the default metric set. */
export const CASUALTY_METRICS: MetricSpec[] = [
  {
    id: "killed",
    label: "killed",
    unit: { one: "person killed", other: "people killed" },
    title: "Claims of how many {subject} were killed",
    description: "claims of how many {subject} were killed",
  },
  {
    id: "wounded",
    label: "wounded",
    unit: { one: "person wounded", other: "people wounded" },
    title: "Claims of how many {subject} were wounded",
    description: "claims of how many {subject} were wounded",
  },
  {
    id: "casualties",
    label: "casualties (killed and wounded)",
    unit: { one: "casualty", other: "casualties" },
    title: "Claims of casualties among {subject}",
    description: "claims of casualties among {subject}",
  },
  {
    id: "missing",
    label: "missing",
    unit: { one: "person missing", other: "people missing" },
    title: "Claims of how many {subject} are missing",
    description: "claims of how many {subject} are missing",
  },
  {
    id: "captured",
    label: "captured",
    unit: { one: "person captured", other: "people captured" },
    title: "Claims of how many {subject} were captured",
    description: "claims of how many {subject} were captured",
  },
  {
    id: "deployed",
    label: "deployed",
    unit: { one: "person deployed", other: "people deployed" },
    title: "Claims of how many {subject} were deployed",
    description: "claims of how many {subject} were deployed",
  },
  {
    id: "losses",
    label: "losses",
    unit: { one: "loss", other: "losses" },
    title: "Claims of losses among {subject}",
    description: "claims of losses among {subject}",
  },
];

export interface SiteConfig {
  name: string;
  /** Absolute URL the site is served from (no trailing path; see `base`). */
  url: string;
  /** Path prefix when hosted under a sub-path, e.g. "/news/explainers/". */
  base: string;
  /** BCP 47 locale for dates and numbers, and the pages' `lang`. */
  locale: string;
  description: string;
  publisher: { name: string; url: string };
  /** Author ids used when a new explainer is scaffolded. */
  defaultAuthors: string[];
  /** The explainer's structured sections, in the order they must appear. */
  sections: SectionSpec[];
  /** How many of the newest explainers the RSS and Atom feeds carry, each in full. */
  feedSize: number;
  /**
   * Page lengths, so no page grows with the archive: the home page's newest explainers (the
   * rest are in the numbered archive, /archive/), explainers per archive or topic page, claims
   * per claimant or subject page, and how many subjects a claimant page charts (its most
   * cited; the rest are summarised in a table).
   */
  lists: {
    latest: number;
    explainersPerPage: number;
    claimsPerPage: number;
    claimantCharts: number;
  };
  /**
   * What the site's claims count, at least one. A claim's `metric:` and a chart's `metric=`
   * must be one of these ids; the order is the order pages list them in.
   */
  metrics: MetricSpec[];
  /**
   * Display names for topic ids. A topic not listed here is shown as an author wrote it in front
   * matter (`topics: [Port Vell]`), else with its id's words (`floods` → "Floods").
   */
  topicLabels: Record<string, string>;
}

export const siteConfig: SiteConfig = {
  name: "The Explainer Desk",
  url: "https://explainers.example.org",
  base: "/",
  locale: "en-GB",
  description: "Short explainers on the news, with every number sourced to who said it and when.",
  publisher: { name: "Example News", url: "https://example.org" },
  defaultAuthors: ["world-desk"],
  sections: [
    { key: "why-it-matters", label: "Why It Matters", required: true },
    { key: "what-to-know", label: "What To Know", required: true },
    { key: "who-said-what", label: "Who Said What", required: true },
    { key: "what-happens-next", label: "What Happens Next", required: false },
  ],
  metrics: CASUALTY_METRICS,
  feedSize: 50,
  lists: { latest: 20, explainersPerPage: 50, claimsPerPage: 200, claimantCharts: 4 },
  topicLabels: {
    "russia-ukraine-war": "Russia-Ukraine war",
    kursk: "Kursk",
    "north-korea": "North Korea",
  },
};

/**
 * "North Korea" for `north-korea`: the configured label, else the name an author wrote for the
 * topic (`written`, "Port Vell"), else the id's words.
 */
export function topicLabel(
  topic: string,
  config: SiteConfig = siteConfig,
  written?: string,
): string {
  // Own labels only: a topic called "constructor" is not Object's constructor.
  const label = Object.hasOwn(config.topicLabels, topic) ? config.topicLabels[topic] : undefined;
  if (label) return label;
  if (written?.trim()) return written.trim();
  const words = topic.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export default siteConfig;
