import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import {
  COLLECTIONS,
  CONTENT_DIR,
  DATA_COLLECTIONS,
  type Collection,
  type DataCollection,
} from "../../schemas/collections.ts";
import type { ContentIssue } from "./issues.ts";

/** A content file: its path relative to the project root and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export type ContentSources = Record<DataCollection | "explainers", SourceFile[]> & {
  /** Files in the content folders that are not read as content, and why (wrong name, bad bytes). */
  unread?: ContentIssue[];
};

/** Far beyond any real story or dataset; past these a file is an attack on the build machine. */
export const MAX_EXPLAINER_BYTES = 2 ** 20;
export const MAX_DATA_BYTES = 32 * 2 ** 20;

/** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const [length, min, max] =
      b < 0x80
        ? [1, 0, 0]
        : b >= 0xc2 && b <= 0xdf
          ? [2, 0x80, 0xbf]
          : b === 0xe0
            ? [3, 0xa0, 0xbf]
            : b >= 0xe1 && b <= 0xef && b !== 0xed
              ? [3, 0x80, 0xbf]
              : b === 0xed
                ? [3, 0x80, 0x9f]
                : b === 0xf0
                  ? [4, 0x90, 0xbf]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : b === 0xf4
                      ? [4, 0x80, 0x8f]
                      : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      // The second byte has the narrower range (no overlongs, surrogates or > U+10FFFF).
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}

/** The line and column of a byte offset, counting characters as an editor does. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const lines = new TextDecoder().decode(bytes.subarray(0, offset)).split("\n");
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/**
 * Read every content file under `<root>/src/content`, sorted so reports are stable. Files the
 * loaders would not read (another extension or case, an explainer in a subfolder) and files that
 * are not UTF-8 are not silently skipped: each comes back in `unread` with what to do.
 */
export function readContentSources(root: string): ContentSources {
  const unread: ContentIssue[] = [];
  const list = (dir: Collection): SourceFile[] => {
    const abs = join(root, CONTENT_DIR, dir);
    const out: SourceFile[] = [];
    const ext = COLLECTIONS[dir].extension;
    const visit = (d: string, depth: number) => {
      let names: string[];
      try {
        names = readdirSync(d).sort();
      } catch {
        return;
      }
      for (const name of names) {
        const p = join(d, name);
        const path = relative(root, p).split(sep).join("/");
        // Files and folders starting with _ or . are not content (the loaders skip them too).
        if (name.startsWith("_") || name.startsWith(".")) continue;
        const at = { file: path, line: 1, column: 1 };
        const stat = lstatSync(p);
        if (stat.isSymbolicLink() || (!stat.isDirectory() && !stat.isFile())) {
          // A link can point anywhere on the machine, or back at its own folder.
          unread.push({
            ...at,
            message: "is not read: content must be plain files and folders, not links",
            hint: "Copy the file into the folder instead of linking to it.",
          });
          continue;
        }
        if (stat.isDirectory()) {
          if (dir === "explainers")
            unread.push({
              ...at,
              message: "explainers live directly in src/content/explainers/, not in folders",
              hint: `Move the .mdx files in ${path}/ up one level (the file name is the page's address), or rename the folder _${name} to keep it out of the site.`,
            });
          else visit(p, depth + 1);
          continue;
        }
        if (!name.endsWith(ext)) {
          const stem = name.replace(/\.[^.]*$/, "");
          unread.push({
            ...at,
            message: `is not read: ${dir === "explainers" ? "explainers" : `${COLLECTIONS[dir].noun} files`} end in ${ext}`,
            hint: `Rename it to ${stem}${ext}, or start its name with _ to keep it out of the site.`,
          });
          continue;
        }
        const limit = dir === "explainers" ? MAX_EXPLAINER_BYTES : MAX_DATA_BYTES;
        const size = stat.size;
        if (size > limit) {
          unread.push({
            ...at,
            message: `is ${Math.ceil(size / 1024).toLocaleString("en")} KB; ${dir === "explainers" ? "an explainer" : "a data file"} may be at most ${(limit / 1024).toLocaleString("en")} KB`,
            hint:
              dir === "explainers"
                ? "An explainer is a few thousand words: split it, or move data into claims."
                : "Split the entries across several files.",
          });
          continue;
        }
        const bytes = readFileSync(p);
        const bad = firstBadUtf8Byte(bytes);
        if (bad !== -1) {
          unread.push({
            file: path,
            ...placeOf(bytes, bad),
            message: "is not valid UTF-8 text",
            hint: "Save the file as UTF-8 (most editors: File > Save with Encoding > UTF-8).",
          });
          continue;
        }
        // Kept as Node and Astro read it (a byte-order mark stays), so both see the same text.
        out.push({ path, text: bytes.toString("utf8") });
      }
    };
    visit(abs, 0);
    return out;
  };
  const data = Object.fromEntries(DATA_COLLECTIONS.map((c) => [c, list(c)]));
  return { explainers: list("explainers"), ...data, unread } as ContentSources;
}
