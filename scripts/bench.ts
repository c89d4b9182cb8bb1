// `npm run bench [-- --pages 1000,4000,10000]`: what a newsroom waits for, measured against a
// bare Astro + MDX site built from the same bodies in the same run on the same machine (so the
// ratios mean something on a noisy 2-core box). For each size it prints the full build's wall
// time and peak memory, the content check alone, a rebuild after editing one explainer's prose
// and after editing one claim (with how many output files changed), and the largest page of each
// type. Prints numbers; asserts nothing.
//   --pages N[,N…]   archive sizes to build (default 1000)
//   --no-rebuild     skip the two rebuilds
//   --keep           keep the generated sites (in test/.tmp/bench-*) to look at or profile
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
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
import { cpus, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values } = parseArgs({
  options: {
    pages: { type: "string", default: "1000" },
    "no-rebuild": { type: "boolean" },
    keep: { type: "boolean" },
  },
});
const sizes = values.pages.split(",").map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 5))
  throw new Error(`--pages takes whole numbers of at least 5, e.g. --pages 1000,4000`);

const root = resolve(".");
// test/.tmp does not exist on a fresh clone until a test has run.
mkdirSync(join(root, "test/.tmp"), { recursive: true });
const scratch = mkdtempSync(join(root, "test/.tmp/bench-"));

// ---------------------------------------------------------------------------------------------
// The archive: N explainers of about 600 words in four sections, each with three <Claim>s and one
// timeline of its subject's 20 claims (five explainers share a subject, each adding four claims),
// twelve claimants, one site-wide event.
// ---------------------------------------------------------------------------------------------

const CLAIMANTS = 12;
const EXPLAINERS_PER_SUBJECT = 5;
const CLAIMS_PER_EXPLAINER = 4;

const VOCABULARY = (
  "officials said the ministry figures fighting continued near border reporters checked each " +
  "account against record regional governor spokesman statement evening address forces " +
  "losses estimate village district front line analysts warned independent verification " +
  "could not be confirmed according to briefing agency report counted wounded missing " +
  "civilians soldiers commanders monitors mission humanitarian access talks ceasefire week " +
  "month earlier later however because while since after before during across along"
).split(" ");

/** Deterministic prose: the same seed always gives the same words. */
function prose(words: number, seed: number): string {
  let x = (seed * 2654435761) >>> 0;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + 1013904223) >>> 0;
    const w = VOCABULARY[x % VOCABULARY.length]!;
    out.push(i % 14 === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w);
    if (i % 14 === 13) out[out.length - 1] += ".";
  }
  return out.join(" ").replace(/\.?$/, ".");
}

interface GeneratedClaim {
  id: string;
  n: number;
}

/** One explainer's MDX body; `claim` renders a claim (a component for us, text for the baseline). */
function explainerBody(
  p: number,
  claims: GeneratedClaim[],
  claim: (c: GeneratedClaim) => string,
  timeline: string,
): string {
  return [
    `---\ntitle: "Explainer ${p}: what the figures say"\ndek: "A generated explainer for the benchmark, number ${p}."\npublished: ${new Date(Date.UTC(2025, 0, 1) + p * 3_600_000).toISOString()}\nauthors: [desk]\ntopics: [topic-${p % 20}]\n---\n`,
    prose(45, p),
    `## Why It Matters\n\n${prose(110, p + 1)} The latest count was ${claim(claims[0]!)}.`,
    `## What To Know\n\n${prose(140, p + 2)} An earlier figure was ${claim(claims[1]!)}.\n\n${timeline}\n\n${prose(110, p + 3)}`,
    `## Who Said What\n\n${prose(100, p + 4)} Another account gave ${claim(claims[2]!)}.`,
    `## What Happens Next\n\n${prose(90, p + 5)}`,
  ]
    .filter(Boolean)
    .join("\n\n");
}

interface Archive {
  pages: number;
  subjects: number;
  claims: Array<GeneratedClaim & { yaml: string }>;
  perExplainer: GeneratedClaim[][];
}

function archive(pages: number): Archive {
  const subjects = Math.ceil(pages / EXPLAINERS_PER_SUBJECT);
  const claims: Archive["claims"] = [];
  const perExplainer: GeneratedClaim[][] = [];
  for (let p = 0; p < pages; p++) {
    const subject = p % subjects;
    const own: GeneratedClaim[] = [];
    for (let k = 0; k < CLAIMS_PER_EXPLAINER; k++) {
      const id = `p${p}-k${k}`;
      const n = 100 + ((p * 37 + k * 911) % 5000);
      const month = 1 + ((Math.floor(p / subjects) * CLAIMS_PER_EXPLAINER + k) % 12);
      const day = 1 + ((p + k) % 28);
      const date = `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      const claimant = `c${(p + k * 5) % CLAIMANTS}`;
      const value =
        k === 3 ? `{ kind: range, low: ${n}, high: ${n * 2} }` : `{ kind: point, n: ${n} }`;
      claims.push({
        id,
        n,
        yaml: `- { id: ${id}, claimant: ${claimant}, date: ${date}, subject: s${subject}, metric: killed, value: ${value}, scope: cumulative, status: unverified, sources: [{ url: "https://example.org/${id}", publisher: Wire }] }`,
      });
      own.push({ id, n });
    }
    perExplainer.push(own);
  }
  return { pages, subjects, claims, perExplainer };
}

const CLAIMS_PER_FILE = 2000;

/** Our site: the project's code and the generated archive. */
function makeProjectSite(dir: string, a: Archive) {
  for (const f of ["astro.config.mjs", "tsconfig.json", "package.json", "package-lock.json"])
    cpSync(join(root, f), join(dir, f));
  cpSync(join(root, "src"), join(dir, "src"), {
    recursive: true,
    filter: (p) => p !== join(root, "src/content") && !p.startsWith(join(root, "src/content/")),
  });
  cpSync(join(root, "scripts"), join(dir, "scripts"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  const c = (sub: string) => mkdirSync(join(dir, "src/content", sub), { recursive: true });
  ["explainers", "claims", "claimants", "subjects", "authors", "events"].forEach(c);
  writeFileSync(join(dir, "src/content/authors/a.yaml"), "- { id: desk, name: Desk }\n");
  writeFileSync(
    join(dir, "src/content/events/e.yaml"),
    "- { id: start, date: 2024-01-01, label: Start of the year, global: true }\n",
  );
  writeFileSync(
    join(dir, "src/content/claimants/c.yaml"),
    Array.from(
      { length: CLAIMANTS },
      (_, i) =>
        `- { id: c${i}, name: Claimant ${i}, role: Official, affiliation: Somewhere, kind: person }`,
    ).join("\n") + "\n",
  );
  writeFileSync(
    join(dir, "src/content/subjects/s.yaml"),
    Array.from({ length: a.subjects }, (_, i) => `- { id: s${i}, label: Subject ${i} }`).join(
      "\n",
    ) + "\n",
  );
  for (let i = 0; i < a.claims.length; i += CLAIMS_PER_FILE)
    writeFileSync(
      join(dir, `src/content/claims/part-${i / CLAIMS_PER_FILE}.yaml`),
      a.claims
        .slice(i, i + CLAIMS_PER_FILE)
        .map((c) => c.yaml)
        .join("\n") + "\n",
    );
  for (let p = 0; p < a.pages; p++)
    writeFileSync(
      join(dir, `src/content/explainers/e${p}.mdx`),
      explainerBody(
        p,
        a.perExplainer[p]!,
        (c) => `<Claim id="${c.id}" />`,
        `<ClaimsTimeline subject="s${p % a.subjects}" metric="killed" />`,
      ) + "\n",
    );
}

/** The baseline: bare Astro + @astrojs/mdx rendering the same bodies, figures as plain text. */
function makeBaselineSite(dir: string, a: Archive) {
  mkdirSync(join(dir, "src/content/posts"), { recursive: true });
  mkdirSync(join(dir, "src/pages/posts"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, "astro.config.mjs"),
    'import mdx from "@astrojs/mdx";\nexport default { cacheDir: "./.astro/cache", integrations: [mdx()] };\n',
  );
  writeFileSync(
    join(dir, "src/content.config.ts"),
    'import { defineCollection } from "astro:content";\nimport { glob } from "astro/loaders";\nexport const collections = { posts: defineCollection({ loader: glob({ pattern: "*.mdx", base: "./src/content/posts" }) }) };\n',
  );
  writeFileSync(
    join(dir, "src/pages/posts/[id].astro"),
    '---\nimport { getCollection, render } from "astro:content";\nexport async function getStaticPaths() { return (await getCollection("posts")).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n',
  );
  for (let p = 0; p < a.pages; p++)
    writeFileSync(
      join(dir, `src/content/posts/p${p}.mdx`),
      explainerBody(p, a.perExplainer[p]!, (c) => c.n.toLocaleString("en-GB"), "") + "\n",
    );
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

interface Measure {
  /** Wall-clock time. */
  seconds: number;
  /**
   * CPU time (user + system) of the build process and of the processes it started that have
   * ended (the body compile ahead of Astro, Pagefind): what the build costs whatever else the
   * machine is doing, so ratios stay meaningful on a busy machine where wall time does not.
   */
  cpu: number;
  /** Peak resident memory of the build process itself (not of the processes it started). */
  rssGb: number;
}

/** Run a Node script in a child process; wall time, CPU time and peak resident memory. */
function measure(label: string, dir: string, script: string[]): Measure {
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      // Written synchronously: a script that exits with a long report still pending on stderr
      // would lose an asynchronous write. Retried while the pipe is full (EAGAIN): a check that
      // prints thousands of warnings can fill it faster than this process reads it.
      // CPU counts the processes it started and has seen end too (the body compile ahead,
      // Pagefind): from /proc, its children's user and system time in clock ticks (100 a second).
      "data:text/javascript,import{writeSync,readFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage(),t=readFileSync('/proc/self/stat','utf8'),f=t.slice(t.lastIndexOf(')')+2).split(' '),c=(Number(f[13])+Number(f[14]))*1e4,m='\\nRSS '+u.maxRSS+' CPU '+(u.userCPUTime+u.systemCPUTime+c)+'\\n';for(;;){try{writeSync(2,m);break}catch(e){if(e.code!=='EAGAIN')throw e}}})",
      ...script,
    ],
    {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", BUILD_LOG_LEVEL: "silent" },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${label} failed:\n${r.stderr.slice(-3000)}`);
  // The last report: worker threads inherit the --import and report as they exit, before the
  // process does (resource usage is the whole process's, so the last one is the total).
  const report = [...r.stderr.matchAll(/RSS (\d+) CPU (\d+)/g)].at(-1);
  if (!report) throw new Error(`${label}: no resource report on stderr`);
  const [, rssKb = "0", cpuUs = "0"] = report;
  return { seconds, cpu: Number(cpuUs) / 1e6, rssGb: Number(rssKb) / 1024 / 1024 };
}

const astroBin = join(root, "node_modules/astro/bin/astro.mjs");
const buildOurs = (dir: string, label: string) =>
  measure(label, dir, [join(dir, "scripts/build.ts"), dir]);

function files(dir: string, out = new Map<string, string>(), base = dir): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out, base);
    else out.set(relative(base, p), createHash("sha1").update(readFileSync(p)).digest("hex"));
  }
  return out;
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed = [...after].filter(([f, h]) => before.get(f) !== h).map(([f]) => f);
  const removed = [...before.keys()].filter((f) => !after.has(f));
  return [...changed, ...removed.map((f) => `${f} (removed)`)];
}

/** The kind of page a built HTML file is, from its path. */
function pageType(file: string): string | undefined {
  if (!file.endsWith(".html")) return undefined;
  const [first = "", , third] = file.split("/");
  if (file === "index.html") return "home";
  if (first === "explainers") return third === "embed" ? "embed" : "explainer";
  if (["claimants", "subjects", "topics"].includes(first)) return first.replace(/s$/, "");
  return first.replace(/\.html$|\/.*$/, "");
}

function largestPages(dist: string) {
  const largest = new Map<string, { file: string; gz: number; raw: number }>();
  for (const file of files(dist).keys()) {
    const type = pageType(file);
    if (!type) continue;
    const raw = readFileSync(join(dist, file));
    const gz = gzipSync(raw).length;
    if (gz > (largest.get(type)?.gz ?? -1)) largest.set(type, { file, gz, raw: raw.length });
  }
  return [...largest].sort(([a], [b]) => a.localeCompare(b));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label: string, m: Measure, extra = "") =>
  console.log(
    `  ${label.padEnd(42)} ${m.seconds.toFixed(1).padStart(7)} s ${m.cpu.toFixed(1).padStart(7)} s ${m.rssGb.toFixed(2).padStart(6)} GB${extra}`,
  );
/** "2.10× wall, 1.90× CPU" */
const ratio = (a: Measure, b: Measure) =>
  `${(a.seconds / b.seconds).toFixed(2)}× wall ${(a.cpu / b.cpu).toFixed(2)}× CPU`;
const share = (a: Measure, b: Measure) =>
  `${((100 * a.seconds) / b.seconds).toFixed(0)}% wall ${((100 * a.cpu) / b.cpu).toFixed(0)}% CPU of the full build`;

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
try {
  let first: Measure | undefined;
  for (const pages of sizes) {
    const a = archive(pages);
    const dir = join(scratch, String(pages));
    const ours = join(dir, "project");
    const bare = join(dir, "bare");
    mkdirSync(ours, { recursive: true });
    mkdirSync(bare, { recursive: true });
    makeProjectSite(ours, a);
    makeBaselineSite(bare, a);
    console.log(
      `\n${pages} explainers (${a.claims.length} claims, ${a.subjects} subjects, ${CLAIMANTS} claimants):`,
    );
    console.log(
      `  ${"".padEnd(42)} ${"wall".padStart(9)} ${"CPU".padStart(9)} ${"peak".padStart(9)}`,
    );
    const baseline = measure("bare Astro + MDX build", bare, [astroBin, "build", "--silent"]);
    row("bare Astro + MDX, same bodies", baseline);
    const full = buildOurs(ours, "project build");
    row(
      "this project, full build",
      full,
      `   ${ratio(full, baseline)} ${(full.rssGb / baseline.rssGb).toFixed(2)}× memory`,
    );
    if (first) row(`  growth against ${sizes[0]} explainers`, full, `   ${ratio(full, first)}`);
    first ??= full;
    const check = measure("content check", ours, [join(ours, "scripts/check.ts"), ours]);
    row("content check alone", check, `   ${share(check, full)}`);

    if (!values["no-rebuild"]) {
      const noChange = buildOurs(ours, "rebuild, nothing changed");
      row("rebuild, nothing changed", noChange, `   ${share(noChange, full)}`);
      let before = files(join(ours, "dist"));
      const target = Math.floor(pages / 2);
      const mdx = join(ours, `src/content/explainers/e${target}.mdx`);
      writeFileSync(
        mdx,
        readFileSync(mdx, "utf8").replace(
          "## What Happens Next\n\n",
          "## What Happens Next\n\nAn editor added this sentence. ",
        ),
      );
      const prose = buildOurs(ours, "rebuild after a prose edit");
      let changed = changedFiles(before, files(join(ours, "dist")));
      row(
        "rebuild after one explainer's prose edit",
        prose,
        `   ${share(prose, full)}, ${changed.length} files changed`,
      );
      before = files(join(ours, "dist"));
      const claimsFile = join(ours, "src/content/claims/part-0.yaml");
      const edited = a.claims[1]!;
      writeFileSync(
        claimsFile,
        readFileSync(claimsFile, "utf8").replace(
          `{ kind: point, n: ${edited.n} }`,
          `{ kind: point, n: ${edited.n + 1} }`,
        ),
      );
      const claim = buildOurs(ours, "rebuild after a claim edit");
      changed = changedFiles(before, files(join(ours, "dist")));
      row(
        "rebuild after one claim's value edit",
        claim,
        `   ${share(claim, full)}, ${changed.length} files changed`,
      );
    }

    console.log("  largest page of each type (gzipped / raw HTML):");
    for (const [type, p] of largestPages(join(ours, "dist")))
      console.log(
        `    ${type.padEnd(12)} ${kb(p.gz).padStart(10)} / ${kb(p.raw).padStart(10)}  ${p.file}`,
      );
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  if (!values.keep) rmSync(scratch, { recursive: true, force: true });
  else console.log(`\nSites kept in ${relative(root, scratch)}`);
}
