import type { Loader } from "astro/loaders";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError } from "./issues.ts";
import { yamlData } from "./yamlSource.ts";

/**
 * A content loader for a folder of YAML files, each a list of entries with an `id` (Astro's
 * `file()` reads one file and `glob()` makes one entry per file). Entries keep their file path;
 * positions for error messages come from the content check, which reads the same files.
 */
export function yamlList(dir: string): Loader {
  return {
    name: "yaml-list",
    async load(context) {
      const { store, watcher, logger, config } = context;
      const root = fileURLToPath(config.root);
      const abs = join(root, dir);
      const isOurs = (path: string) => path.startsWith(abs + sep) && path.endsWith(".yaml");

      const sync = async () => {
        const files = listYaml(abs);
        const next: Array<{
          id: string;
          data: Record<string, unknown>;
          filePath: string;
          digest: string;
        }> = [];
        for (const path of files) {
          const filePath = relative(root, path).split(sep).join("/");
          const source = yamlData(filePath, readFileSync(path, "utf8"));
          if (source.issues.length) throw new ContentError(source.issues);
          const list = (source.data ?? []) as Array<Record<string, unknown>>;
          for (const raw of Array.isArray(list) ? list : []) {
            const id = typeof raw?.id === "string" ? raw.id : "";
            const data = await context.parseData({ id, data: raw, filePath });
            next.push({ id, data, filePath, digest: context.generateDigest(raw) });
          }
        }
        store.clear();
        for (const entry of next) store.set(entry);
      };

      await sync();
      if (watcher) {
        watcher.add(abs);
        const onChange = async (path: string) => {
          if (!isOurs(path)) return;
          try {
            await sync();
            logger.info(`Reloaded ${relative(root, path)}`);
          } catch (error) {
            logger.error((error as Error).message);
          }
        };
        const reload = (path: string) => void onChange(path);
        watcher.on("change", reload);
        watcher.on("add", reload);
        watcher.on("unlink", reload);
      }
    },
  };
}

function listYaml(dir: string): string[] {
  // The content check's rules for which files are content: plain .yaml files, in plain folders,
  // no names starting with _ or ., no links (readSources.ts reports everything else).
  const out: string[] = [];
  const visit = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && entry.name.endsWith(".yaml")) out.push(path);
    }
  };
  visit(dir);
  return out;
}
