/**
 * The rules for the YAML collections: every file a list of entries that fit their schema, ids
 * declared once, references that resolve (with did-you-mean), claims dated no later than the
 * build day, and revisions that point back in time without going round in a loop.
 */
import type { Claim } from "../../schemas/claim.ts";
import { eventIsPlaced } from "../../schemas/event.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import {
  COLLECTIONS,
  collectionDir,
  DATA_COLLECTIONS,
  type DataCollection,
} from "../../schemas/collections.ts";
import { suggest } from "../util/didYouMean.ts";
import { futureDate, reorderingText } from "./fieldRules.ts";
import { show, type ContentIssue, type SourcePosition } from "./issues.ts";
import type { ContentSources } from "./readSources.ts";
import { checkAgainstSchema } from "./schemaIssues.ts";
import { parseYamlSource, type YamlSource } from "./yamlSource.ts";

/** A validated entry and where it was written. */
export interface Located<T> {
  value: T;
  /** Whether it passed its schema (a failed one is kept so references to it still resolve). */
  valid: boolean;
  pos: SourcePosition;
  source: YamlSource;
  index: number;
}

/** Looks an id up in a collection; reports it (with did-you-mean) and returns false if unknown. */
export type Ref = (
  collection: DataCollection,
  id: unknown,
  at: SourcePosition,
  field: string,
) => boolean;

export interface DataCheck {
  /** Problems found so far; `ref` adds to them. */
  issues: ContentIssue[];
  ref: Ref;
  /** The claims that passed their schema, for the explainers' charts. */
  validClaims: Claim[];
  /** Events that name no subject and are not global: shown only where a chart names them. */
  unplacedEvents: Array<{ id: string; pos: SourcePosition }>;
  /**
   * Collections with a file that could not be read (a YAML error): ids it may declare are not
   * reported as unknown, and charts are not called empty, until it reads.
   */
  unreadable: ReadonlySet<DataCollection>;
  /** Claims that failed their schema: a chart may be empty only because of them. */
  brokenClaims: number;
  /** The claimants that passed their schema, for the truth lints. */
  validClaimants: Claimant[];
}

/**
 * A file that cannot be read, said once: its first YAML error (the rest usually follow from it),
 * with what that holds back.
 */
function unreadableFile(
  found: readonly ContentIssue[],
  collection: DataCollection,
): ContentIssue[] {
  const syntax = found.filter((i) => i.message.startsWith("YAML syntax:"));
  const first = syntax[0];
  if (!first) return [...found];
  const more = syntax.length - 1;
  const noun = COLLECTIONS[collection].noun;
  const hint = [
    first.hint,
    more
      ? `(${more} more YAML ${more === 1 ? "error follows" : "errors follow"} from this one.)`
      : "",
    `Until the file reads, nothing in it is checked, and ${noun} ids used elsewhere are not reported as unknown.`,
  ]
    .filter(Boolean)
    .join(" ");
  return [{ ...first, hint }, ...found.filter((i) => !syntax.includes(i))];
}

/** The most unknown ids one check looks up a did-you-mean for. */
const MAX_SUGGESTIONS = 200;

/** Check the YAML collections; `today` (YYYY-MM-DD) is the build day. */
export function checkData(sources: ContentSources, today: string): DataCheck {
  const issues: ContentIssue[] = [];
  const unreadable = new Set<DataCollection>();
  // 1. Data collections: each file is a list of entries; each entry must fit its schema.
  const entries = {} as Record<DataCollection, Map<string, Located<Record<string, unknown>>>>;
  for (const collection of DATA_COLLECTIONS) {
    const byId = new Map<string, Located<Record<string, unknown>>>();
    entries[collection] = byId;
    for (const file of sources[collection]) {
      const source = parseYamlSource(file.path, file.text);
      if (source.issues.length) {
        unreadable.add(collection);
        issues.push(...unreadableFile(source.issues, collection));
        continue;
      }
      if (source.data == null) continue; // an empty file declares nothing
      if (!Array.isArray(source.data)) {
        issues.push({
          ...source.positionOf([]),
          message: `must be a list of ${COLLECTIONS[collection].noun}s, each starting with "- id: ..."`,
        });
        continue;
      }
      source.data.forEach((raw, index) => {
        const pos = source.positionOf([index]);
        const rawId = (raw as { id?: unknown } | null)?.id;
        const { value, issues: found } = checkAgainstSchema(
          COLLECTIONS[collection].schema,
          raw,
          source,
          [index],
        );
        issues.push(...found, ...reorderingText(raw, source, [index]));
        if (typeof rawId !== "string") return;
        const first = byId.get(rawId);
        if (first) {
          issues.push({
            ...source.positionOf([index, "id"]),
            field: "id",
            message: `duplicate ${COLLECTIONS[collection].noun} id "${rawId}"; first declared at ${first.pos.file}:${first.pos.line}`,
            hint: "Every id is declared exactly once: rename one of them.",
          });
          return;
        }
        // Keep entries that failed the schema too, so references to them don't also fail.
        byId.set(rawId, {
          value: (value ?? raw) as Record<string, unknown>,
          valid: value !== undefined,
          pos,
          source,
          index,
        });
      });
    }
  }

  // Each did-you-mean compares the id with every declared one (16,000 claims in a large archive):
  // past this many in one check, the rest are reported without one.
  let suggestions = MAX_SUGGESTIONS;
  const known = new Map<DataCollection, string[]>();
  const ref = (
    collection: DataCollection,
    id: unknown,
    at: SourcePosition,
    field: string,
  ): boolean => {
    if (typeof id !== "string" || entries[collection].has(id)) return true;
    // The id may be in the file that could not be read: that file's error is the one to fix.
    if (unreadable.has(collection)) return false;
    const noun = COLLECTIONS[collection].noun;
    let ids = known.get(collection);
    if (!ids) known.set(collection, (ids = [...entries[collection].keys()]));
    const near = suggestions-- > 0 ? `${suggest(id, ids, noun)} ` : "";
    issues.push({
      ...at,
      field,
      message: `unknown ${noun} ${show(id)}`,
      hint: `${near}${noun[0]!.toUpperCase()}${noun.slice(1)}s are declared in ${collectionDir(collection)}/.`,
    });
    return false;
  };

  // 2. Claims: references, dates against the build day, revisions.
  for (const [id, claim] of entries.claims) {
    const c = claim.value as {
      claimant?: unknown;
      relayedVia?: unknown;
      subject?: unknown;
      date?: unknown;
      supersedes?: unknown;
    };
    const at = (field: string) => claim.source.positionOf([claim.index, field]);
    ref("claimants", c.claimant, at("claimant"), "claimant");
    if (c.relayedVia != null) ref("claimants", c.relayedVia, at("relayedVia"), "relayedVia");
    ref("subjects", c.subject, at("subject"), "subject");
    const future = futureDate(
      c.date,
      today,
      at("date"),
      "date",
      "A claim's date is the day it was made",
    );
    if (future) issues.push(future);
    if (
      typeof c.supersedes === "string" &&
      ref("claims", c.supersedes, at("supersedes"), "supersedes")
    ) {
      const earlier = entries.claims.get(c.supersedes)!.value as { date?: unknown };
      if (c.supersedes === id) {
        issues.push({
          ...at("supersedes"),
          field: "supersedes",
          message: "a claim cannot supersede itself",
        });
      } else if (
        typeof earlier.date === "string" &&
        typeof c.date === "string" &&
        earlier.date > c.date
      ) {
        issues.push({
          ...at("supersedes"),
          field: "supersedes",
          message: `"${c.supersedes}" (${earlier.date}) is later than this claim (${c.date})`,
          hint: "supersedes points at an earlier claim that this one revises.",
        });
      }
    }
  }
  issues.push(...revisionLoops(entries.claims));
  issues.push(...lookAlikes(entries.claimants));
  issues.push(...spokespersonRules(entries.claimants, ref));
  const unplacedEvents: DataCheck["unplacedEvents"] = [];
  for (const [eventId, event] of entries.events) {
    const e = event.value as { subject?: unknown; subjects?: unknown };
    if (e.subject != null)
      ref("subjects", e.subject, event.source.positionOf([event.index, "subject"]), "subject");
    if (Array.isArray(e.subjects))
      e.subjects.forEach((s, i) =>
        ref("subjects", s, event.source.positionOf([event.index, "subjects", i]), `subjects[${i}]`),
      );
    if (event.valid && !eventIsPlaced(event.value))
      unplacedEvents.push({ id: eventId, pos: event.pos });
  }

  const validClaims = [...entries.claims.values()]
    .filter((c) => c.valid)
    .map((c) => c.value as Claim);
  const brokenClaims = entries.claims.size - validClaims.length;
  const validClaimants = [...entries.claimants.values()]
    .filter((c) => c.valid)
    .map((c) => c.value as Claimant);
  return { issues, ref, validClaims, validClaimants, unplacedEvents, unreadable, brokenClaims };
}

/**
 * Claimants that declare the same colour and shape: a chart keeps what is declared, so on one
 * chart the two would look alike (and in print, where shape stands in for colour, be the same).
 */
function lookAlikes(claimants: Map<string, Located<Record<string, unknown>>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const first = new Map<string, Located<Record<string, unknown>>>();
  for (const [id, claimant] of claimants) {
    const { colour, shape } = claimant.value;
    if (!claimant.valid || typeof colour !== "string" || typeof shape !== "string") continue;
    const key = `${colour} ${shape}`;
    const other = first.get(key);
    if (!other) {
      first.set(key, claimant);
      continue;
    }
    issues.push({
      ...claimant.source.positionOf([claimant.index, "shape"]),
      field: "shape",
      severity: "warning",
      message: `"${id}" declares the same colour and shape (${colour} ${shape}) as "${String(other.value.id)}" at ${other.pos.file}:${other.pos.line}`,
      hint: "On a chart together they would look alike: give one of them another colour or shape.",
    });
  }
  return issues;
}

/**
 * `speaksFor` names a declared claimant other than themselves, and never leads back round
 * (a speaks for b, who speaks for a): reported once, at each claimant in the loop.
 */
function spokespersonRules(
  claimants: Map<string, Located<Record<string, unknown>>>,
  ref: Ref,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (c: Located<Record<string, unknown>>) => c.source.positionOf([c.index, "speaksFor"]);
  for (const [id, claimant] of claimants) {
    const to = claimant.value.speaksFor;
    if (to == null || !ref("claimants", to, at(claimant), "speaksFor") || to !== id) continue;
    issues.push({
      ...at(claimant),
      field: "speaksFor",
      message: "a claimant cannot speak for themselves",
      hint: "speaksFor names the organisation (or person) they speak for; leave it out otherwise.",
    });
  }
  // Each claimant speaks for at most one other: as with revisions, one colouring walk finds
  // every loop in linear time.
  const next = (id: string) => {
    const to = claimants.get(id)?.value.speaksFor;
    return typeof to === "string" && to !== id && claimants.has(to) ? to : undefined;
  };
  const state = new Map<string, "walking" | "done">();
  for (const start of claimants.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && !state.has(id)) {
      state.set(id, "walking");
      path.push(id);
      id = next(id);
    }
    if (id !== undefined && state.get(id) === "walking") {
      const loop = path.slice(path.indexOf(id));
      for (const member of loop) {
        issues.push({
          ...at(claimants.get(member)!),
          field: "speaksFor",
          message: `speaksFor goes round in a loop: ${loopFrom(loop, member)}`,
          hint: "A spokesperson speaks for an organisation; remove speaksFor from the organisation.",
        });
      }
    }
    for (const done of path) state.set(done, "done");
  }
  return issues;
}

/**
 * Revision chains that go round in a loop (a supersedes b supersedes a). Each claim names at
 * most one earlier claim, so the chains form a functional graph: one walk that colours each
 * claim once finds every loop in time linear in the number of claims.
 */
function revisionLoops(claims: Map<string, Located<Record<string, unknown>>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const next = (id: string) => {
    const to = claims.get(id)?.value.supersedes;
    return typeof to === "string" && to !== id && claims.has(to) ? to : undefined;
  };
  const state = new Map<string, "walking" | "done">();
  for (const start of claims.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && !state.has(id)) {
      state.set(id, "walking");
      path.push(id);
      id = next(id);
    }
    if (id !== undefined && state.get(id) === "walking") {
      // The loop is the tail of this walk from `id` on; report it once, at each member.
      const loop = path.slice(path.indexOf(id));
      for (const member of loop) {
        const claim = claims.get(member)!;
        issues.push({
          ...claim.source.positionOf([claim.index, "supersedes"]),
          field: "supersedes",
          message: `revisions go round in a loop: ${loopFrom(loop, member, "claims")}`,
          hint: "Each claim revises an earlier one; remove supersedes from the oldest.",
        });
      }
    }
    for (const done of path) state.set(done, "done");
  }
  return issues;
}

/** The longest loop written out in full; a longer one is cut, so its messages stay linear. */
const LOOP_SHOWN = 6;

/**
 * A loop as read from `member` round to itself: `a → b → c → a`. A loop longer than LOOP_SHOWN
 * shows its first steps and how many it has (each member gets a message, so writing every loop
 * out in full at each would grow with the square of its length).
 */
function loopFrom(loop: readonly string[], member: string, noun = "claimants"): string {
  const from = loop.indexOf(member);
  const order = [...loop.slice(from), ...loop.slice(0, from)];
  if (order.length <= LOOP_SHOWN) return [...order, member].join(" → ");
  return `${order.slice(0, 3).join(" → ")} → … → ${member} (${order.length} ${noun})`;
}
