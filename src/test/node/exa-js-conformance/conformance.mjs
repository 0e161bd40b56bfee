// Runs the official exa-js SDK, unchanged, against an exa-shell sandbox and checks that every
// Imports call works the way a client of the real API expects.
//
//   node conformance.mjs <origin> <apiKey> [seededImports]
//
// origin is the sandbox origin WITHOUT the /websets path (exa-js appends /websets/v0/... itself),
// e.g. http://127.0.0.1:PORT. Env fallbacks: EXA_SANDBOX_ORIGIN, EXA_SANDBOX_API_KEY,
// EXA_SANDBOX_IMPORTS. seededImports is how many imports the sandbox was started with (must be
// more than 25; the listing checks run before anything is created). The sandbox must process
// uploads quickly (about 1 s) for the waitUntilCompleted checks.
//
// Prints one line per check ("ok - ..." / "not ok - ...: reason") and a summary line
// "N passed, M failed". Exit code 0 only if every check passed.

import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { Exa, ExaError } from "exa-js";

const require = createRequire(import.meta.url);
const SDK_VERSION = require("exa-js/package.json").version;

const origin = process.argv[2] ?? process.env.EXA_SANDBOX_ORIGIN;
const apiKey = process.argv[3] ?? process.env.EXA_SANDBOX_API_KEY;
const seeded = Number(process.argv[4] ?? process.env.EXA_SANDBOX_IMPORTS ?? Number.NaN);

if (!origin || !apiKey || !Number.isInteger(seeded) || seeded <= 25) {
  console.error("usage: node conformance.mjs <origin> <apiKey> <seededImports (> 25)>");
  console.error("  e.g. node conformance.mjs http://127.0.0.1:18080 sandbox 300");
  process.exit(2);
}
if (/\/websets\/?$/.test(origin) || origin.endsWith("/")) {
  console.error(`origin must be scheme://host:port only (exa-js adds /websets itself), got ${origin}`);
  process.exit(2);
}

const IMPORT_FIELDS = [
  "id", "object", "status", "format", "entity", "title", "count", "metadata",
  "failedReason", "failedAt", "failedMessage", "createdAt", "updatedAt",
].sort();
const STATUSES = ["pending", "processing", "completed", "failed", "canceled"];
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const exa = new Exa(apiKey, origin);
const imports = exa.websets.imports;

/** Asserts the object is an Import: exactly the 13 spec fields (plus `extra`), with the right types. */
function assertImport(item, what, extra = []) {
  assert.equal(typeof item, "object", `${what}: not an object`);
  assert.notEqual(item, null, `${what}: null`);
  assert.deepEqual(Object.keys(item).sort(), [...IMPORT_FIELDS, ...extra].sort(), `${what}: field names`);
  assert.equal(typeof item.id, "string", `${what}: id`);
  assert.ok(item.id.length > 0, `${what}: id is empty`);
  assert.equal(item.object, "import", `${what}: object`);
  assert.ok(STATUSES.includes(item.status), `${what}: status ${item.status}`);
  assert.ok(["csv", "webset"].includes(item.format), `${what}: format ${item.format}`);
  assert.ok(item.entity === null || typeof item.entity?.type === "string", `${what}: entity`);
  assert.equal(typeof item.title, "string", `${what}: title`);
  assert.equal(typeof item.count, "number", `${what}: count`);
  assert.equal(typeof item.metadata, "object", `${what}: metadata`);
  assert.notEqual(item.metadata, null, `${what}: metadata is null`);
  for (const field of ["failedReason", "failedAt", "failedMessage"]) {
    if (item.status === "failed") {
      assert.equal(typeof item[field], "string", `${what}: ${field} on a failed import`);
    } else {
      assert.equal(item[field], null, `${what}: ${field} on a ${item.status} import`);
    }
  }
  assert.match(item.createdAt, ISO_TIME, `${what}: createdAt`);
  assert.match(item.updatedAt, ISO_TIME, `${what}: updatedAt`);
}

/** Asserts `promise` rejects with an ExaError and returns it (the message says what was expected). */
async function rejection(promise, what) {
  let result;
  try {
    result = await promise;
  } catch (error) {
    assert.ok(error instanceof ExaError,
      `${what}: expected an ExaError, got ${error?.constructor?.name}: ${errorSummary(error)}`);
    return error;
  }
  assert.fail(`${what}: expected a rejection, got ${JSON.stringify(result)?.slice(0, 300)}`);
}

/** One line: the message (assert diffs folded), ExaError fields, and the cause (e.g. ECONNREFUSED). */
function errorSummary(error) {
  const fields = error instanceof ExaError
    ? ` [ExaError statusCode=${error.statusCode} code=${error.code} type=${error.type} path=${error.path} requestId=${error.requestId}]`
    : "";
  const cause = error?.cause ? ` (cause: ${error.cause.code ?? ""} ${error.cause.message ?? error.cause})` : "";
  return `${error?.message ?? error}${fields}${cause}`.replace(/\s*\n\s*/g, " ").trim();
}

// --- the checks, run in order; later ones use what earlier ones found -----------------------

const state = {};
const checks = [];
const check = (name, run) => checks.push({ name, run });
const need = (key) => {
  if (state[key] === undefined) {
    throw new Error(`skipped: an earlier check did not provide ${key}`);
  }
  return state[key];
};

check("list() returns the default page of 25 with hasMore and nextCursor", async () => {
  const page = await imports.list();
  assert.deepEqual(Object.keys(page).sort(), ["data", "hasMore", "nextCursor"], "list response fields");
  assert.ok(Array.isArray(page.data), "data is not an array");
  assert.equal(page.data.length, 25, "default page size");
  assert.equal(page.hasMore, true, "hasMore");
  assert.equal(typeof page.nextCursor, "string", "nextCursor");
  assert.ok(page.nextCursor.length > 0, "nextCursor is empty");
  page.data.forEach((item, i) => assertImport(item, `data[${i}]`));
  state.firstPage = page.data;
});

check("list({limit: 5}) then list({cursor, limit: 5}) gives the next 5, no overlap", async () => {
  const first = await imports.list({ limit: 5 });
  assert.equal(first.data.length, 5, "first page size");
  assert.equal(first.hasMore, true, "first page hasMore");
  assert.equal(typeof first.nextCursor, "string", "first page nextCursor");
  const second = await imports.list({ cursor: first.nextCursor, limit: 5 });
  assert.equal(second.data.length, 5, "second page size");
  assert.equal(second.hasMore, true, "second page hasMore");
  const firstIds = first.data.map((item) => item.id);
  const secondIds = second.data.map((item) => item.id);
  assert.deepEqual(firstIds.filter((id) => secondIds.includes(id)), [], "pages overlap");
  const expected = need("firstPage").slice(0, 10).map((item) => item.id);
  assert.deepEqual([...firstIds, ...secondIds], expected, "pages 1+2 of 5 differ from the first 10 of list()");
});

check(`getAll() walks every page: ${seeded} imports, ids unique`, async () => {
  const all = await imports.getAll();
  assert.equal(all.length, seeded, "number of imports");
  const ids = new Set(all.map((item) => item.id));
  assert.equal(ids.size, all.length, "duplicate ids");
  all.forEach((item, i) => assertImport(item, `getAll()[${i}]`));
  const finished = all.find((item) => item.status === "completed" && item.entity !== null);
  assert.ok(finished, "no completed import with an entity among the seeded ones");
  state.stable = finished;
});

check("get(id) returns the Import with all 13 fields", async () => {
  const expected = need("stable");
  const item = await imports.get(expected.id);
  assertImport(item, "get(id)");
  assert.deepEqual(item, expected, "get(id) differs from the listed import");
});

const CSV = "name,url\nExa,https://exa.ai\nExample,https://example.com\nWikipedia,https://www.wikipedia.org\n";

check("create(params, csv) returns the create response with uploadUrl; the SDK's upload PUT succeeds", async () => {
  const params = {
    title: "exa-js conformance",
    entity: { type: "company" },
    metadata: { suite: "exa-js-conformance", sdk: SDK_VERSION },
  };
  // resolves only if the POST succeeded AND the SDK's PUT to uploadUrl answered 2xx
  const created = await imports.create(params, CSV);
  assertImport(created, "create response", ["uploadUrl", "uploadValidUntil"]);
  assert.equal(created.status, "pending", "status right after create");
  assert.equal(created.format, "csv", "format");
  assert.equal(created.count, 3, "count (the SDK sends data lines = 3)");
  assert.equal(created.title, params.title, "title");
  assert.deepEqual(created.entity, params.entity, "entity");
  assert.deepEqual(created.metadata, params.metadata, "metadata");
  assert.equal(typeof created.uploadUrl, "string", "uploadUrl");
  assert.ok(created.uploadUrl.startsWith(`${origin}/`), `uploadUrl ${created.uploadUrl} is not on ${origin}`);
  assert.match(created.uploadValidUntil, ISO_TIME, "uploadValidUntil");
  assert.ok(Date.parse(created.uploadValidUntil) > Date.parse(created.createdAt), "uploadValidUntil not after createdAt");
  const after = await imports.get(created.id);
  assert.ok(["processing", "completed"].includes(after.status),
    `after the upload the import is ${after.status}, expected processing (the upload was not taken)`);
  state.created = created;
});

check("waitUntilCompleted(id, {pollInterval: 200, timeout: 20000}) resolves completed with count 3", async () => {
  const created = need("created");
  const seen = [];
  const done = await imports.waitUntilCompleted(created.id, {
    pollInterval: 200,
    timeout: 20000,
    onPoll: (status) => seen.push(status),
  });
  assertImport(done, "completed import");
  assert.equal(done.id, created.id, "id");
  assert.equal(done.status, "completed", "status");
  assert.equal(done.count, 3, "count");
  assert.equal(seen.at(-1), "completed", "last polled status");
  assert.ok(seen.every((status) => ["processing", "completed"].includes(status)), `polled statuses ${seen}`);
  assert.ok(Date.parse(done.updatedAt) >= Date.parse(created.updatedAt), "updatedAt went backwards");
  state.completed = done;
});

check("update(id, {title, metadata}) returns the new title and metadata", async () => {
  const completed = need("completed");
  const changes = { title: "exa-js conformance (renamed)", metadata: { suite: "exa-js-conformance", step: "update" } };
  const updated = await imports.update(completed.id, changes);
  assertImport(updated, "update response");
  assert.equal(updated.id, completed.id, "id");
  assert.equal(updated.title, changes.title, "title");
  assert.deepEqual(updated.metadata, changes.metadata, "metadata");
  assert.equal(updated.status, "completed", "status");
  assert.equal(updated.count, 3, "count");
  const reread = await imports.get(completed.id);
  assert.deepEqual(reread, updated, "get(id) after update differs from the update response");
  state.updated = updated;
});

check("delete(id) returns the import; get(id) then rejects with ExaError 404 carrying the sandbox's message", async () => {
  const updated = need("updated");
  const deleted = await imports.delete(updated.id);
  assertImport(deleted, "delete response");
  assert.equal(deleted.id, updated.id, "id");
  assert.equal(deleted.title, updated.title, "title");
  const error = await rejection(imports.get(updated.id), "get(id) after delete");
  assert.equal(error.statusCode, 404, `statusCode (${errorSummary(error)})`);
  assert.ok(error.message.includes(updated.id), `message does not name the id: ${errorSummary(error)}`);
  assert.doesNotMatch(error.message, /Unknown error|Request failed|not valid JSON/, "message not taken from the envelope");
  assert.equal(error.type, "NOT_FOUND", "envelope type");
  assert.equal(error.code, "IMPORT_NOT_FOUND", "envelope code");
  assert.equal(typeof error.requestId, "string", "envelope requestId");
  assert.equal(error.path, `/websets/v0/imports/${updated.id}`, "path");
});

check("a wrong API key gives an ExaError with statusCode 401", async () => {
  const wrong = new Exa(`${apiKey}-wrong`, origin);
  const error = await rejection(wrong.websets.imports.list({ limit: 1 }), "list() with a wrong key");
  assert.equal(error.statusCode, 401, `statusCode (${errorSummary(error)})`);
  assert.doesNotMatch(error.message, /Unknown error|Request failed|not valid JSON/, "message not taken from the envelope");
  assert.equal(typeof error.requestId, "string", "envelope requestId");
});

check("create with a CSV without a URL column, then waitUntilCompleted rejects (import failed)", async () => {
  const csv = "name,employees\nAcme,10\nGlobex,20\n";
  const created = await imports.create({ title: "exa-js conformance: no URLs", entity: { type: "company" } }, csv);
  assert.equal(created.count, 2, "count sent by the SDK");
  const error = await rejection(
    imports.waitUntilCompleted(created.id, { pollInterval: 200, timeout: 20000 }),
    "waitUntilCompleted on an import without URLs");
  assert.equal(error.statusCode, 400, `statusCode (${errorSummary(error)}); 408 means it never finished`);
  assert.ok(error.message.startsWith(`Import ${created.id} failed: `), `message: ${error.message}`);
  const failed = await imports.get(created.id);
  assertImport(failed, "failed import");
  assert.equal(failed.status, "failed", "status");
  assert.equal(failed.failedReason, "missing_identifier", "failedReason");
  assert.equal(error.message, `Import ${created.id} failed: ${failed.failedMessage}`, "message carries failedMessage");
  await imports.delete(created.id);
});

// --- run ---------------------------------------------------------------------------------

console.log(`exa-js ${SDK_VERSION} against ${origin} (${seeded} seeded imports)`);
let passed = 0;
let failed = 0;
for (const { name, run } of checks) {
  const started = Date.now();
  try {
    await run();
    passed++;
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}: ${errorSummary(error)}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
