// `npm run new -- "Title"`: scaffold a draft explainer with every section laid out. In a terminal
// without a title it asks for one; anywhere else (CI, a pipe) it never waits for input.
import { parseArgs } from "node:util";
import { listEntries, knownTopics } from "../src/lib/authoring/collections.ts";
import { AuthoringError, describeError } from "../src/lib/authoring/errors.ts";
import {
  createExplainer,
  devUrl,
  slugify,
  splitList,
  USAGE,
  type CreateExplainerOptions,
} from "../src/lib/authoring/scaffold.ts";
import { readContentSources } from "../src/lib/content/checkContent.ts";
import { siteConfig } from "../src/site.config.ts";

const root = process.cwd();

function fail(message: string): never {
  process.stderr.write(message.endsWith("\n") ? message : `${message}\n`);
  process.exit(1);
}

const args = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: "string" },
        author: { type: "string", multiple: true },
        topic: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
})();
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

let options: CreateExplainerOptions;
const title = args.positionals.join(" ").trim();
if (title) {
  options = {
    title,
    slug: args.values.slug,
    authors: splitList(args.values.author),
    topics: splitList(args.values.topic),
  };
} else if (process.stdin.isTTY) {
  options = await ask();
} else {
  fail(`No title given, and no terminal to ask for one.\n\n${USAGE}`);
}

try {
  const created = createExplainer(root, options);
  process.stdout.write(
    [
      `Created ${created.path} (a draft).`,
      `Preview it: npm run dev, then open ${devUrl(created.slug)}`,
      "Replace the TODO dek and the notes under each heading; `npm run check` checks drafts too.",
      "",
    ].join("\n"),
  );
} catch (error) {
  if (error instanceof AuthoringError) fail(describeError(error));
  throw error;
}

/** Title, authors and topics, asked one by one in the terminal. */
async function ask(): Promise<CreateExplainerOptions> {
  const p = await import("@clack/prompts");
  const done = <T>(value: T): Exclude<T, symbol> => {
    if (p.isCancel(value)) {
      p.cancel("Cancelled; nothing was written.");
      process.exit(1);
    }
    return value as Exclude<T, symbol>;
  };
  const sources = readContentSources(root);
  p.intro("New explainer");
  const title = done(
    await p.text({
      message: "Headline",
      placeholder: "Zelensky says Russia lost up to a battalion near one Kursk village",
      validate(value) {
        if (!value?.trim()) return "The explainer needs a headline.";
        try {
          slugify(value);
        } catch (error) {
          return (error as Error).message;
        }
        return undefined;
      },
    }),
  );
  const authorChoices = listEntries(sources, "authors");
  let authors: string[] = [];
  if (authorChoices.length) {
    const ids = new Set(authorChoices.map((a) => a.id));
    authors = done(
      await p.multiselect({
        message: "Authors (space to select, enter to confirm)",
        options: authorChoices.map((a) => ({ value: a.id, label: a.label, hint: a.hint })),
        initialValues: siteConfig.defaultAuthors.filter((id) => ids.has(id)),
        required: true,
      }),
    );
  }
  const topicChoices = knownTopics(sources, Object.keys(siteConfig.topicLabels));
  let topics: string[] = [];
  if (topicChoices.length) {
    topics = done(
      await p.multiselect({
        message: "Topics (optional)",
        options: topicChoices.map((t) => ({ value: t, label: t })),
        required: false,
      }),
    );
  }
  const more = done(
    await p.text({
      message: "Other topics, separated by commas (optional)",
      placeholder: "press enter to skip",
      defaultValue: "",
    }),
  );
  topics = [...topics, ...splitList([more])];
  p.outro(`Writing ${slugify(title)}.mdx`);
  return { title, authors, topics };
}
