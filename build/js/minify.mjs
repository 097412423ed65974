// Minifies, in place, the JavaScript files TeaVM writes (node build/js/minify.mjs FILE...), run by the pom in
// prepare-package after the TeaVM builds and before anything appends to, hashes or copies them. TeaVM's own
// minifier shortens names but leaves work a compressor can do: terser takes about 6 KB gzip off tutor.js
// (docs/PAGE-SIZE.md). Only safe options: locals are renamed, properties and top-level names never are (the
// page and its modules meet through window.backpropSymbolic, backpropEditor and backpropPage, and the main() that
// StartCall calls is a property TeaVM sets on the global object), and no "unsafe" transform is enabled. passes=2: a
// third pass saved 29 bytes more on tutor.js, and toplevel nothing (all of TeaVM's output is inside one function
// expression).
import { readFile, writeFile } from "node:fs/promises";
import { minify } from "terser";

const OPTIONS = {
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
};

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node build/js/minify.mjs FILE.js...");
  process.exit(2);
}

let failed = false;
for (const file of files) {
  try {
    const source = await readFile(file, "utf8");
    const result = await minify(source, OPTIONS);
    if (typeof result.code !== "string" || result.code.length === 0) throw new Error("terser returned no code");
    await writeFile(file, result.code, "utf8");
    const before = Buffer.byteLength(source, "utf8");
    const after = Buffer.byteLength(result.code, "utf8");
    console.log(`terser: ${file}: ${before} -> ${after} bytes`);
  } catch (error) {
    // terser's parse errors carry a line and column; say which file they are in.
    const where = error && error.line !== undefined ? ` (line ${error.line}, column ${error.col})` : "";
    console.error(`terser: FAILED on ${file}${where}: ${error && error.message ? error.message : error}`);
    failed = true;
  }
}
if (failed) process.exit(1);
