// `npm run bench [-- --pages N]`: how long a build of N explainers takes and how much memory it
// needs, against a plain Astro Markdown site of the same pages built in the same run on the same
// machine (so the ratio means something on a noisy 2-core box), plus what a reader downloads.
// Prints numbers; asserts nothing.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values } = parseArgs({
  options: {
    pages: { type: "string", default: "200" },
    // Each explainer adds 5 claims to its subject; a chart plots every claim on its subject.
    "claims-per-chart": { type: "string", default: "10" },
    keep: { type: "boolean" },
  },
});
const pages = Number(values.pages);
const subjects = Math.max(1, Math.round((pages * 5) / Number(values["claims-per-chart"])));
const root = resolve(".");
// test/.tmp does not exist on a fresh clone until a test has run.
mkdirSync(join(root, "test/.tmp"), { recursive: true });
const scratch = mkdtempSync(join(root, "test/.tmp/bench-"));

const WORDS =
  "the ministry said fighting continued near the border as officials counted losses and reporters checked each figure against the record".split(
    " ",
  );
const prose = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(" ") + ".";

/** Our site: the project's code, N explainers with 5 claims and one timeline each. */
function makeProjectSite(dir: string) {
  for (const f of ["astro.config.mjs", "tsconfig.json", "package.json"])
    cpSync(join(root, f), join(dir, f));
  cpSync(join(root, "src"), join(dir, "src"), {
    recursive: true,
    filter: (p) => p !== join(root, "src/content") && !p.startsWith(join(root, "src/content/")),
  });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  const c = (sub: string) => mkdirSync(join(dir, "src/content", sub), { recursive: true });
  ["explainers", "claims", "claimants", "subjects", "authors", "events"].forEach(c);
  writeFileSync(join(dir, "src/content/authors/a.yaml"), "- { id: desk, name: Desk }\n");
  writeFileSync(
    join(dir, "src/content/events/e.yaml"),
    "- { id: start, date: 2024-01-01, label: Start }\n",
  );
  writeFileSync(
    join(dir, "src/content/claimants/c.yaml"),
    Array.from(
      { length: 10 },
      (_, i) =>
        `- { id: c${i}, name: Claimant ${i}, role: Official, affiliation: Somewhere, kind: person }`,
    ).join("\n") + "\n",
  );
  writeFileSync(
    join(dir, "src/content/subjects/s.yaml"),
    Array.from({ length: subjects }, (_, i) => `- { id: s${i}, label: Subject ${i} }`).join("\n") +
      "\n",
  );
  const claims: string[] = [];
  for (let p = 0; p < pages; p++) {
    const ids = Array.from({ length: 5 }, (_, k) => `p${p}-k${k}`);
    ids.forEach((id, k) => {
      const day = String(1 + ((p + k) % 28)).padStart(2, "0");
      claims.push(
        `- { id: ${id}, claimant: c${(p + k) % 10}, date: 2024-0${1 + (k % 9)}-${day}, subject: s${p % subjects}, metric: killed, value: { kind: point, n: ${100 + p + k * 37} }, scope: cumulative, status: unverified, sources: [{ url: "https://example.org/${id}", publisher: Wire }] }`,
      );
    });
    const body = [
      `---\ntitle: Explainer ${p}\ndek: A generated explainer for the benchmark.\npublished: 2025-01-01T00:00:00Z\nauthors: [desk]\n---\n`,
      prose(40, p),
      `## Why It Matters\n\n${prose(120, p + 1)} <Claim id="${ids[0]}" /> and <Claim id="${ids[1]}" />.`,
      `## What To Know\n\n${prose(150, p + 2)} <Claim id="${ids[2]}" />.\n\n<ClaimsTimeline subject="s${p % subjects}" metric="killed" />\n\n${prose(100, p + 3)} <Claim id="${ids[3]}" />.`,
      `## Who Said What\n\n${prose(100, p + 4)} <Claim id="${ids[4]}" />.`,
      `## What Happens Next\n\n${prose(90, p + 5)}`,
    ].join("\n\n");
    writeFileSync(join(dir, `src/content/explainers/e${p}.mdx`), body + "\n");
  }
  writeFileSync(join(dir, "src/content/claims/all.yaml"), claims.join("\n") + "\n");
}

/** The baseline: a bare Astro site rendering the same number of ~600-word Markdown pages. */
function makeBaselineSite(dir: string) {
  mkdirSync(join(dir, "src/content/posts"), { recursive: true });
  mkdirSync(join(dir, "src/pages/posts"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(dir, "astro.config.mjs"), 'export default { cacheDir: "./.astro/cache" };\n');
  writeFileSync(
    join(dir, "src/content.config.ts"),
    'import { defineCollection } from "astro:content";\nimport { glob } from "astro/loaders";\nexport const collections = { posts: defineCollection({ loader: glob({ pattern: "*.md", base: "./src/content/posts" }) }) };\n',
  );
  writeFileSync(
    join(dir, "src/pages/posts/[id].astro"),
    '---\nimport { getCollection, render } from "astro:content";\nexport async function getStaticPaths() { return (await getCollection("posts")).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html><body><Content /></body></html>\n',
  );
  for (let p = 0; p < pages; p++) {
    writeFileSync(
      join(dir, `src/content/posts/p${p}.md`),
      `---\ntitle: Post ${p}\n---\n\n${prose(40, p)}\n\n## One\n\n${prose(270, p)}\n\n## Two\n\n${prose(290, p)}\n`,
    );
  }
}

/** Build a site in a child process and report wall time and peak memory. */
function measure(label: string, dir: string, script: string[]) {
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nRSS '+process.resourceUsage().maxRSS+'\\n'))",
      ...script,
    ],
    {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", BUILD_LOG_LEVEL: "silent" },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${label} build failed:\n${r.stderr.slice(-2000)}`);
  const rssKb = Number(/RSS (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { label, seconds, rssGb: rssKb / 1024 / 1024 };
}

const dirSize = (dir: string): number =>
  readdirSync(dir).reduce((sum, name) => {
    const p = join(dir, name);
    return sum + (statSync(p).isDirectory() ? dirSize(p) : statSync(p).size);
  }, 0);

try {
  const ours = join(scratch, "project");
  const base = join(scratch, "baseline");
  mkdirSync(ours);
  mkdirSync(base);
  makeProjectSite(ours);
  makeBaselineSite(base);
  console.log(
    `Building ${pages} pages twice: the project (${subjects} subjects, about ${Math.round((pages * 5) / subjects)} claims a chart), and a plain Astro Markdown baseline.`,
  );
  const baseline = measure("baseline (.md, no components)", base, [
    join(root, "node_modules/astro/bin/astro.mjs"),
    "build",
    "--silent",
  ]);
  const project = measure("project (MDX, claims, a chart each)", ours, [
    join(root, "scripts/build.ts"),
    ours,
  ]);
  for (const m of [baseline, project]) {
    console.log(
      `${m.label.padEnd(38)} ${m.seconds.toFixed(1).padStart(6)} s  ${m.rssGb.toFixed(2)} GB peak RSS`,
    );
  }
  console.log(
    `ratio (project / baseline)               ${(project.seconds / baseline.seconds).toFixed(2)}× time  ${(project.rssGb / baseline.rssGb).toFixed(2)}× memory`,
  );
  const page = readFileSync(join(ours, "dist/explainers/e0/index.html"));
  const css = readdirSync(join(ours, "dist/_astro"))
    .filter((f) => f.endsWith(".css"))
    .map((f) => readFileSync(join(ours, "dist/_astro", f)));
  console.log(
    `one explainer page: ${(page.length / 1024).toFixed(1)} KB HTML (${(gzipSync(page).length / 1024).toFixed(1)} KB gzipped), CSS ${(css.reduce((s, b) => s + gzipSync(b).length, 0) / 1024).toFixed(1)} KB gzipped`,
  );
  console.log(`whole site: ${(dirSize(join(ours, "dist")) / 1024 / 1024).toFixed(1)} MB in dist/`);
} finally {
  if (!values.keep) rmSync(scratch, { recursive: true, force: true });
}
