import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
} from "yaml";
import jsyaml from "js-yaml";
import type { ContentIssue, SourcePosition } from "./issues.ts";

const DEEP = "YAML is nested too deeply to read";
const DEEP_HINT = "Content files hold plain lists of fields; simplify the file.";

export type FieldPath = ReadonlyArray<string | number>;

/** Parsed YAML that can say where any field of it was written. */
export interface YamlSource {
  file: string;
  /** Plain data (dates stay `YYYY-MM-DD` text under the YAML 1.2 core schema). */
  data: unknown;
  /** Syntax errors, already placed. */
  issues: ContentIssue[];
  /** Position of the value at `path`, or of the nearest enclosing value that exists. */
  positionOf(path: FieldPath): SourcePosition;
  /** Position of the key `key` inside the mapping at `path` (for unknown fields). */
  keyPositionOf(path: FieldPath, key: string): SourcePosition;
  /**
   * When the stray key `key` of the `{ }` mapping at `path` is the tail of a number typed with
   * commas (`n: 250,000` reads as `n: 250` and a field "000"), the field, the number as typed
   * and where it starts.
   */
  commaNumberAt(path: FieldPath, key: string): CommaNumber | undefined;
}

/** A figure typed with thousands commas inside `{ }`, which YAML splits into fields. */
export interface CommaNumber {
  field: string;
  typed: string;
  pos: SourcePosition;
}

/**
 * The plain data of whole YAML files already read without problems in this process, by path. The
 * build runs the content check before Astro's content loaders read the same files, so each file
 * is parsed once (for an archive's claims, seconds of a build). On globalThis, because the
 * loaders run in Astro's own copy of this module. An entry is used only for the same text.
 */
const READ_FILES = Symbol.for("claims-explainers.yaml-read");
type ReadFiles = Map<string, { text: string; data: unknown }>;
const readFiles = (): ReadFiles =>
  ((globalThis as { [READ_FILES]?: ReadFiles })[READ_FILES] ??= new Map<
    string,
    { text: string; data: unknown }
  >());

/**
 * The data of YAML file `file` with text `text`: what the content check read, handed over (then
 * forgotten, so the build does not hold it, unless `keep`), or parsed now. Problems are returned,
 * for the loaders to throw.
 */
export function yamlData(
  file: string,
  text: string,
  { keep = false }: { keep?: boolean } = {},
): { data: unknown; issues: ContentIssue[] } {
  const files = readFiles();
  const known = files.get(file);
  if (!keep) files.delete(file);
  if (known && known.text === text) return { data: known.data, issues: [] };
  const source = parseYamlSource(file, text);
  if (!keep) files.delete(file);
  return { data: source.data, issues: source.issues };
}

/**
 * The YAML 1.2 core schema's scalars exactly as the `yaml` package resolves them (its
 * schema/core: the same patterns, the same conversions), for js-yaml: `1_000` and `2024-01-01`
 * stay text, `0o17` is 15, `.5` is 0.5.
 */
const scalar = (tag: string, test: RegExp, construct: (text: string) => unknown) =>
  new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    resolve: (text: string | null) => test.test(text ?? ""),
    construct: (text: string | null) => construct(text ?? ""),
  });
const CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar("null", /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar("bool", /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (t) => t[0] === "t" || t[0] === "T"),
    scalar("int", /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (t) =>
      t.startsWith("0o")
        ? parseInt(t.slice(2), 8)
        : t.startsWith("0x")
          ? parseInt(t.slice(2), 16)
          : parseInt(t, 10),
    ),
    scalar(
      "float",
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
      (t) =>
        /nan$/i.test(t)
          ? NaN
          : /inf$/i.test(t)
            ? t[0] === "-"
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY
            : parseFloat(t),
    ),
  ],
});

/**
 * The plain data of `text` read the quick way (js-yaml, an order of magnitude faster than the
 * `yaml` package, which also keeps every node's place), or undefined when the careful way must
 * read it: a syntax error or warning, an anchor (aliases are refused, with their place), an
 * explicit tag or anything else js-yaml will not read. Content files are plain lists of fields:
 * the quick way reads nearly all of them, and where it does, the data is the same.
 */
function quickData(text: string): { data: unknown } | undefined {
  // A list item that opens a list on its own line (`- - a`): js-yaml nests the lines after it
  // one level too deep.
  if (/^[ \t]*-[ \t]+-(?:[ \t]|$)/m.test(text)) return undefined;
  let careful = false;
  try {
    const data = jsyaml.load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === "close" && (state as { anchor?: unknown }).anchor != null) careful = true;
      },
      onWarning: () => (careful = true),
    });
    return careful || data === undefined ? undefined : { data };
  } catch {
    return undefined;
  }
}

/**
 * A place found only when something reads it, by parsing the file the careful way then: the
 * check asks for the place of every field it looks at, and reports very few.
 */
function lazyPosition(file: string, find: () => SourcePosition): SourcePosition {
  let found: SourcePosition | undefined;
  return {
    file,
    get line() {
      return (found ??= find()).line;
    },
    get column() {
      return (found ??= find()).column;
    },
  };
}

/**
 * Parse YAML text, keeping node positions. `lineOffset` shifts lines for YAML embedded in a
 * larger file (front matter starts on line 2 of an MDX file). Most files are read the quick way,
 * and parsed again the careful way only if a place in them is asked for.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): YamlSource {
  const quick = quickData(text);
  if (!quick) return parseYamlCarefully(file, text, lineOffset);
  let careful: YamlSource | undefined;
  const places = () => (careful ??= parseYamlCarefully(file, text, lineOffset));
  if (lineOffset === 0) readFiles().set(file, { text, data: quick.data });
  return {
    file,
    data: quick.data,
    issues: [],
    positionOf: (path) => lazyPosition(file, () => places().positionOf(path)),
    keyPositionOf: (path, key) => lazyPosition(file, () => places().keyPositionOf(path, key)),
    commaNumberAt: (path, key) => places().commaNumberAt(path, key),
  };
}

/** Parse YAML text with the `yaml` package, every node with its place. */
export function parseYamlCarefully(file: string, written: string, lineOffset = 0): YamlSource {
  // A byte-order mark (what some editors put first) is not part of the YAML, and editors do not
  // count it as a column; js-yaml skips it too.
  const text = written.charCodeAt(0) === 0xfeff ? written.slice(1) : written;
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // Pathological input (nesting thousands deep) can exhaust the parser's stack.
    const issue: ContentIssue = {
      file,
      line: 1 + lineOffset,
      column: 1,
      message: /call stack/i.test((error as Error).message)
        ? DEEP
        : `YAML could not be read: ${(error as Error).message.split("\n")[0]}`,
      hint: DEEP_HINT,
    };
    return {
      file,
      data: undefined,
      issues: [issue],
      positionOf: () => ({ file, line: 1 + lineOffset, column: 1 }),
      keyPositionOf: () => ({ file, line: 1 + lineOffset, column: 1 }),
      commaNumberAt: () => undefined,
    };
  }
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  const issues: ContentIssue[] = doc.errors.map((e) =>
    // Where a runaway nesting exhausts the stack depends on the machine: report it at the start.
    /call stack/i.test(e.message)
      ? { ...at(0), message: DEEP, hint: DEEP_HINT }
      : {
          ...at(e.pos[0]),
          message: `YAML syntax: ${e.message.split("\n")[0]}`,
          hint: "Check indentation, and quote text that contains a colon followed by a space.",
        },
  );
  // Anchors and aliases (&name, *name) are how a few lines expand to gigabytes; content never
  // needs them, so they are refused before anything is expanded.
  if (!issues.length) {
    visit(doc, {
      Alias(_, node) {
        issues.push({
          ...at(node.range?.[0] ?? 0),
          message: `YAML alias *${node.source} is not allowed in content`,
          hint: "Write the value out in full instead of pointing at an &anchor.",
        });
        return issues.length >= 5 ? visit.BREAK : undefined;
      },
    });
  }
  let data: unknown;
  if (!issues.length) {
    try {
      data = doc.toJS({ maxAliasCount: 0 });
    } catch (error) {
      issues.push({
        ...at(0),
        message: `YAML could not be read: ${(error as Error).message.split("\n")[0]}`,
      });
    }
  }

  const nodeAt = (path: FieldPath) => {
    // Walk down as far as the path exists, so a missing field points at its parent entry.
    let node: unknown = doc.contents;
    for (const key of path) {
      if (!isMap(node) && !isSeq(node)) break;
      const next = (node as { get(k: unknown, keepScalar: boolean): unknown }).get(key, true);
      if (!isNode(next)) break;
      node = next;
    }
    return node;
  };
  const start = (node: unknown): SourcePosition =>
    isNode(node) && node.range ? at(node.range[0]) : { file, line: 1 + lineOffset, column: 1 };

  if (!issues.length && lineOffset === 0) readFiles().set(file, { text: written, data });
  return {
    file,
    data: issues.length ? undefined : data,
    issues,
    positionOf: (path) => start(nodeAt(path)),
    keyPositionOf(path, key) {
      const map = nodeAt(path);
      if (isMap(map)) {
        // A key YAML read as a number (000 → 0) is matched by its text as the schema saw it.
        const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (pair) return start(pair.key);
      }
      return start(map);
    },
    commaNumberAt(path, key) {
      const map = nodeAt(path);
      if (!isMap(map) || !map.flow) return undefined;
      const stray = (p: (typeof map.items)[number] | undefined) =>
        p !== undefined &&
        isScalar(p.key) &&
        p.value == null &&
        /^\d{3}$/.test(text.slice(p.key.range?.[0] ?? 0, p.key.range?.[1] ?? 0));
      const index = map.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
      if (index < 0 || !stray(map.items[index])) return undefined;
      let first = index;
      while (first > 0 && stray(map.items[first - 1])) first--;
      let last = index;
      while (stray(map.items[last + 1])) last++;
      const owner = map.items[first - 1];
      const endKey = map.items[last]?.key;
      if (!owner || !isScalar(owner.key) || !isScalar(owner.value) || !isScalar(endKey))
        return undefined;
      if (typeof owner.value.value !== "number" || !owner.value.range || !endKey.range)
        return undefined;
      const typed = text.slice(owner.value.range[0], endKey.range[1]);
      if (!/^\d{1,3}(?:\s*,\s*\d{3})+$/.test(typed)) return undefined;
      return {
        field: String(owner.key.value),
        typed: typed.replace(/\s+/g, ""),
        pos: at(owner.value.range[0]),
      };
    },
  };
}
