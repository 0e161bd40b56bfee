// Benchmark (3): N times, list one page of 25 imports with exa-js and print their ids, in one
// process (the counterpart of an .exa script with N lines of `list --limit 25`).
//   node bench/node/list-loop.mjs http://127.0.0.1:PORT N
import { client } from "./exa-js.mjs";

const imports = client(process.argv[2]).websets.imports;
const n = Number(process.argv[3] ?? 200);
for (let i = 0; i < n; i++) {
  const page = await imports.list({ limit: 25 });
  process.stdout.write(page.data.map((x) => x.id).join("\n") + "\n");
}
