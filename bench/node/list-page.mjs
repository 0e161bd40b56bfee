// Benchmark (1): start, list one page of 25 imports with exa-js, print their ids, exit.
//   node bench/node/list-page.mjs http://127.0.0.1:PORT
import { client } from "./exa-js.mjs";

const page = await client(process.argv[2]).websets.imports.list({ limit: 25 });
process.stdout.write(page.data.map((i) => i.id).join("\n") + "\n");
