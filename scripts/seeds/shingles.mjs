#!/usr/bin/env node
// Regenerates tests/content/seed-shingles.json from the seeds: the hashed 12-word shingles of every seed, and the
// hashes of the toolbox's `period.source` quotations after checking each against the seed it names (a quotation
// that is not in its seed is refused, and nothing is written).
//
//   node scripts/seeds/shingles.mjs [seedsDir] [--toolbox dir] [--out file] [--check]
//
// seedsDir defaults to ../shared/seeds beside the repository; --check writes nothing and exits 1 when the file
// is not up to date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHashFile, RefusedQuotations } from './hashes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) fail(`${name} braucht einen Wert`);
  args.splice(i, 2);
  return resolve(value);
};

function fail(message) {
  console.error(message);
  process.exit(1);
}

const toolbox = option('--toolbox', join(root, 'toolbox'));
const out = option('--out', join(root, 'tests', 'content', 'seed-shingles.json'));
const check = args.includes('--check');
const rest = args.filter((a) => a !== '--check');
if (rest.some((a) => a.startsWith('--')) || rest.length > 1) fail('Aufruf: node scripts/seeds/shingles.mjs [seedsDir] [--toolbox dir] [--out file] [--check]');
const seeds = resolve(rest[0] ?? join(root, '..', 'shared', 'seeds'));
if (!existsSync(seeds)) fail(`Die Quellen fehlen: ${seeds}`);

let data;
try {
  data = buildHashFile(seeds, toolbox);
} catch (error) {
  if (error instanceof RefusedQuotations) fail(error.message);
  throw error;
}
if (data.seeds.length === 0) fail(`Keine Quellen (000_….txt) in ${seeds}`);
const text = `${JSON.stringify(data, null, 2)}\n`;
const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
if (check) {
  if (current !== text) fail(`${out} ist nicht aktuell: npm run seeds:hashes`);
  console.log(`${out} ist aktuell.`);
} else {
  if (current !== text) writeFileSync(out, text);
  const shingles = data.seeds.reduce((n, s) => n + s.shingles, 0);
  console.log(`${out}: ${data.seeds.length} Quellen, ${shingles} Shingles, ${data.quotes.length} geprüfte Zitate (${Buffer.byteLength(text)} Bytes)${current === text ? ', unverändert' : ''}.`);
}
