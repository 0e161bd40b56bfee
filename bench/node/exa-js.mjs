// The official SDK at the version pinned for the conformance test
// (src/test/node/exa-js-conformance/package.json + package-lock.json, installed there by
// `npm ci`): the benchmarks reuse that one copy instead of pinning a second.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const conformance = path.resolve(here, "../../src/test/node/exa-js-conformance/package.json");
const require = createRequire(conformance);

export const { Exa } = require("exa-js");
export const SDK_VERSION = require("exa-js/package.json").version;

/** A client for the sandbox at `origin` (scheme://host:port, exa-js adds /websets itself). */
export function client(origin) {
  return new Exa(process.env.EXA_API_KEY ?? "sandbox", origin);
}
