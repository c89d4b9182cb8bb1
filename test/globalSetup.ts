import { rmSync } from "node:fs";
import { join } from "node:path";

/** Fixture sites from an earlier run are scratch: start each run clean. */
export default function setup() {
  rmSync(join(import.meta.dirname, ".tmp"), { recursive: true, force: true });
}
