// Which browser scripts/lib/browser.ts picks, from a fake CHROME_PATH and PATH. Nothing is
// launched or unpacked here; the browser tests launch for real.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { bundledFontsConfig, isExecutableFile, resolveBrowser } from "../../scripts/lib/browser.ts";

describe("resolveBrowser", () => {
  let root: string;
  /** A folder holding fake executables (mode 755) and plain files (mode 644) by name. */
  const bin = (name: string, executables: string[], plain: string[] = []) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    for (const file of executables) {
      writeFileSync(join(dir, file), "#!/bin/sh\n");
      chmodSync(join(dir, file), 0o755);
    }
    for (const file of plain) writeFileSync(join(dir, file), "not a program\n", { mode: 0o644 });
    return dir;
  };
  const path = (...dirs: string[]) => dirs.join(delimiter);

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "browser-resolve-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("uses CHROME_PATH first, even with a Chromium on PATH", () => {
    const own = join(bin("own", ["my-chrome"]), "my-chrome");
    const PATH = bin("usr-bin", ["chromium"]);
    expect(resolveBrowser({ CHROME_PATH: own, PATH })).toEqual({
      kind: "CHROME_PATH",
      executablePath: own,
    });
  });

  it("uses the packaged Chromium when CHROME_PATH is 'bundled', whatever PATH holds", () => {
    const PATH = bin("usr-bin", ["chromium"]);
    expect(resolveBrowser({ CHROME_PATH: "bundled", PATH })).toEqual({
      kind: "bundled",
      forced: true,
    });
  });

  it("refuses a CHROME_PATH that is not an executable file, rather than quietly using another", () => {
    const PATH = bin("usr-bin", ["chromium"]);
    const plain = join(bin("plain", [], ["chrome"]), "chrome");
    for (const CHROME_PATH of [join(root, "nowhere", "chrome"), plain, root]) {
      expect(() => resolveBrowser({ CHROME_PATH, PATH })).toThrow(/not an executable file/);
    }
  });

  it("treats an empty CHROME_PATH as unset", () => {
    const dir = bin("usr-bin", ["chromium"]);
    expect(resolveBrowser({ CHROME_PATH: "", PATH: dir })).toEqual({
      kind: "PATH",
      executablePath: join(dir, "chromium"),
    });
  });

  it("prefers chromium, then chromium-browser, then google-chrome, wherever each is on PATH", () => {
    const chrome = bin("chrome-only", ["google-chrome"]);
    const browser = bin("browser-only", ["chromium-browser"]);
    const plainChromium = bin("plain-chromium", ["chromium-browser"], ["chromium"]);
    const chromium = bin("chromium-only", ["chromium"]);
    expect(resolveBrowser({ PATH: path(chrome, browser, plainChromium, chromium) })).toEqual({
      kind: "PATH",
      executablePath: join(chromium, "chromium"),
    });
    expect(resolveBrowser({ PATH: path(chrome, plainChromium, browser) })).toEqual({
      kind: "PATH",
      executablePath: join(plainChromium, "chromium-browser"),
    });
    expect(resolveBrowser({ PATH: path(chrome) })).toEqual({
      kind: "PATH",
      executablePath: join(chrome, "google-chrome"),
    });
  });

  it("takes the first folder on PATH that has the name, and skips folders called chromium", () => {
    const first = bin("first", ["chromium"]);
    const second = bin("second", ["chromium"]);
    const dirNamed = bin("dir-named", []);
    mkdirSync(join(dirNamed, "chromium"));
    expect(resolveBrowser({ PATH: path(dirNamed, first, second) })).toEqual({
      kind: "PATH",
      executablePath: join(first, "chromium"),
    });
  });

  it("falls back to the packaged Chromium when nothing is found", () => {
    const tools = bin("tools", ["node", "npm"], ["chromium"]);
    expect(resolveBrowser({ PATH: tools })).toEqual({ kind: "bundled", forced: false });
    expect(resolveBrowser({})).toEqual({ kind: "bundled", forced: false });
  });

  it("tells executables from other files", () => {
    const dir = bin("check", ["run"], ["read"]);
    expect(isExecutableFile(join(dir, "run"))).toBe(true);
    expect(isExecutableFile(join(dir, "read"))).toBe(false);
    expect(isExecutableFile(dir)).toBe(false);
    expect(isExecutableFile(join(dir, "missing"))).toBe(false);
  });
});

describe("bundledFontsConfig", () => {
  it("keeps the system's fonts and adds the package's own, in the unpacked folder", () => {
    const conf = bundledFontsConfig("/tmp/x&y");
    expect(conf).toContain(`<include ignore_missing="yes">/etc/fonts/fonts.conf</include>`);
    expect(conf).toContain("<dir>/tmp/x&amp;y/fonts/fonts</dir>");
    expect(conf).toContain("<cachedir>/tmp/x&amp;y/fonts-cache</cachedir>");
  });
});
