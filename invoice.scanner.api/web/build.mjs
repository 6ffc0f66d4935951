// Bundles src/main.ts and copies index.html and style.css into the API package, where the
// `web` blueprint serves them. Output is git-ignored: `make web` rebuilds it.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";

const out = "../src/invoice_scanner_api/web/static";
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ["src/main.ts"],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: true,
  outfile: `${out}/app.js`,
  logLevel: "warning",
});
for (const f of ["index.html", "style.css"]) copyFileSync(`src/${f}`, `${out}/${f}`);
