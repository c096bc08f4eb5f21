// Writes src/generated/errors.json: every runtime error's documentation, keyed "Pallet.Error",
// read from the committed metadata (../metadata/healthchain.scale) so the pages explain a refused
// transaction in the runtime's own words without fetching the metadata from the node.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { decAnyMetadata, unifyMetadata } from "@polkadot-api/substrate-bindings";

const here = dirname(fileURLToPath(import.meta.url));
const metadata = unifyMetadata(
  decAnyMetadata(readFileSync(resolve(here, "../../metadata/healthchain.scale"))),
);
const errors = {};
for (const pallet of metadata.pallets) {
  if (pallet.errors == null) continue;
  const type = metadata.lookup[pallet.errors.type];
  if (type.def.tag !== "variant") continue;
  for (const variant of type.def.value) {
    errors[`${pallet.name}.${variant.name}`] = variant.docs.join(" ").replace(/\s+/g, " ").trim();
  }
}
const out = resolve(here, "../src/generated/errors.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(errors, null, 1) + "\n");
console.log(`errors.mjs: ${Object.keys(errors).length} runtime errors -> ${out}`);
