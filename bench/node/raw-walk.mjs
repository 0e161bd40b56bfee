// Benchmark (4), the sandbox alone: walks every page (limit 200) with Node's fetch and no SDK,
// parsing each page but doing nothing with the imports, and prints how many it saw: how fast the
// sandbox serves a full walk when the client does almost nothing.
//   node bench/node/raw-walk.mjs http://127.0.0.1:PORT/websets
const base = process.argv[2];
const headers = { "x-api-key": process.env.EXA_API_KEY ?? "sandbox" };
let cursor = null;
let seen = 0;
for (;;) {
  const url = `${base}/v0/imports?limit=200` + (cursor ? `&cursor=${encodeURIComponent(cursor)}` : "");
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const page = await response.json();
  seen += page.data.length;
  if (!page.hasMore) break;
  cursor = page.nextCursor;
}
console.log(seen);
