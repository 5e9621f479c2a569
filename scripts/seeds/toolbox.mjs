// Reads toolbox documents the way the seed checks need them: the words of the body and of every string value of
// the frontmatter (with offsets, for the line of a finding), less the text that is a quotation on purpose, and the
// `period` of a case with its `source`. Shared by scripts/seeds/shingles.mjs and tests/content/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { copiedRuns, findInOrder, parseSource, quoteHash, quotesYear, words } from './seedtext.mjs';

const isMap = (node) => node instanceof YAMLMap;
const isScalar = (node) => node instanceof Scalar;
const isSeq = (node) => node instanceof YAMLSeq;

/**
 * Frontmatter values that hold quotations by definition, per document kind: the official one-sentence Eckpunkt
 * and the quotation that backs a case's dates. (Block quotes `> …` in the body are exempt as well.)
 */
export const QUOTATION_FIELDS = { eckpunkt: ['wording'], case: ['period.source'] };

/** The Markdown files under `dir`, as paths relative to it with `/`, sorted. */
export function markdownFiles(dir) {
  const out = [];
  const walk = (sub) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) out.push(path);
    }
  };
  walk('');
  return out.sort();
}

/** The entry of a mapping with this key (a Pair), if any. */
function entry(map, key) {
  if (!isMap(map)) return undefined;
  for (const pair of map.items) if (isScalar(pair.key) && pair.key.value === key) return pair;
  return undefined;
}

/** The value of a scalar node (undefined for anything else). */
function scalarValue(node) {
  return isScalar(node) ? node.value : undefined;
}

/** Offsets of the start of each line, for `lineOf`. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The 1-based line of an offset. */
function lineOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The frontmatter block: offsets of its YAML source, and where the body begins. */
function splitFrontmatter(text) {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(start));
  if (!open) return { bodyStart: start };
  const contentStart = start + open[0].length;
  const m = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(text.slice(contentStart));
  if (!m) return { bodyStart: start };
  return { contentStart, contentEnd: contentStart + m.index, bodyStart: contentStart + m.index + m[0].length };
}

/**
 * A document read for the seed checks.
 * @returns {{
 *   kind?: string,
 *   segments: { field?: string, words: ReturnType<typeof words> }[],
 *   periods: { from: unknown, to: unknown, source: unknown, hasSource: boolean, line: number }[],
 *   lineOf: (offset: number) => number,
 * }}
 */
export function readDocument(text, { withWords = true } = {}) {
  const starts = lineStarts(text);
  const split = splitFrontmatter(text);
  const segments = [];
  const periods = [];
  let kind;
  if (split.contentStart !== undefined) {
    const yaml = parseDocument(text.slice(split.contentStart, split.contentEnd));
    const base = split.contentStart;
    const root = yaml.contents;
    const kindNode = entry(root, 'kind')?.value;
    if (isScalar(kindNode) && typeof kindNode.value === 'string') kind = kindNode.value;
    const exempt = new Set(QUOTATION_FIELDS[kind ?? ''] ?? []);
    const visit = (node, path) => {
      if (isScalar(node)) {
        if (typeof node.value !== 'string' || !node.range) return;
        const field = path.join('.');
        if (exempt.has(field) || !withWords) return;
        // The source text of the value (quotes and escapes are not words), so that offsets give lines.
        segments.push({ field, words: words(text, base + node.range[0], base + node.range[1]) });
      } else if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key)) visit(pair.value, [...path, String(pair.key.value)]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => visit(item, [...path, String(i)]));
      }
    };
    if (withWords) visit(root, []);
    const period = kind === 'case' ? entry(root, 'period') : undefined;
    if (period && isMap(period.value)) {
      const source = entry(period.value, 'source');
      periods.push({
        from: scalarValue(entry(period.value, 'from')?.value),
        to: scalarValue(entry(period.value, 'to')?.value),
        source: scalarValue(source?.value),
        hasSource: source !== undefined,
        line: lineOf(starts, base + ((source ?? period).key.range?.[0] ?? 0)),
      });
    }
  }
  if (!withWords) return { kind, segments, periods, lineOf: (o) => lineOf(starts, o) };
  // The body: every line except block quotes (each of its lines starts with `>`), which also break the text into
  // separate runs. Link destinations and HTML tags are blanked, keeping every offset.
  const body = text.slice(0, split.bodyStart) + blankMarkup(text.slice(split.bodyStart));
  let segmentStart = split.bodyStart;
  let offset = split.bodyStart;
  const pushBody = (end) => {
    if (end > segmentStart) segments.push({ words: words(body, segmentStart, end) });
  };
  while (offset < text.length) {
    const nl = text.indexOf('\n', offset);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    if (/^ {0,3}>/.test(text.slice(offset, lineEnd))) {
      pushBody(offset);
      segmentStart = lineEnd;
    }
    offset = lineEnd;
  }
  pushBody(text.length);
  return { kind, segments, periods, lineOf: (o) => lineOf(starts, o) };
}

/** Markdown with link destinations, link reference definitions and HTML tags blanked (same length). */
function blankMarkup(markdown) {
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  return markdown
    .replace(/\]\([^)\n]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*/gm, blank)
    .replace(/<[^>\n]*>/g, blank);
}

/**
 * The Markdown documents under `dir`, each read once for both checks (`withWords: false`: only kinds and periods).
 * @returns {{ file: string, text: string, doc: ReturnType<typeof readDocument> }[]}
 */
export function readToolbox(dir, options) {
  return markdownFiles(dir).map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    return { file, text, doc: readDocument(text, options) };
  });
}

/**
 * Every run of 12 or more words that stands in a seed, in the documents under a directory (or read by readToolbox).
 * @param {string | ReturnType<typeof readToolbox>} docs
 * @param {Map<string, string[]>} lookup shingle hash → seed ids
 */
export function findCopies(docs, lookup) {
  return (typeof docs === 'string' ? readToolbox(docs) : docs).flatMap(({ file, text, doc }) => copiesOf(file, text, doc, lookup));
}

/** The copied runs of one document (see `findCopies`). */
export function copiesInDocument(file, text, lookup) {
  return copiesOf(file, text, readDocument(text), lookup);
}

function copiesOf(file, text, doc, lookup) {
  const hits = [];
  for (const segment of doc.segments) {
    for (const run of copiedRuns(segment.words, lookup)) {
      const first = segment.words[run.first];
      const last = segment.words[run.last];
      hits.push({
        file,
        line: doc.lineOf(first.start),
        ...(segment.field ? { field: segment.field } : {}),
        run: segment.words.slice(run.first, run.last + 1).map((w) => w.word).join(' '),
        text: text.slice(first.start, last.end).replace(/\s+/g, ' '),
        words: run.last - run.first + 1,
        seeds: run.seeds,
      });
    }
  }
  return hits;
}

/** Every case's `period` in the documents under a directory (or read by readToolbox), with the file. */
export function findPeriods(docs) {
  return (typeof docs === 'string' ? readToolbox(docs, { withWords: false }) : docs).flatMap(({ file, doc }) => doc.periods.map((period) => ({ file, ...period })));
}

/**
 * The dates check: every case's `period` with its `source`, and what is wrong with them. A source names a seed
 * (`seedIds`) and quotes it: each fragment between omissions stands in the seed, in this order, checked against
 * the seed's words where `seedWords` is given and always against the quotations the hash script verified
 * (`quotes`); the quotation contains the years of `from` and `to`.
 * @param {string | ReturnType<typeof readToolbox>} docs
 * @param {{ seedIds: Set<string>, quotes: Set<string>, seedWords?: Map<string, { key: string }[]> }} known
 */
export function checkPeriods(docs, known) {
  const periods = findPeriods(docs);
  const problems = [];
  for (const period of periods) {
    const at = { file: period.file, line: period.line };
    if (!period.hasSource) {
      problems.push({ ...at, kind: 'missing', message: 'period hat keine source (das Zitat aus der Quelle, das den Zeitraum belegt)' });
      continue;
    }
    const parsed = parseSource(period.source);
    if ('error' in parsed) {
      problems.push({ ...at, kind: 'format', message: `period.source ${parsed.error}` });
      continue;
    }
    if (!known.seedIds.has(parsed.seed)) {
      problems.push({ ...at, kind: 'seed', message: `period.source nennt keine Quelle: ${parsed.seed} ist keine der Quellen ${[...known.seedIds].join(', ')}` });
      continue;
    }
    const seedWords = known.seedWords?.get(parsed.seed);
    if (seedWords && !findInOrder(seedWords, parsed.fragments)) {
      problems.push({ ...at, kind: 'quote', message: `„${parsed.quote}“ steht so nicht in Quelle ${parsed.seed} (jedes Stück zwischen „…“ muss wörtlich und in dieser Reihenfolge dort stehen)` });
    } else if (!known.quotes.has(quoteHash(parsed.seed, parsed.fragments))) {
      problems.push({
        ...at,
        kind: 'unverified',
        message: `„${parsed.quote}“ ist nicht als Zitat aus Quelle ${parsed.seed} verzeichnet: \`npm run seeds:hashes\` prüft es an der Quelle und verzeichnet es in tests/content/seed-shingles.json`,
      });
    }
    for (const [field, year] of [['from', period.from], ['to', period.to]]) {
      if (year === undefined) continue;
      if (!quotesYear(parsed.fragments, year)) problems.push({ ...at, kind: 'year', message: `das Zitat enthält das Jahr von period.${field} (${String(year)}) nicht` });
    }
  }
  return { periods, problems };
}
