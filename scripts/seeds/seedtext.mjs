// The words of a seed or a toolbox text as the seed checks compare them: one normalisation, 12-word shingles
// hashed to 64 bits, and the `period.source` quotations. Shared by scripts/seeds/shingles.mjs (which writes the
// hashes) and tests/content/ (which checks the toolbox against them), so both read a text the same way.
//
// Normalisation. A word is a run of letters and digits, or several joined by hyphens („Martin-Luther-Universität“,
// „Back-Office“); `&` is the word „und“; other punctuation and Markdown markup break words; URLs (`http…`,
// `www.…`) are not words. Then, word by word:
//  1. soft hyphens and zero-width characters are dropped; a word broken at a line end („Willkommens-⏎behorde“, the
//     OCR of seed 004) is joined again when the next line goes on in lower case;
//  2. gendered forms are the base word: „Partner:innen“, „Partner*innen“, „Partner_innen“, „Partner/-innen“,
//     „PartnerInnen“ and the OCR's „Partnerlnnen“ all read „partner“;
//  3. an upper-case B between lower-case letters is a ß misread by the OCR („regelmaBig“); ß, ẞ and that B
//     become „ss“;
//  4. lower case; accents and umlaut dots are removed (ä → a, é → e, Ö → o; ø → o, æ → ae, œ → oe);
//  5. the spellings ae, oe, ue become a, o, u, so „Ausländer“, „Auslaender“ and „Auslander“ are one word.
// That is the readable form, shown in messages and kept in tests/content/known-copies.json. Words are compared by
// their key: the readable form without hyphens and without the vowels a, e, i, o, u (a word of vowels only has the
// key „·“). The OCR of seed 004 turns umlauts into other vowels or doubles them („kénnen“, „fiir“, „Thiringen“,
// „Selbstversténdnis“, „frOher“); without vowels these equal the clean words. Twelve words in a row still have to
// agree in every consonant, digit and word break, so a text not taken from a seed does not meet one by chance.
//
// A shingle (12 words in a row) is hashed to the first 64 bits of the SHA-256 of its keys joined by spaces; the
// hash file keeps these, never the words (see hashes.mjs for the collision estimate).
import { hash } from 'node:crypto';

/** Words per shingle: a run of this many words that stands in a seed is a copy. */
export const SHINGLE_WORDS = 12;
/** Bumped whenever the normalisation or the hashing changes, so stale hash files are noticed. */
export const NORMALISATION_VERSION = 1;

const WORD = /[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]+(?:-[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]+)*|&/gu;
const HYPHENATED = /^-[ \t]*\r?\n[ \t]*(\p{Ll}[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]*)/u;
const GENDER = /^[:*_\/·]-?[iI]n(?:nen)?(?![\p{L}\p{M}\p{N}])/u;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\[\]„“"]+/giu;

/** The readable normal form of one word (see the header). */
export function readable(word) {
  if (word === '&') return 'und';
  let w = word.replace(/[\u00AD\u200B-\u200D\u2060]/g, '');
  // „MitarbeiterInnen“ and its OCR „Mitarbeiterlnnen“ (the other gendered forms are split off in `words`).
  w = w.replace(/(?<=\p{Ll})(?:In|Innen|lnnen)$/u, '');
  w = w.replace(/(?<=\p{Ll})B(?=\p{Ll})/gu, 'ss').replace(/[ßẞ]/g, 'ss');
  w = w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  w = w.replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/œ/g, 'oe');
  return w.replace(/([aou])e/g, '$1');
}

/** The key by which words are compared: the readable form without vowels and hyphens. */
export function keyOf(readableWord) {
  return readableWord.replace(/[aeiou-]/g, '') || '·';
}

const cache = new Map();

/** The readable form and the key of a word as it stands in a text, remembered (a text has few distinct words). */
function normalised(raw) {
  let known = cache.get(raw);
  if (!known) {
    const word = readable(raw);
    known = [word, keyOf(word)];
    if (cache.size > 200_000) cache.clear();
    cache.set(raw, known);
  }
  return known;
}

/**
 * The words of `text[from, to)`, with their offsets in `text`.
 * @returns {{ word: string, key: string, start: number, end: number }[]}
 */
export function words(text, from = 0, to = text.length) {
  let slice = text.slice(from, to);
  if (/https?:|www\./i.test(slice)) slice = slice.replace(URL, (url) => ' '.repeat(url.length));
  const out = [];
  WORD.lastIndex = 0;
  let match;
  while ((match = WORD.exec(slice))) {
    let raw = match[0];
    let end = match.index + raw.length;
    // A word hyphenated at a line end: „Willkommens-⏎behorde“ is one word.
    let joined;
    while (slice.charCodeAt(end) === 0x2d && raw !== '&' && (joined = HYPHENATED.exec(slice.slice(end, end + 200)))) {
      raw += joined[1];
      end += joined[0].length;
      WORD.lastIndex = end;
    }
    // „Partner:innen“, „Partner*innen“, „Partner_in“, „Partner/-innen“: the base word.
    const next = slice.charCodeAt(end);
    const gender = (next === 0x3a || next === 0x2a || next === 0x5f || next === 0x2f || next === 0xb7) && GENDER.exec(slice.slice(end, end + 12));
    if (gender) {
      end += gender[0].length;
      WORD.lastIndex = end;
    }
    const [word, key] = normalised(raw);
    if (!word) continue;
    out.push({ word, key, start: from + match.index, end: from + end });
  }
  return out;
}

/**
 * The hashes of every 12-word shingle of a list of words, in order (one per start position): the first 64 bits
 * (16 hex digits) of the SHA-256 of the shingle's 12 keys joined by single spaces.
 */
export function shingleHashes(list) {
  const out = [];
  if (list.length < SHINGLE_WORDS) return out;
  // One string of all keys, each shingle a slice of it.
  const starts = new Array(list.length + 1);
  let joined = '';
  for (let i = 0; i < list.length; i++) {
    starts[i] = joined.length;
    joined += `${list[i].key} `;
  }
  starts[list.length] = joined.length;
  for (let i = 0; i + SHINGLE_WORDS <= list.length; i++) {
    out.push(hash('sha256', joined.slice(starts[i], starts[i + SHINGLE_WORDS] - 1), 'hex').slice(0, 16));
  }
  return out;
}

/**
 * The runs of 12 or more words of `list` that stand in a seed: overlapping shingles found in `lookup` (a shingle
 * hash → the seed ids it stands in) are merged into one run.
 * @param {{ word: string, key: string, start: number, end: number }[]} list
 * @param {Map<string, string[]>} lookup
 * @returns {{ first: number, last: number, seeds: string[] }[]} indices into `list`, inclusive
 */
export function copiedRuns(list, lookup) {
  const hashes = shingleHashes(list);
  const runs = [];
  let current;
  hashes.forEach((hash, i) => {
    const seeds = lookup.get(hash);
    if (!seeds) return;
    const last = i + SHINGLE_WORDS - 1;
    if (current && i <= current.last) {
      current.last = last;
      for (const s of seeds) if (!current.seeds.includes(s)) current.seeds.push(s);
    } else {
      current = { first: i, last, seeds: [...seeds] };
      runs.push(current);
    }
  });
  for (const run of runs) run.seeds.sort();
  return runs;
}

/** Seed id → text, to a map of shingle hash → the ids of the seeds it stands in. */
export function seedLookup(seeds) {
  const lookup = new Map();
  for (const [id, text] of seeds) {
    for (const hash of shingleHashes(words(text))) {
      const ids = lookup.get(hash);
      if (!ids) lookup.set(hash, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  }
  return lookup;
}

// ---- period.source: "003: „In 2017 hatte der Landkreis … entwickelt“" ----

const QUOTE = /^\s*(\d{3})\s*:\s*„([^„“]+)“\s*$/u;
const OMISSION = /\s*(?:\[…\]|\(…\)|\[\.\.\.\]|\(\.\.\.\)|…|\.\.\.)\s*/u;

/**
 * Reads a `period.source`: the seed id, the quotation, and its fragments (the parts between omissions `…`),
 * each as its list of words.
 * @returns {{ seed: string, quote: string, fragments: { word: string, key: string }[][] } | { error: string }}
 */
export function parseSource(source) {
  if (typeof source !== 'string') return { error: 'keine Zeichenkette' };
  const match = QUOTE.exec(source);
  if (!match) return { error: 'nicht in der Form „000: „Zitat““ (Nummer der Quelle, Doppelpunkt, Zitat in „…“)' };
  const quote = match[2].trim();
  const fragments = quote
    .split(OMISSION)
    .map((part) => words(part).map(({ word, key }) => ({ word, key })))
    .filter((part) => part.length > 0);
  if (fragments.length === 0) return { error: 'das Zitat enthält keine Wörter' };
  return { seed: match[1], quote, fragments };
}

/** The hash by which a quotation verified in its seed is recorded: the seed id and the keys of each fragment. */
export function quoteHash(seed, fragments) {
  return `${seed}:${hash('sha256', `${seed}\n${fragments.map((f) => f.map((w) => w.key).join(' ')).join('\n')}`, 'hex').slice(0, 16)}`;
}

/**
 * Whether the fragments stand in the seed's words in this order, each as consecutive words, one after the other
 * (the earliest place of each fragment after the one before). Returns the index of the first word of each
 * fragment, or undefined.
 * @param {{ key: string }[]} seedWords
 * @param {{ key: string }[][]} fragments
 */
export function findInOrder(seedWords, fragments) {
  const keys = seedWords.map((w) => w.key);
  const at = [];
  let from = 0;
  for (const fragment of fragments) {
    const want = fragment.map((w) => w.key);
    let found = -1;
    for (let i = from; i + want.length <= keys.length; i++) {
      let j = 0;
      while (j < want.length && keys[i + j] === want[j]) j++;
      if (j === want.length) {
        found = i;
        break;
      }
    }
    if (found < 0) return undefined;
    at.push(found);
    from = found + want.length;
  }
  return at;
}

/** Whether a quotation's words contain the year as a number of its own. */
export function quotesYear(fragments, year) {
  return fragments.some((f) => f.some((w) => w.word === String(year)));
}
