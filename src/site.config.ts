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
  /** Display names for topic ids; a topic not listed here is shown with its id's words. */
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
  feedSize: 50,
  lists: { latest: 20, explainersPerPage: 50, claimsPerPage: 200, claimantCharts: 4 },
  topicLabels: {
    "russia-ukraine-war": "Russia-Ukraine war",
    kursk: "Kursk",
    "north-korea": "North Korea",
  },
};

/** "North Korea" for `north-korea`: the configured label, else the id's words. */
export function topicLabel(topic: string, config: SiteConfig = siteConfig): string {
  // Own labels only: a topic called "constructor" is not Object's constructor.
  const label = Object.hasOwn(config.topicLabels, topic) ? config.topicLabels[topic] : undefined;
  if (label) return label;
  const words = topic.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export default siteConfig;
