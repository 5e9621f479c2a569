// The seed checks themselves (scripts/seeds/), on invented seeds and documents under fixtures/: the copy check
// (runs of 12 words that stand in a seed) and the dates check (every `period` backed by a quotation from a seed).
// The real toolbox is checked in seed-fidelity.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHashFile, readHashFile, readSeeds, RefusedQuotations } from '../../scripts/seeds/hashes.mjs';
import { findInOrder, keyOf, parseSource, quoteHash, readable, seedLookup, words } from '../../scripts/seeds/seedtext.mjs';
import { checkPeriods, copiesInDocument, findCopies, type Copy } from '../../scripts/seeds/toolbox.mjs';

const fixtures = join(__dirname, 'fixtures');
const seedsDir = join(fixtures, 'seeds');
const seeds = readSeeds(seedsDir);
const lookup = seedLookup([...seeds].map(([id, s]) => [id, s.text]));
const seedWords = new Map([...seeds].map(([id, s]) => [id, words(s.text)]));

const copies = (file: string): Copy[] => copiesInDocument(file, readFileSync(join(fixtures, 'copies', file), 'utf8'), lookup);
const brief = (c: Copy) => ({ line: c.line, field: c.field, words: c.words, seeds: c.seeds, text: c.text });

describe('the normalisation', () => {
  it('folds case, umlauts, ß and the ae/oe/ue spellings', () => {
    const forms = ['Ausländerbehörde', 'AUSLÄNDERBEHÖRDE', 'Auslaenderbehoerde', 'Auslanderbehorde'];
    expect(new Set(forms.map(readable))).toEqual(new Set(['auslanderbehorde']));
    expect(readable('Straße')).toBe(readable('Strasse'));
    expect(readable('Rückwanderung')).toBe(readable('Rueckwanderung'));
  });

  it('compares the OCR of seed 004 with clean text: misread umlauts, ß read as B, the I of MitarbeiterInnen read as l', () => {
    const key = (w: string) => keyOf(readable(w));
    const pairs: [string, string][] = [
      ['Auslanderbehorde', 'Ausländerbehörde'],
      ['Behérde', 'Behörde'],
      ['kénnen', 'können'],
      ['fiir', 'für'],
      ['Thiringen', 'Thüringen'],
      ['Selbstversténdnis', 'Selbstverständnis'],
      ['frOher', 'früher'],
      ['regelmaBig', 'regelmäßig'],
      ['Mitarbeiterlnnen', 'MitarbeiterInnen'],
    ];
    for (const [ocr, clean] of pairs) expect(key(ocr), `${ocr} ~ ${clean}`).toBe(key(clean));
    expect(words('Mitarbeiter:innen und Partner*innen').map((w) => w.word)).toEqual(['mitarbeiter', 'und', 'partner']);
  });

  it('reads punctuation and markup as word breaks, & as „und“, a hyphenated compound as one word, joins words broken at a line end, and skips URLs', () => {
    expect(words('„Leben & Wohnen“ – vor **Ort**!').map((w) => w.word)).toEqual(['leben', 'und', 'wohnen', 'vor', 'ort']);
    expect(words('die Willkommens-\nbehorde und Front- oder Back-Office').map((w) => w.word)).toEqual(['die', 'willkommensbehorde', 'und', 'front', 'oder', 'back-office']);
    expect(keyOf(readable('Service-Point'))).toBe(keyOf(readable('Servicepoint')));
    expect(words('siehe www.bamf.de/SharedDocs/Anlagen/DE/x.pdf und https://example.org/a/b').map((w) => w.word)).toEqual(['siehe', 'und']);
  });

  it('keeps the offsets of each word in the text', () => {
    const text = 'Ein „Wort“ und   noch eins';
    for (const w of words(text)) expect(readable(text.slice(w.start, w.end))).toBe(w.word);
  });
});

describe('the copy check', () => {
  it('finds a copied run of 12 or more words in the body and in a frontmatter value, each with its exact line', () => {
    expect(copies('copy.md').map(brief)).toEqual([
      // Exactly 12 words: the shortest run that counts.
      { line: 5, field: 'summary', words: 12, seeds: ['900'], text: 'Aufenthalt, Anerkennung und Wohnen und vermittelt Kontakte zu Arbeitgebern in der Region' },
      {
        line: 13,
        field: undefined,
        words: 15,
        seeds: ['900'],
        text: 'Der Landkreis Musterland hat im Jahr 2019 gemeinsam mit der **Ausländerbehörde** und dem [Jobcenter](../x.md) eine',
      },
      { line: 17, field: undefined, words: 15, seeds: ['900'], text: 'Seit 2021 gibt es zusätzlich eine mehrsprachige Sprechstunde am Samstag, die vor allem Familien nutzen' },
    ]);
    expect(copies('copy.md')[1]!.run).toBe('der landkreis musterland hat im jahr 2019 gemeinsam mit der auslanderbehorde und dem jobcenter eine');
  });

  it('lets a run of 11 words pass', () => {
    expect(copies('eleven.md')).toEqual([]);
  });

  it('lets quotations pass: block quotes, an Eckpunkt’s wording and a case’s period.source, but not other fields', () => {
    expect(copies('blockquote.md')).toEqual([]);
    // The criterion of the Eckpunkt holds the same sentence as its wording: only the criterion counts.
    expect(copies('wording.md').map((c) => [c.line, c.field])).toEqual([[8, 'criteria.0.text']]);
  });

  it('catches umlaut, ae/oe/ue and OCR variants of a seed', () => {
    expect(copies('ocr.md').map((c) => [c.line, c.words, c.seeds])).toEqual([
      [7, 15, ['901']],
      [10, 15, ['901']],
      [13, 18, ['901']],
    ]);
  });

  it('finds the same runs from the hashes alone as from the seeds, and the hashes hold no seed text', () => {
    const data = buildHashFile(seedsDir, join(fixtures, 'periods', 'good'));
    // One shingle per start position (all distinct here), 8 bytes each.
    expect(data.seeds.map((s) => [s.id, s.shingles, Buffer.from(s.hashes, 'base64').length])).toEqual(
      data.seeds.map((s) => [s.id, s.words - 11, 8 * (s.words - 11)]),
    );
    expect(data.seeds.map((s) => s.id)).toEqual(['900', '901']);
    expect(JSON.stringify(data)).not.toMatch(/musterland|beispielstadt/i);
    const fromHashes = findCopies(join(fixtures, 'copies'), readHashFile(data).lookup);
    expect(fromHashes).toEqual(findCopies(join(fixtures, 'copies'), lookup));
    expect(fromHashes.length).toBeGreaterThan(0);
  });
});

describe('the dates check', () => {
  const problems = (dir: string, known: Parameters<typeof checkPeriods>[1]) =>
    checkPeriods(join(fixtures, 'periods', dir), known).problems.map((p) => `${p.file}:${p.line} ${p.kind}`);
  const verified = readHashFile(buildHashFile(seedsDir, join(fixtures, 'periods', 'good')));

  it('parses a source: seed id, quotation, fragments between omissions', () => {
    const parsed = parseSource('003: „In 2017 hatte der Landkreis … entwickelt“');
    expect(parsed).toMatchObject({ seed: '003', quote: 'In 2017 hatte der Landkreis … entwickelt' });
    expect('fragments' in parsed && parsed.fragments.map((f) => f.map((w) => w.word))).toEqual([['in', '2017', 'hatte', 'der', 'landkreis'], ['entwickelt']]);
    expect(parseSource('003: "In 2017"')).toHaveProperty('error');
    expect(parseSource('In 2017 hatte der Landkreis')).toHaveProperty('error');
  });

  it('finds the fragments in order, each as consecutive words', () => {
    const seed = words('eins zwei drei vier fünf sechs');
    const frag = (t: string) => words(t);
    expect(findInOrder(seed, [frag('zwei drei'), frag('fünf')])).toEqual([1, 4]);
    expect(findInOrder(seed, [frag('fünf'), frag('zwei')])).toBeUndefined();
    expect(findInOrder(seed, [frag('zwei vier')])).toBeUndefined();
  });

  it('accepts periods whose source quotes the named seed with their years, against the seeds and against the hashes', () => {
    expect(problems('good', { seedIds: verified.seedIds, quotes: new Set(), seedWords })).toEqual(
      // Against the seeds the quotations hold, but they are not yet recorded in the (empty) hash list.
      ['ocr.md:5 unverified', 'range.md:5 unverified', 'sourced.md:7 unverified'],
    );
    expect(problems('good', { ...verified, seedWords })).toEqual([]);
    expect(problems('good', verified)).toEqual([]);
    expect(checkPeriods(join(fixtures, 'periods', 'good'), verified).periods.map((p) => [p.file, p.from, p.to])).toEqual([
      ['ocr.md', 2016, undefined],
      ['range.md', 2019, 2021],
      ['sourced.md', 2019, undefined],
    ]);
  });

  it('fails a period without source, a source that names no seed, a quotation not in its seed or out of order, and a wrong year', () => {
    const expected = [
      'format.md:5 format',
      'missing.md:6 missing',
      'no-seed.md:5 seed',
      'not-in-seed.md:5 quote',
      'out-of-order.md:5 quote',
      'wrong-year.md:5 year',
      'wrong-year.md:5 year',
    ];
    expect(problems('bad', { ...verified, seedWords })).toEqual(expected);
    // Without the seeds, a quotation the script did not verify is not in the hash list.
    expect(problems('bad', verified)).toEqual(expected.map((p) => p.replace(/ quote$/, ' unverified')));
    const wrong = checkPeriods(join(fixtures, 'periods', 'bad'), verified).problems.filter((p) => p.kind === 'year');
    expect(wrong.map((p) => p.message)).toEqual([
      'das Zitat enthält das Jahr von period.from (2018) nicht',
      'das Zitat enthält das Jahr von period.to (2022) nicht',
    ]);
  });

  it('records a verified quotation by seed and hash, and the script refuses one that is not in its seed', () => {
    const parsed = parseSource('900: „im Jahr 2019 … Seit 2021 gibt es“');
    expect('fragments' in parsed && verified.quotes.has(quoteHash('900', parsed.fragments))).toBe(true);
    let refused: unknown;
    try {
      buildHashFile(seedsDir, join(fixtures, 'periods'));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(RefusedQuotations);
    expect((refused as RefusedQuotations).problems.map((p) => p.split(': ')[0])).toEqual([
      'bad/format.md:5',
      'bad/no-seed.md:5',
      'bad/not-in-seed.md:5',
      'bad/out-of-order.md:5',
    ]);
  });

  it('the script writes the hash file, refuses a quotation not in its seed, and --check notices a stale file', () => {
    const out = mkdtempSync(join(tmpdir(), 'seed-hashes-'));
    const script = join(__dirname, '..', '..', 'scripts', 'seeds', 'shingles.mjs');
    const run = (...args: string[]) => {
      try {
        return { status: 0, output: execFileSync(process.execPath, [script, seedsDir, '--out', join(out, 'h.json'), ...args], { encoding: 'utf8', stdio: 'pipe' }) };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { status: e.status, output: e.stderr };
      }
    };
    try {
      expect(run('--toolbox', join(fixtures, 'periods', 'good')).status).toBe(0);
      expect(JSON.parse(readFileSync(join(out, 'h.json'), 'utf8'))).toEqual(buildHashFile(seedsDir, join(fixtures, 'periods', 'good')));
      expect(run('--toolbox', join(fixtures, 'periods', 'good'), '--check').status).toBe(0);
      expect(run('--toolbox', join(fixtures, 'copies'), '--check')).toMatchObject({ status: 1 });
      const refused = run('--toolbox', join(fixtures, 'periods'));
      expect(refused.status).toBe(1);
      expect(refused.output).toContain('bad/not-in-seed.md:5');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
