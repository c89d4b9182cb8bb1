// Runs before every npm script, on whatever `node` is first on PATH. Written in plain,
// old-syntax JavaScript so that it can explain itself even on an old Node.
var parts = process.versions.node.split(".").map(Number);
var ok = parts[0] > 22 || (parts[0] === 22 && parts[1] >= 12);
if (!ok) {
  console.error(
    [
      "This project needs Node 22.12 or newer; this shell's node is v" +
        process.versions.node +
        ".",
      "It brings its own Node 24 as a dependency: run `npm ci` first, then use the npm scripts",
      "(npm run build, npm test, npm run dev), which put that Node first on PATH.",
    ].join("\n"),
  );
  process.exit(1);
}
