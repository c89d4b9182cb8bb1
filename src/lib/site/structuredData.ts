// Schema.org structured data (JSON-LD) for the pages: the explainer as a NewsArticle, each claim
// it shows as a Claim, its downloads as a Dataset; a claimant's page as a ProfilePage and a
// subject's or topic's as a CollectionPage. Typed with schema-dts; written by `jsonLdScript`,
// which keeps any text inside its <script> element.
import type {
  Claim as ClaimLd,
  CollectionPage,
  CreativeWork,
  Dataset,
  ImageObject,
  NewsArticle,
  Organization,
  Person,
  ProfilePage,
  Thing,
  WebSite,
  WithContext,
} from "schema-dts";
import type { Author } from "../../schemas/author.ts";
import type { Claim, ClaimSource } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import { SEO_TITLE_MAX, type ExplainerFrontmatter } from "../../schemas/explainer.ts";
import type { Subject } from "../../schemas/subject.ts";
import type { SiteConfig } from "../../site.config.ts";
import { formatValue, metricWords } from "../claims/format.ts";
import { absoluteUrl } from "../util/paths.ts";
import { topicOf } from "./topics.ts";

/** Where the site lives, and who publishes it. */
export interface LdSite {
  config: SiteConfig;
  /** A site path ("/explainers/x/") as an absolute URL, base path included. */
  absolute(path: string): string;
}

/** The social card every explainer has, at /og/<slug>.png. */
export const CARD = { width: 1200, height: 630 } as const;
/** The site's logo in structured data: the home-screen icon (src/pages/apple-touch-icon.png.ts). */
const LOGO = { path: "/apple-touch-icon.png", size: 180 } as const;

const instant = (d: Date) => d.toISOString().replace(".000Z", "Z");

export function publisherLd(site: LdSite): Organization {
  const logo: ImageObject = {
    "@type": "ImageObject",
    url: site.absolute(LOGO.path),
    width: { "@type": "QuantitativeValue", value: LOGO.size, unitCode: "E37" },
    height: { "@type": "QuantitativeValue", value: LOGO.size, unitCode: "E37" },
  };
  return {
    "@type": "Organization",
    name: site.config.publisher.name,
    url: site.config.publisher.url,
    logo,
  };
}

/** A claimant as the Person or Organization they are. */
export function claimantLd(claimant: Claimant, site: LdSite): Person | Organization {
  const common = {
    "@id": `${site.absolute(`/claimants/${claimant.id}/`)}#claimant`,
    name: claimant.name,
    description: `${claimant.role}, ${claimant.affiliation}`,
    ...(claimant.url ? { sameAs: claimant.url } : {}),
  };
  return claimant.kind === "person"
    ? {
        "@type": "Person",
        ...common,
        jobTitle: claimant.role,
        affiliation: { "@type": "Organization", name: claimant.affiliation },
      }
    : { "@type": "Organization", ...common };
}

const sourceLd = (source: ClaimSource): CreativeWork => ({
  "@type": "CreativeWork",
  url: source.url,
  ...(source.title ? { name: source.title } : {}),
  publisher: { "@type": "Organization", name: source.publisher },
  ...(source.date ? { datePublished: source.date } : {}),
  ...(source.archived ? { archivedAt: source.archived } : {}),
});

/** One claim: who made it and when, the figure in words, where it was published. */
export function claimLd(
  claim: Claim,
  lookup: { claimants: ReadonlyMap<string, Claimant>; subjects: ReadonlyMap<string, Subject> },
  site: LdSite,
): ClaimLd {
  const claimant = lookup.claimants.get(claim.claimant);
  const subject = lookup.subjects.get(claim.subject);
  const about = `${metricWords(claim.metric)}, ${subject?.label ?? claim.subject}`;
  const [first] = claim.sources;
  return {
    "@type": "Claim",
    "@id": `${site.absolute(`/claimants/${claim.claimant}/`)}#${claim.id}`,
    text: formatValue(claim.value, site.config.locale),
    description: about.charAt(0).toUpperCase() + about.slice(1),
    ...(claimant ? { author: claimantLd(claimant, site) } : {}),
    datePublished: claim.date,
    ...(subject ? { about: { "@type": "Thing", name: subject.label } } : {}),
    ...(claim.verbatim ? { abstract: claim.verbatim } : {}),
    appearance: claim.sources.map(sourceLd),
    ...(first ? { firstAppearance: sourceLd(first) } : {}),
  };
}

export interface ExplainerLdInput {
  slug: string;
  data: Pick<
    ExplainerFrontmatter,
    "title" | "dek" | "published" | "updated" | "topics" | "corrections"
  >;
  authors: readonly Author[];
  /** The claims the page shows, in its text and its charts. */
  claims: readonly Claim[];
  claimants: ReadonlyMap<string, Claimant>;
  subjects: ReadonlyMap<string, Subject>;
}

/** An explainer page's blocks: the article, then its claims, then its data downloads. */
export function explainerLd(input: ExplainerLdInput, site: LdSite): Array<WithContext<Thing>> {
  const { slug, data } = input;
  const url = site.absolute(`/explainers/${slug}/`);
  const topics = data.topics.map((t) => topicOf(t, undefined, site.config).label);
  const claims = input.claims.map((c) => claimLd(c, input, site));
  const publisher = publisherLd(site);
  const image: ImageObject = {
    "@type": "ImageObject",
    url: site.absolute(`/og/${slug}.png`),
    width: { "@type": "QuantitativeValue", value: CARD.width, unitCode: "E37" },
    height: { "@type": "QuantitativeValue", value: CARD.height, unitCode: "E37" },
  };
  const article: WithContext<NewsArticle> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    headline: data.title,
    description: data.dek,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    inLanguage: site.config.locale,
    datePublished: instant(data.published),
    dateModified: instant(data.updated ?? data.published),
    author: input.authors.map((a): Person => ({
      "@type": "Person",
      name: a.name,
      ...(a.url ? { url: a.url } : {}),
    })),
    publisher,
    image,
    ...(topics.length ? { articleSection: topics[0], keywords: topics } : {}),
    ...(data.corrections.length
      ? {
          correction: data.corrections.map((c) => ({
            "@type": "CorrectionComment" as const,
            text: c.text,
            datePublished: c.date,
          })),
        }
      : {}),
    ...(claims.length ? { mentions: claims.map((c) => ({ "@id": String(c["@id"]) })) } : {}),
  };
  const dataset: WithContext<Dataset> = {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": `${url}#data`,
    name: `Claims in “${data.title}”`,
    description:
      `The ${input.claims.length === 1 ? "claim" : `${input.claims.length} claims`} this ` +
      "explainer shows: who made each, on what day, the figure, its scope and status, and every " +
      "source.",
    url,
    isAccessibleForFree: true,
    inLanguage: site.config.locale,
    creator: publisher,
    publisher,
    dateModified: instant(data.updated ?? data.published),
    isBasedOn: { "@id": `${url}#article` },
    distribution: [
      {
        "@type": "DataDownload",
        encodingFormat: "text/csv",
        contentUrl: site.absolute(`/explainers/${slug}/claims.csv`),
      },
      {
        "@type": "DataDownload",
        encodingFormat: "application/json",
        contentUrl: site.absolute(`/explainers/${slug}/claims.json`),
      },
    ],
  };
  return [
    article,
    ...claims.map((c): WithContext<ClaimLd> => ({ "@context": "https://schema.org", ...c })),
    dataset,
  ];
}

const websiteLd = (site: LdSite): WebSite => ({
  "@type": "WebSite",
  name: site.config.name,
  url: site.absolute("/"),
});

/** A claimant's page: a profile of the person or organisation, with the claims it lists. */
export function claimantPageLd(
  claimant: Claimant,
  page: { path: string; description: string },
  site: LdSite,
): WithContext<ProfilePage> {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: site.absolute(page.path),
    name: claimant.name,
    description: page.description,
    inLanguage: site.config.locale,
    isPartOf: websiteLd(site),
    mainEntity: claimantLd(claimant, site),
  };
}

/** A collection page (a subject's claims, a topic's explainers) about one thing. */
export function collectionPageLd(
  page: { path: string; name: string; description: string },
  parts: ReadonlyArray<{ name: string; path: string }>,
  site: LdSite,
): WithContext<CollectionPage> {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    url: site.absolute(page.path),
    name: page.name,
    description: page.description,
    inLanguage: site.config.locale,
    isPartOf: websiteLd(site),
    about: { "@type": "Thing", name: page.name },
    ...(parts.length
      ? {
          hasPart: parts.map((p): CreativeWork => ({
            "@type": "CreativeWork",
            name: p.name,
            url: site.absolute(p.path),
          })),
        }
      : {}),
  };
}

/** The home page: the site, and who publishes it. */
export function homeLd(site: LdSite): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    ...websiteLd(site),
    description: site.config.description,
    inLanguage: site.config.locale,
    publisher: publisherLd(site),
  };
}

/**
 * The text of a `<script type="application/ld+json">` element. JSON allows `<`, `>`, `&` and
 * the line and paragraph separators raw inside strings; in HTML a `</script>` (or `<!--`) in
 * any field would end or derail the element, and U+2028/U+2029 trip older script parsers. All
 * five are written as \u escapes instead, which JSON reads back as the same characters.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The `LdSite` for a build: `siteUrl` is Astro's `site`; paths get the base path. */
export function ldSite(siteUrl: URL | string | undefined, config: SiteConfig): LdSite {
  const origin = siteUrl ?? config.url;
  return { config, absolute: (path) => absoluteUrl(path, origin) };
}

/**
 * A page's <title>: its own title with the site name after it when the whole fits the length
 * search results show; a long headline keeps its own end instead (og:site_name names the site).
 */
export function pageTitle(title: string, config: Pick<SiteConfig, "name">): string {
  const withName = `${title} | ${config.name}`;
  return title === config.name || withName.length > SEO_TITLE_MAX ? title : withName;
}
