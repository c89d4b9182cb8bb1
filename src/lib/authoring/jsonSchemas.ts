/**
 * JSON Schemas for the YAML collections, generated from the Zod schemas so that an editor (VS
 * Code with the YAML extension) can complete fields, list the allowed words and flag mistakes
 * as an author types. The build's own check stays the authority: cross-file rules (unknown
 * ids, dates in the future, low < high) are beyond a JSON Schema.
 */
import { z } from "astro/zod";
import { format, resolveConfig } from "prettier";
import { METRICS, metricSchema, metricSpec, SCOPES, STATUSES } from "../../schemas/claim.ts";
import { calendarDate, httpUrl } from "../../schemas/fields.ts";
import type { Colour, Shape } from "../../schemas/seriesLook.ts";
import { COLLECTIONS, DATA_COLLECTIONS, type DataCollection } from "../../schemas/collections.ts";

type Json = Record<string, unknown>;

/** Where each schema is written, relative to the project root. */
export const schemaPath = (collection: DataCollection) => `schemas/${collection}.schema.json`;

const ID = "An id: lower-case letters, digits and single hyphens.";

/** What each field is for, by collection and dotted path (list items are transparent). */
const DESCRIPTIONS: Record<DataCollection, Record<string, string>> = {
  claims: {
    "": "A figure, said by one claimant on one day, about one subject and metric.",
    id: `This claim's id, used in <Claim id="..." />. Suggested: <claimant>-<YYYY-MM-DD>-<subject>. ${ID}`,
    claimant: "Who the figure belongs to: an id from src/content/claimants/.",
    date: "The day the claim was made (not the period it covers), YYYY-MM-DD. Not in the future.",
    channel: "How it was said: address, Telegram post, briefing, interview ... Optional.",
    relayedVia:
      "The claimant id of a speaker who passed the figure on (Zelensky relaying Syrskyi). Optional.",
    subject: "What is being counted: an id from src/content/subjects/.",
    metric: "What the figure counts: one of the metrics in src/site.config.ts.",
    value:
      'The figure, in exactly one of five shapes. Numbers are plain numbers: 3000, never "3,000".',
    "value.kind": "The shape of the figure.",
    "value.n": "The figure: a plain number, e.g. 3000.",
    "value.qualifier":
      'The claimant\'s word for a bound or an estimate, when not the usual one: "no more than" or "at most" (atMost), "more than" (atLeast), "about" or "some" (approx). Optional.',
    "value.low": "The lower end of the range; less than high.",
    "value.high": "The upper end of the range; more than low.",
    verbatim: 'The claimant\'s own words for the figure, e.g. "more than 38,000". Optional.',
    inferred:
      'An editorial conversion, e.g. "a battalion can be up to about 1,000 soldiers". Optional.',
    scope: "Whether the figure is a total to date or one episode.",
    period:
      "The days the figure covers: { from: YYYY-MM-DD, to: YYYY-MM-DD }. Required for an event claim; it ends on or before the claim's date.",
    "period.from": "The first day the figure covers, YYYY-MM-DD.",
    "period.to": "The last day the figure covers, YYYY-MM-DD; not after the claim's date.",
    place: "Where, in words: Kursk region. Optional.",
    status: "How far the figure has been checked.",
    supersedes: "The id of an earlier claim this one revises. Optional.",
    sources: "Where the claim was published: at least one source.",
    "sources.url": "The absolute http(s) address of the page that carries the claim.",
    "sources.publisher": "Who published it: Office of the President of Ukraine.",
    "sources.title": "The page's title. Optional.",
    "sources.date": "The page's date, YYYY-MM-DD. Optional.",
    "sources.archived": "A copy in a web archive, for when the original moves. Optional.",
  },
  claimants: {
    "": "Someone who makes claims or is quoted: a person or an organisation.",
    id: `Used in claims (claimant:) and quotes (<Quote by="...">). ${ID}`,
    name: "The name as readers see it: Volodymyr Zelensky.",
    role: "What they are, as a reader needs it: President of Ukraine.",
    affiliation: "The country or body they speak for: Ukraine.",
    kind: "A person or an organisation.",
    url: "An official page about them, absolute http(s). Optional.",
    colour: "Their colour on every chart, by name. Optional: left out, one is derived from the id.",
    shape: "Their mark shape on every chart. Optional: left out, one is derived from the id.",
    speaksFor:
      'For a spokesperson: the id of the claimant they speak for, from src/content/claimants/. Credited "Núria Vidal, for the Port Vell Housing Coalition". Optional.',
  },
  subjects: {
    "": "What is being counted, e.g. North Korean troops in Kursk.",
    id: `Used in claims (subject:) and charts (<ClaimsTimeline subject="...">). ${ID}`,
    label: "The subject as readers see it: North Korean troops in Kursk.",
    short:
      'A shorter form for chart titles and running text: "the Port Vell housing march". Optional; without it, sentences use the label with a leading "The" in lower case.',
    description: "One sentence on what is and is not counted. Optional.",
  },
  authors: {
    "": "A byline.",
    id: `Used in an explainer's authors: [...]. ${ID}`,
    name: "The byline as readers see it: World desk.",
    role: "Staff, Correspondent ... Optional.",
    url: "A profile page, absolute http(s). Optional.",
  },
  events: {
    "": "A dated event that charts mark with a labelled rule.",
    id: ID,
    date: "The day it happened, YYYY-MM-DD.",
    label: "A short label for the chart: Ukraine's incursion into Kursk begins.",
    subject:
      'Shown on the charts of this subject (an id from src/content/subjects/). An event needs subject, subjects or global: true, unless a chart names it (events="id").',
    subjects: "Shown on the charts of each of these subjects: [id, id]. Instead of subject.",
    global:
      "true: shown on every chart whose dates it falls within (it never stretches a chart). For events that concern every story.",
  },
};

/** What each allowed word means, by collection and dotted path. */
const ENUM_DESCRIPTIONS: Partial<Record<DataCollection, Record<string, Record<string, string>>>> = {
  claims: {
    // The configured metrics, each with its label.
    metric: Object.fromEntries(
      METRICS.map((m) => [
        m,
        `${(metricSpec(m)?.label ?? m).replace(/^./, (c) => c.toUpperCase())}.`,
      ]),
    ),
    scope: {
      cumulative: "A total to date.",
      event: "One episode: needs a period.",
    } satisfies Record<(typeof SCOPES)[number], string>,
    status: {
      unverified: "Not independently verified.",
      corroborated: "Corroborated by other sources.",
      disputed: "Disputed.",
      retracted: "Retracted by the claimant.",
    } satisfies Record<(typeof STATUSES)[number], string>,
  },
  claimants: {
    kind: { person: "A person.", organisation: "An organisation." },
    colour: {
      orange: "Orange.",
      "sky-blue": "Sky blue.",
      green: "Bluish green.",
      blue: "Blue.",
      vermillion: "Vermillion: a red-orange.",
      purple: "Reddish purple.",
    } satisfies Record<Colour, string>,
    shape: {
      circle: "A circle.",
      square: "A square.",
      diamond: "A diamond.",
      x: "A diagonal cross, ×.",
      star: "A five-pointed star.",
      wye: "A three-armed Y.",
    } satisfies Record<Shape, string>,
  },
};

/** Each value shape, as the branch of `value` that has that kind. */
const VALUE_KINDS: Record<string, string> = {
  point: 'An exact figure: { kind: point, n: 3000 } reads "3,000".',
  approx: 'An approximate figure: { kind: approx, n: 1000 } reads "roughly 1,000".',
  range: 'A range: { kind: range, low: 10000, high: 12000 } reads "10,000–12,000".',
  atLeast: 'A lower bound: { kind: atLeast, n: 38000 } reads "at least 38,000".',
  atMost: 'An upper bound: { kind: atMost, n: 1000 } reads "up to 1,000".',
};

const isOptionalPipe = (schema: unknown) => {
  // `optional()` in src/schemas/fields.ts: a preprocess (null → undefined) into .optional().
  const def = (schema as { _zod: { def: Record<string, { _zod: { def: Json } }> } })._zod.def;
  return (
    (def.type as unknown) === "pipe" &&
    def.in?._zod.def.type === "transform" &&
    def.out?._zod.def.type === "optional"
  );
};

/** The Zod schema as JSON Schema for what authors write (the input side). */
function entrySchema(schema: z.ZodType): Json {
  const json = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override({ zodSchema, jsonSchema }) {
      const js = jsonSchema as Json;
      // Preprocessed fields come out as bare strings; say what the preprocess accepts.
      if (zodSchema === calendarDate) js.pattern = "^\\d{4}-\\d{2}-\\d{2}$";
      if (zodSchema === httpUrl) js.pattern = "^[Hh][Tt][Tt][Pp][Ss]?://\\S+$";
      // The metric is checked against src/site.config.ts in code; editors get the same list.
      if (zodSchema === metricSchema) js.enum = [...METRICS];
      // Optional fields may also be written as null (`archived: null`).
      if (isOptionalPipe(zodSchema)) {
        const inner = { ...js };
        for (const key of Object.keys(js)) delete js[key];
        js.anyOf = [inner, { type: "null" }];
      }
    },
  }) as Json;
  delete json.$schema;
  return json;
}

/** Put `description` (and the enum's descriptions) first on every described node. */
function describe(node: Json, collection: DataCollection, path: string, missing: string[]): Json {
  const out: Json = {};
  const text = DESCRIPTIONS[collection][path];
  if (text) out.description = text;
  else missing.push(`${collection}:${path || "(entry)"}`);
  const words = ENUM_DESCRIPTIONS[collection]?.[path];
  return { ...out, ...annotate(node, collection, path, missing, words) };
}

function annotate(
  node: Json,
  collection: DataCollection,
  path: string,
  missing: string[],
  words?: Record<string, string>,
): Json {
  const out: Json = { ...node };
  if (Array.isArray(node.enum) && words) {
    out.enumDescriptions = (node.enum as string[]).map((w) => words[w] ?? "");
  }
  if (node.properties) {
    const props = node.properties as Record<string, Json>;
    out.properties = Object.fromEntries(
      Object.entries(props).map(([key, child]) => [
        key,
        describe(child, collection, path ? `${path}.${key}` : key, missing),
      ]),
    );
  }
  if (node.items) out.items = annotate(node.items as Json, collection, path, missing);
  if (Array.isArray(node.anyOf)) {
    // Nullable optional fields: the description sits on the field, not on each branch.
    out.anyOf = (node.anyOf as Json[]).map((b) => annotate(b, collection, path, missing, words));
  }
  if (Array.isArray(node.oneOf) && path === "value") {
    // The value's five shapes: each branch says which one it is and how it reads.
    out.oneOf = (node.oneOf as Json[]).map((branch) => {
      const kind = ((branch.properties as Record<string, Json> | undefined)?.kind?.const ??
        "") as string;
      const described = annotate(branch, collection, path, missing);
      return VALUE_KINDS[kind]
        ? { title: kind, description: VALUE_KINDS[kind], ...described }
        : described;
    });
    out.defaultSnippets = Object.keys(VALUE_KINDS).map((kind) => ({
      label: kind,
      description: VALUE_KINDS[kind],
      body: kind === "range" ? { kind, low: 0, high: 0 } : { kind, n: 0 },
    }));
  }
  return out;
}

/** Cross-field rules a JSON Schema can say, beyond what Zod exports. */
const RULES: Partial<Record<DataCollection, Json>> = {
  claims: {
    // claimSchema's superRefine: an event claim needs a period.
    allOf: [
      {
        if: { type: "object", properties: { scope: { const: "event" } }, required: ["scope"] },
        then: { type: "object", required: ["period"], properties: { period: { type: "object" } } },
      },
    ],
  },
};

/** Title of each file's schema. */
const TITLES: Record<DataCollection, string> = {
  claims: "Claims",
  claimants: "Claimants",
  subjects: "Subjects",
  authors: "Authors",
  events: "Events",
};

export interface GeneratedSchemas {
  schemas: Record<DataCollection, Json>;
  /** Fields without a description: add one to DESCRIPTIONS when a schema grows a field. */
  undescribed: string[];
}

/** Every collection's JSON Schema: a file is a list of entries. */
export function buildJsonSchemas(): GeneratedSchemas {
  const undescribed: string[] = [];
  const schemas = {} as Record<DataCollection, Json>;
  for (const collection of DATA_COLLECTIONS) {
    schemas[collection] = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $comment:
        "Generated from src/schemas/ by scripts/json-schemas.ts (npm exec -- node scripts/json-schemas.ts); do not edit.",
      title: TITLES[collection],
      description: `src/content/${collection}/*.yaml: a list of entries, each starting with "- id: ...".`,
      type: "array",
      items: {
        description: DESCRIPTIONS[collection][""],
        ...annotate(entrySchema(COLLECTIONS[collection].schema), collection, "", undescribed),
        ...RULES[collection],
      },
    };
  }
  return { schemas, undescribed };
}

/** A schema as the file holds it: JSON as Prettier formats it, so `npm test` stays clean. */
export async function serialiseSchema(schema: Json, root: string): Promise<string> {
  const config = (await resolveConfig(`${root}/schemas/x.schema.json`)) ?? {};
  return format(JSON.stringify(schema, null, 2), { ...config, parser: "json" });
}
