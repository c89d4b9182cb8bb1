/**
 * Explainer bodies compiled ahead, in a process of their own, for a build that has nothing
 * cached: `npm run build` starts it before its content check, and the explainers loader
 * (explainersLoader.ts) takes each body from it instead of compiling it on the page thread.
 * On a two-core machine the check and the compile, seconds each on a large archive, then run
 * side by side. It runs the same `compileExplainerBody`, gate included; the loader takes a body
 * only when it was compiled from the very text and base the loader has, and compiles it itself
 * otherwise (or when the process failed). A process rather than a thread: what it allocated is
 * given back to the system when it ends, not kept in the build's own memory for the rest of it.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BodyPart } from "./explainerBody.ts";

/** What the process is asked to compile. */
export interface BodiesJob {
  root: string;
  paths: string[];
  base: string;
}

/** What the process sends for one file. */
export interface BodyAhead {
  /** Project-relative path of the file. */
  path: string;
  /** The body it compiled (the front matter blanked), and with which base. */
  content: string;
  base: string;
  /** Undefined when the compile refused it: the loader compiles it again, to throw. */
  parts?: BodyPart[];
}

interface Pending {
  promise: Promise<BodyAhead | undefined>;
  resolve: (body: BodyAhead | undefined) => void;
}

/** Bodies by path. On globalThis: the loader runs in Astro's own copy of this module. */
const AHEAD = Symbol.for("claims-explainers.bodies-ahead");
const store = globalThis as {
  [AHEAD]?: { bodies: Map<string, Pending>; taken: Set<string>; child: ChildProcess };
};

/**
 * Start compiling `paths` (project-relative, in the order the loader takes them), skipping
 * drafts, for a site built on `base`.
 */
export function compileBodiesAhead(root: string, paths: readonly string[], base: string): void {
  const bodies = new Map<string, Pending>();
  for (const path of paths) {
    let resolve!: Pending["resolve"];
    const promise = new Promise<BodyAhead | undefined>((r) => (resolve = r));
    bodies.set(path, { promise, resolve });
  }
  const child = fork(fileURLToPath(new URL("./bodiesAheadWorker.ts", import.meta.url)), {
    serialization: "advanced",
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  // A draft, a failure or the end of the process: the loader compiles whatever is left itself.
  const giveUp = () => {
    for (const pending of bodies.values()) pending.resolve(undefined);
  };
  child.on("message", (body: BodyAhead | { skipped: string }) => {
    if ("skipped" in body) bodies.get(body.skipped)?.resolve(undefined);
    else bodies.get(body.path)?.resolve(body);
  });
  child.on("error", giveUp);
  child.on("exit", giveUp);
  child.send({ root, paths: [...paths], base } satisfies BodiesJob);
  // A build that stops early takes it down with it.
  process.once("exit", () => child.kill());
  store[AHEAD] = { bodies, taken: new Set(), child };
}

/**
 * The body of `path` compiled ahead from exactly `content` for `base`, waiting for it if the
 * process has not come to it yet; undefined when there is none (the caller compiles it).
 */
export async function bodyCompiledAhead(
  path: string,
  content: string,
  base: string,
): Promise<BodyPart[] | undefined> {
  const ahead = store[AHEAD];
  const pending = ahead?.bodies.get(path);
  if (!ahead || !pending || ahead.taken.has(path)) return undefined;
  ahead.taken.add(path);
  const body = await pending.promise;
  return body?.content === content && body.base === base ? body.parts : undefined;
}

/** Stop the process and drop what nobody took (the loader has finished). */
export function stopCompilingAhead(): void {
  const ahead = store[AHEAD];
  if (!ahead) return;
  delete store[AHEAD];
  for (const pending of ahead.bodies.values()) pending.resolve(undefined);
  ahead.child.kill();
}
