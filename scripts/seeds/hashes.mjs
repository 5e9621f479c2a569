// The hash file tests/content/seed-shingles.json: built from the seeds (and the quotations of the toolbox's
// `period.source`, each verified in its seed first), and read back into a lookup. It holds no seed text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findInOrder, NORMALISATION_VERSION, parseSource, quoteHash, SHINGLE_WORDS, shingleHashes, words } from './seedtext.mjs';
import { findPeriods } from './toolbox.mjs';

const HASH_BYTES = 8;

/** The seed files of a directory (`000_….txt`), by id. */
export function readSeeds(dir) {
  const seeds = new Map();
  for (const file of readdirSync(dir).sort()) {
    const match = /^(\d{3})_.*\.txt$/.exec(file);
    if (match) seeds.set(match[1], { file, text: readFileSync(join(dir, file), 'utf8') });
  }
  return seeds;
}

/** An error that lists every quotation the script refused. */
export class RefusedQuotations extends Error {
  constructor(problems) {
    super(`Zitate, die nicht in ihrer Quelle stehen:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/**
 * The content of the hash file for the seeds in `seedsDir` and the `period.source` quotations under `toolboxDir`.
 * Throws RefusedQuotations when a quotation does not stand in the seed it names.
 */
export function buildHashFile(seedsDir, toolboxDir) {
  const seeds = readSeeds(seedsDir);
  const entries = [];
  const all = new Set();
  const seedWords = new Map();
  for (const [id, { file, text }] of seeds) {
    const list = words(text);
    seedWords.set(id, list);
    const unique = [...new Set(shingleHashes(list))].sort();
    for (const h of unique) all.add(h);
    entries.push({ id, file, words: list.length, shingles: unique.length, hashes: Buffer.from(unique.join(''), 'hex').toString('base64') });
  }
  const quotes = new Set();
  const problems = [];
  for (const period of findPeriods(toolboxDir)) {
    if (!period.hasSource) continue;
    const where = `${period.file}:${period.line}`;
    const parsed = parseSource(period.source);
    if ('error' in parsed) problems.push(`${where}: period.source ${parsed.error}`);
    else if (!seedWords.has(parsed.seed)) problems.push(`${where}: es gibt keine Quelle ${parsed.seed}`);
    else if (!findInOrder(seedWords.get(parsed.seed), parsed.fragments)) problems.push(`${where}: „${parsed.quote}“ steht so nicht in Quelle ${parsed.seed}`);
    else quotes.add(quoteHash(parsed.seed, parsed.fragments));
  }
  if (problems.length) throw new RefusedQuotations(problems);
  // Expected number of toolbox shingles that meet a seed shingle by chance: shingles checked × seed shingles / 2^64.
  const perShingle = all.size / 2 ** (8 * HASH_BYTES);
  return {
    about:
      'Hashes of the seeds (../shared/seeds) for tests/content/seed-fidelity.test.ts; no seed text. Regenerate with `npm run seeds:hashes` ' +
      '(scripts/seeds/shingles.mjs). seeds[].hashes: the sorted, distinct 12-word shingles of each seed, each the first 8 bytes of the ' +
      'SHA-256 of its normalised words (scripts/seeds/seedtext.mjs), concatenated and base64-encoded. quotes: seed id and hash of each ' +
      'period.source quotation of the toolbox that the script found in its seed.',
    normalisation: NORMALISATION_VERSION,
    shingleWords: SHINGLE_WORDS,
    hashBits: 8 * HASH_BYTES,
    collisions: `${all.size} distinct shingles in 2^64: a toolbox shingle meets one by chance with probability ${perShingle.toExponential(1)}; for 40,000 shingles (the toolbox) ${(perShingle * 4e4).toExponential(1)}, for 10 million ${(perShingle * 1e7).toExponential(1)}.`,
    seeds: entries,
    quotes: [...quotes].sort(),
  };
}

/** The hash file read back: shingle hash → seed ids, the seed ids, and the verified quotations. */
export function readHashFile(data) {
  if (data.normalisation !== NORMALISATION_VERSION || data.shingleWords !== SHINGLE_WORDS || data.hashBits !== 8 * HASH_BYTES) {
    throw new Error('tests/content/seed-shingles.json was written by another version of scripts/seeds/seedtext.mjs: run `npm run seeds:hashes`.');
  }
  const lookup = new Map();
  for (const seed of data.seeds) {
    const hex = Buffer.from(seed.hashes, 'base64').toString('hex');
    for (let i = 0; i < hex.length; i += 2 * HASH_BYTES) {
      const hash = hex.slice(i, i + 2 * HASH_BYTES);
      const ids = lookup.get(hash);
      if (ids) ids.push(seed.id);
      else lookup.set(hash, [seed.id]);
    }
  }
  return { lookup, seedIds: new Set(data.seeds.map((s) => s.id)), quotes: new Set(data.quotes) };
}
