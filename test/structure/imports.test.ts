// The code's layers: every import points down one stack, never up or sideways, and nothing
// imports itself round in a loop. Reading the source (not the bundler's graph) keeps this fast
// and makes a broken rule name the file and the line.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/site.ts";

/**
 * Layers from the bottom. A file may import from its own layer's folder or any layer below;
 * two folders on the same level (charts and content) may not import each other.
 */
const LAYERS: Array<{ level: number; name: string; match: RegExp }> = [
  { level: 0, name: "util", match: /^src\/lib\/util\// },
  { level: 0, name: "config", match: /^src\/site\.config\.ts$/ },
  { level: 1, name: "schemas", match: /^src\/schemas\// },
  { level: 2, name: "claims", match: /^src\/lib\/claims\// },
  { level: 3, name: "charts", match: /^src\/lib\/charts\// },
  { level: 3, name: "content", match: /^src\/lib\/content\// },
  { level: 4, name: "site", match: /^src\/lib\/site\// },
  { level: 5, name: "authoring", match: /^src\/lib\/authoring\// },
  { level: 5, name: "integrations", match: /^src\/integrations\// },
  { level: 5, name: "collections", match: /^src\/content\.config\.ts$/ },
  { level: 5, name: "browser scripts", match: /^src\/scripts\// },
  { level: 6, name: "components", match: /^src\/components\// },
  { level: 7, name: "layouts", match: /^src\/layouts\// },
  { level: 8, name: "pages", match: /^src\/pages\// },
  { level: 8, name: "types", match: /^src\/env\.d\.ts$/ },
  { level: 9, name: "commands", match: /^scripts\// },
  { level: 9, name: "astro config", match: /^astro\.config\.mjs$/ },
];
/** Layers that plain-Node commands load: no Astro virtual modules there. */
const PLAIN_NODE = new Set(["util", "config", "schemas", "claims", "charts", "content"]);

const layerOf = (file: string) => LAYERS.find((l) => l.match.test(file));

function sourceFiles(): string[] {
  const out: string[] = ["astro.config.mjs"];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.(ts|mjs|astro)$/.test(name) && !path.startsWith("src/content/")) out.push(path);
    }
  };
  walk("src");
  walk("scripts");
  return out;
}

interface Edge {
  from: string;
  to: string;
  line: number;
  typeOnly: boolean;
}

/** Every import in a file: relative ones resolved to project paths, others as written. */
function importsOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const edges: Edge[] = [];
  const re =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of text.matchAll(re)) {
    const spec = m[3] ?? m[4]!;
    const line = text.slice(0, m.index + (m[0].startsWith("\n") ? 1 : 0)).split("\n").length;
    const to = spec.startsWith(".")
      ? relative(ROOT, normalize(join(ROOT, dirname(file), spec)))
          .split("\\")
          .join("/")
      : spec;
    edges.push({ from: file, to, line, typeOnly: Boolean(m[2]) });
  }
  return edges;
}

const files = sourceFiles();
const edges = files.flatMap(importsOf);

describe("imports point down the layers", () => {
  it("every file belongs to a layer", () => {
    expect(files.filter((f) => !layerOf(f))).toEqual([]);
  });

  it("no import goes up or sideways", () => {
    const bad = edges.flatMap((e) => {
      const from = layerOf(e.from);
      const to = layerOf(e.to);
      if (!from || !to || from.name === to.name || to.level < from.level) return [];
      return [`${e.from}:${e.line} (${from.name}) imports ${e.to} (${to.name})`];
    });
    expect(bad).toEqual([]);
  });

  it("no Astro virtual module below the site layer, so the commands run on plain Node", () => {
    const bad = edges.filter(
      (e) => PLAIN_NODE.has(layerOf(e.from)?.name ?? "") && /^astro:/.test(e.to),
    );
    expect(bad.map((e) => `${e.from}:${e.line} imports ${e.to}`)).toEqual([]);
  });

  it("`npm run check` and `new:claim` load no chart code and no D3", () => {
    for (const entry of ["scripts/check.ts", "scripts/new-claim.ts"]) {
      const seen = new Set<string>();
      const stack = [entry];
      while (stack.length) {
        const file = stack.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        for (const e of edges) if (e.from === file && !e.typeOnly) stack.push(e.to);
      }
      const loaded = [...seen].filter((f) => /^src\/lib\/charts\/|^d3-/.test(f));
      expect(loaded, entry).toEqual([]);
    }
  });

  it("has no cycles", () => {
    const local = new Set(files);
    const next = new Map<string, string[]>();
    for (const e of edges)
      if (local.has(e.to)) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const path: string[] = [];
    const visit = (f: string) => {
      state.set(f, "open");
      path.push(f);
      for (const to of next.get(f) ?? []) {
        if (state.get(to) === "open")
          cycles.push([...path.slice(path.indexOf(to)), to].join(" → "));
        else if (!state.has(to)) visit(to);
      }
      path.pop();
      state.set(f, "done");
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
