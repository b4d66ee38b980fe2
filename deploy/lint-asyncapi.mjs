// Parses contracts' asyncapi.yaml with the official AsyncAPI parser (@asyncapi/parser), which validates the
// document and every message payload schema, and exits 1 on any error. Run by deploy/lint-asyncapi.sh.
//   node lint-asyncapi.mjs <parser install dir> <asyncapi.yaml>
// Also fails when a payload's schemaFormat is one the parser does not validate (it skips such a payload without a
// word: draft-2020-12 was), when a schema file uses a keyword newer than draft-07 (the drafts the payloads are
// declared and checked as), and when a deliberately broken payload schema is NOT reported (the check checks itself).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [tools, document] = process.argv.slice(2);
const require = createRequire(path.join(tools, 'node_modules') + path.sep);
const { Parser, fromFile } = require('@asyncapi/parser');

// Formats the parser's built-in AsyncAPI schema parser validates; any other is skipped unless a parser is registered.
const VALIDATED = new Set(['', 'application/schema+json;version=draft-07', 'application/schema+yaml;version=draft-07',
  'application/vnd.aai.asyncapi;version=3.0.0', 'application/vnd.aai.asyncapi+json;version=3.0.0',
  'application/vnd.aai.asyncapi+yaml;version=3.0.0']);
// JSON Schema keywords after draft-07: the payloads are validated as draft-07, which would ignore them.
const NEWER = ['$defs', 'prefixItems', 'unevaluatedProperties', 'unevaluatedItems', 'dependentRequired',
  'dependentSchemas', '$dynamicRef', '$dynamicAnchor', '$anchor', '$recursiveRef', '$recursiveAnchor', 'minContains',
  'maxContains', '$vocabulary'];
const SEVERITY = ['error', 'warning', 'info', 'hint'];

async function parse(file) {
  const { document: parsed, diagnostics } = await fromFile(new Parser(), file).parse();
  return { parsed, errors: diagnostics.filter(d => d.severity === 0), diagnostics };
}

function keywordsIn(node, where, found) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => keywordsIn(item, `${where}/${i}`, found));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (NEWER.includes(key)) found.push(`${where}/${key}`);
      keywordsIn(value, `${where}/${key}`, found);
    }
  }
  return found;
}

let failed = false;
const fail = message => { console.error(`lint-asyncapi: ${message}`); failed = true; };

const { parsed, errors, diagnostics } = await parse(document);
for (const d of diagnostics) {
  console.log(`lint-asyncapi: ${SEVERITY[d.severity]} ${d.code}: ${d.message} at ${(d.path || []).join('.')}`);
}
errors.length && fail(`${errors.length} error(s) in ${document}`);
if (parsed) {
  let payloads = 0;
  for (const message of parsed.allMessages()) {
    const format = (message.schemaFormat() || '').replace(/\s+/g, '');
    const name = message.id() || message.name();
    if (!VALIDATED.has(format) && !format.startsWith('application/vnd.aai.asyncapi')) {
      fail(`message ${name}: payload schemaFormat ${format} is not validated by the parser`);
    }
    if (message.hasPayload()) payloads++;
  }
  console.log(`lint-asyncapi: ${payloads} message payloads`);
}
const schemas = path.join(path.dirname(document), 'schemas');
for (const file of fs.readdirSync(schemas).filter(f => f.endsWith('.json'))) {
  keywordsIn(JSON.parse(fs.readFileSync(path.join(schemas, file), 'utf8')), file, [])
    .forEach(at => fail(`${at}: a keyword newer than draft-07, which the payload validation would ignore`));
}

// The check of the check: one payload schema broken in a copy must be an error.
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-asyncapi-'));
try {
  fs.cpSync(path.dirname(document), copy, { recursive: true });
  const victim = fs.readdirSync(path.join(copy, 'schemas')).find(f => f.startsWith('vn.thidua.'));
  const schema = JSON.parse(fs.readFileSync(path.join(copy, 'schemas', victim), 'utf8'));
  schema.type = 'objekt';
  fs.writeFileSync(path.join(copy, 'schemas', victim), JSON.stringify(schema));
  const broken = await parse(path.join(copy, path.basename(document)));
  if (broken.errors.length === 0) {
    fail(`a broken payload schema (${victim}: type "objekt") was not reported: payload schemas are not validated`);
  } else {
    console.log(`lint-asyncapi: a broken payload schema (${victim}) is reported: ${broken.errors[0].message}`);
  }
} finally {
  fs.rmSync(copy, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
