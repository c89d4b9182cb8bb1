// Write schemas/<collection>.schema.json from the Zod schemas, for editor completion and checks
// in the YAML files (see .vscode/settings.json). `--check` only reports whether they are stale.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildJsonSchemas, schemaPath, serialiseSchema } from "../src/lib/authoring/jsonSchemas.ts";
import { DATA_COLLECTIONS } from "../src/schemas/collections.ts";

const root = process.cwd();
const checkOnly = process.argv.includes("--check");
const { schemas, undescribed } = buildJsonSchemas();
if (undescribed.length) {
  process.stderr.write(
    `Fields without a description (add them in src/lib/authoring/jsonSchemas.ts): ${undescribed.join(", ")}\n`,
  );
  process.exit(1);
}

const stale: string[] = [];
mkdirSync(join(root, "schemas"), { recursive: true });
for (const collection of DATA_COLLECTIONS) {
  const path = schemaPath(collection);
  const text = await serialiseSchema(schemas[collection], root);
  let current: string | undefined;
  try {
    current = readFileSync(join(root, path), "utf8");
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  stale.push(path);
  if (!checkOnly) writeFileSync(join(root, path), text);
}

if (checkOnly && stale.length) {
  process.stderr.write(
    `Out of date: ${stale.join(", ")}\nRegenerate them: npm exec -- node scripts/json-schemas.ts\n`,
  );
  process.exit(1);
}
console.log(
  stale.length ? `Wrote ${stale.join(", ")}` : "The JSON Schemas in schemas/ are up to date.",
);
