// `npm run new:claim -- --claimant ... --date ...`: append a checked claim to a claims file.
// In a terminal it asks for whatever the flags left out; anywhere else it never waits for input.
import { parseArgs } from "node:util";
import {
  METRICS,
  metricSpec,
  QUALIFIERS,
  type QualifiedKind,
  SCOPES,
  STATUSES,
  VALUE_KINDS,
} from "../src/schemas/claim.ts";
import { listEntries } from "../src/lib/authoring/collections.ts";
import { AuthoringError, describeError } from "../src/lib/authoring/errors.ts";
import {
  addClaim,
  answerProblem,
  answerProblems,
  CLAIM_FLAGS,
  CLAIM_USAGE,
  missingAnswers,
  suggestClaimId,
  type AnswerKey,
  type ClaimAnswers,
} from "../src/lib/authoring/newClaim.ts";
import { readContentSources } from "../src/lib/content/checkContent.ts";
import { buildNow, isoDay } from "../src/lib/util/dates.ts";

const root = process.cwd();
const keys = Object.keys(CLAIM_FLAGS) as AnswerKey[];

function fail(message: string): never {
  process.stderr.write(message.endsWith("\n") ? message : `${message}\n`);
  process.exit(1);
}

const args = (() => {
  try {
    return parseArgs({
      options: {
        ...Object.fromEntries(keys.map((k) => [CLAIM_FLAGS[k].flag, { type: "string" as const }])),
        file: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${CLAIM_USAGE}`);
  }
})();
if (args.values.help) {
  process.stdout.write(`${CLAIM_USAGE}\n`);
  process.exit(0);
}

const flags = args.values as Record<string, string | boolean | undefined>;
let answers: ClaimAnswers = {};
for (const key of keys) {
  const v = flags[CLAIM_FLAGS[key].flag];
  if (typeof v === "string") answers[key] = v;
}
let file = typeof flags.file === "string" ? flags.file : undefined;
const today = isoDay(buildNow());

if (process.stdin.isTTY) {
  answers = await ask(answers);
} else {
  const missing = missingAnswers(answers);
  if (missing.length) {
    fail(
      `Missing: ${missing.map((k) => `--${CLAIM_FLAGS[k].flag}`).join(", ")}\n` +
        "(There is no terminal to ask for them: give them as flags.)\n\n" +
        CLAIM_USAGE,
    );
  }
}

try {
  const added = addClaim(root, answers, { file });
  process.stdout.write(
    [
      `Added claim "${added.id}" to ${added.path} (line ${added.line}).`,
      `Use it in an explainer: <Claim id="${added.id}" />`,
      "",
    ].join("\n"),
  );
} catch (error) {
  if (error instanceof AuthoringError) fail(describeError(error));
  throw error;
}

/** Ask for each answer the flags did not give (or gave wrongly), checking each as it comes. */
async function ask(initial: ClaimAnswers): Promise<ClaimAnswers> {
  const p = await import("@clack/prompts");
  const a: ClaimAnswers = { ...initial };
  for (const [key, problem] of answerProblems(a, today)) {
    p.log.warn(problem);
    delete a[key];
  }
  const done = <T>(value: T): Exclude<T, symbol> => {
    if (p.isCancel(value)) {
      p.cancel("Cancelled; nothing was written.");
      process.exit(1);
    }
    return value as Exclude<T, symbol>;
  };
  const check =
    (key: AnswerKey, optional = false) =>
    (value: string | undefined) => {
      if (!value?.trim()) return optional ? undefined : "Required.";
      return answerProblem(key, value, { answers: a, today })?.replace(/^--[a-z-]+ /, "");
    };
  /** Ask for `key` unless it was given; blank optional answers are left out. */
  const textFor = async (key: AnswerKey, message: string, placeholder = "", optional = false) => {
    if (a[key] !== undefined) return;
    const v = done(
      await p.text({ message, placeholder, defaultValue: "", validate: check(key, optional) }),
    );
    if (v.trim()) a[key] = v.trim();
  };
  const selectFor = async (
    key: AnswerKey,
    message: string,
    options: Array<{ value: string; label?: string; hint?: string }>,
    initialValue?: string,
  ) => {
    if (a[key] !== undefined) return;
    a[key] = done(await p.select({ message, options, initialValue }));
  };

  const sources = readContentSources(root);
  p.intro("New claim");
  if (file === undefined && sources.claims.length > 1) {
    file = done(
      await p.select({
        message: "Claims file",
        options: sources.claims.map((f) => ({ value: f.path, label: f.path })),
      }),
    );
  }
  const entries = (collection: "claimants" | "subjects") =>
    listEntries(sources, collection).map((e) => ({ value: e.id, label: e.label, hint: e.hint }));
  const claimants = entries("claimants");
  if (claimants.length) await selectFor("claimant", "Who made the claim?", claimants);
  else await textFor("claimant", "Claimant id (declare it in src/content/claimants/ first)");
  await textFor("date", "On what day was it made? (YYYY-MM-DD)", today);
  await textFor("channel", "How was it said? (optional)", "briefing, Telegram post ...", true);
  const subjects = entries("subjects");
  if (subjects.length) await selectFor("subject", "What is being counted?", subjects);
  else await textFor("subject", "Subject id (declare it in src/content/subjects/ first)");
  await selectFor(
    "metric",
    "Which figure?",
    METRICS.map((m) => ({ value: m, hint: metricSpec(m)?.label })),
  );
  const reads: Record<string, string> = {
    point: '"3,000"',
    approx: '"roughly 1,000"',
    range: '"10,000–12,000"',
    atLeast: '"at least 38,000"',
    atMost: '"up to 1,000"',
  };
  await selectFor(
    "kind",
    "What shape is the figure?",
    VALUE_KINDS.map((k) => ({ value: k, hint: `reads ${reads[k]}` })),
  );
  if (a.kind !== undefined && Object.hasOwn(QUALIFIERS, a.kind)) {
    // The claimant's own word ("no more than", "more than"); the usual one is left unwritten.
    const words = QUALIFIERS[a.kind as QualifiedKind];
    await selectFor(
      "qualifier",
      "Which word did the claimant use?",
      words.map((w) => ({ value: w })),
      words[0],
    );
    if (a.qualifier === words[0]) delete a.qualifier;
  }
  if (a.kind === "range") {
    await textFor("low", "Lower figure (digits, e.g. 10000)");
    await textFor("high", "Higher figure");
  } else {
    await textFor("n", "The figure (digits, e.g. 3000)");
  }
  await selectFor(
    "scope",
    "Is it a total to date, or one episode?",
    SCOPES.map((s) => ({
      value: s,
      hint: s === "event" ? "one episode: needs a period" : "a total to date",
    })),
  );
  if (a.scope === "event") {
    await textFor("from", "First day of the episode (YYYY-MM-DD)");
    await textFor("to", "Last day of the episode (YYYY-MM-DD)");
  }
  await selectFor(
    "status",
    "Status",
    STATUSES.map((s) => ({ value: s })),
    "unverified",
  );
  await textFor("verbatim", "The claimant's own words for the figure (optional)", "", true);
  await textFor("place", "Where? (optional)", "Kursk region", true);
  await textFor("sourceUrl", "Source address", "https://");
  await textFor("sourcePublisher", "Who published it?");
  await textFor("sourceTitle", "Source title (optional)", "", true);
  if (a.id === undefined) {
    const taken = new Set(listEntries(sources, "claims").map((c) => c.id));
    const suggested = suggestClaimId(a, taken);
    const id = done(
      await p.text({
        message: "Claim id",
        initialValue: suggested,
        validate: (v) =>
          !v?.trim()
            ? "Required."
            : taken.has(v.trim())
              ? "That id is taken."
              : answerProblem("id", v)?.replace(/^--[a-z-]+ /, ""),
      }),
    );
    a.id = id.trim();
  }
  p.outro("Checking the claim with the rest of the content ...");
  return a;
}
