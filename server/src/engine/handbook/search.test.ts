// The compound parts the search index gets, and the words they are looked up among.
import { describe, expect, it } from 'vitest';
import { SearchVocabulary, wordsOf } from './search';
import { parseDocument } from '../parse/document';
import { builtinSchemas } from '../schema/registry';

describe('the words of a text', () => {
  it('are the runs of four or more letters, lower-cased, umlauts and ß included', () => {
    expect(wordsOf('Die Willkommensbroschüre der AUSLÄNDERBEHÖRDE, Straße 12; Ämter & Co.')).toEqual(['willkommensbroschüre', 'ausländerbehörde', 'straße', 'ämter']);
  });

  it('end at letters outside the German alphabet, also where their lower case is one (ẞ, İ, the Kelvin sign)', () => {
    expect(wordsOf('GROẞE Stadt')).toEqual(['stadt']);
    expect(wordsOf('abc\u0130defg xyz\u212auvwx Café Ελλάδα')).toEqual(['defg', 'uvwx']);
  });

  it('can be taken from the text lower-cased whole, but for three letters of all Unicode (İ, the Kelvin sign, ẞ)', () => {
    const letter = /[A-Za-zÄÖÜäöüß]/;
    const lowerLetter = /^[a-zäöüß]$/;
    const intoWords: string[] = [];
    for (let code = 0; code < 0x110000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const character = String.fromCodePoint(code);
      const lower = character.toLowerCase();
      if (letter.test(character) ? !lowerLetter.test(lower) : /[a-zäöüß]/.test(lower)) intoWords.push(code.toString(16));
    }
    expect(intoWords).toEqual(['130', '1e9e', '212a']);
  });

  it('are the same whether the text is lower-cased whole or word by word, whatever letters stand around them', () => {
    // Letters whose lower case is in the word alphabet (İ, K, ẞ), whose lower case is longer (İ) or Greek (Σ → σ/ς).
    const alphabet = ['a', 'Z', 'ä', 'Ö', 'ß', 'ẞ', '\u0130', '\u212a', '\u212b', 'Σ', 'É', 'é', 'ı', 'ſ', '1', ' ', '-', 'x', 'M'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 2 + (next() % 40) }, () => alphabet[next() % alphabet.length]).join('');
      const wordByWord = (text.match(/[A-Za-zÄÖÜäöüß]{4,}/g) ?? []).map((w) => w.toLowerCase());
      expect(wordsOf(text), JSON.stringify(text)).toEqual(wordByWord);
      expect(wordsOf(text.replace(/[\u0130\u212a\u1e9e]/g, 'q')), JSON.stringify(text)).toEqual((text.replace(/[\u0130\u212a\u1e9e]/g, 'q').match(/[A-Za-zÄÖÜäöüß]{4,}/g) ?? []).map((w) => w.toLowerCase()));
    }
  });
});

describe('the compound parts of a page', () => {
  const document = (path: string, title: string, body: string) => parseDocument(`file:///t/toolbox/instrumente/${path}.md`, `---\nid: ${path}\ntitle: ${title}\n---\n${body}\n`, builtinSchemas());
  const vocabularyOf = (...documents: ReturnType<typeof document>[]) => {
    const vocabulary = new SearchVocabulary();
    for (const d of documents) vocabulary.add(d);
    return vocabulary;
  };

  it('are the later parts of its compounds that are words of the toolbox themselves, with a word as their head', () => {
    const vocabulary = vocabularyOf(document('a', 'Die Broschüre', 'Die Beratung und die Behörde.'), document('b', 'Willkommen', 'Im Ausländeramt.'));
    expect(vocabulary.partsOf(document('c', 'Die Willkommensbroschüre', 'Die Verweisberatung (kein „Verweis“ im Werkzeugkoffer).'))).toEqual(['broschüre']);
  });

  it('come from every compound of title and body once, in the order they stand', () => {
    const page = document('b', 'Verweisberatung', 'Eine Willkommensbroschüre, eine Willkommensbroschüre und das Terminsystem.');
    const vocabulary = vocabularyOf(document('a', 'Die Beratung', 'Die Broschüre, die Behörde, der Verweis. Willkommen!'), page);
    expect(vocabulary.partsOf(page)).toEqual(['beratung', 'broschüre']);
  });

  it('take the words of title and body apart, as the page shows them apart', () => {
    const vocabulary = vocabularyOf(document('a', 'Ämterbera', 'tung'));
    expect(vocabulary.has('ämterbera')).toBe(true);
    expect(vocabulary.has('ämterberatung')).toBe(false);
  });

  it('of a page not added to the vocabulary leave it as it is; an edited document adds its new words', () => {
    const vocabulary = vocabularyOf(document('a', 'Die Stelle', 'Der Service'));
    const page = document('b', 'Servicestelle', 'Die Beratungsstelle berät.');
    expect(vocabulary.partsOf(page)).toEqual(['stelle']);
    expect(vocabulary.has('beratungsstelle')).toBe(false);
    vocabulary.add(document('a', 'Die Stelle', 'Der Service und die Beratung'));
    expect(vocabulary.has('beratung')).toBe(true);
    expect(vocabulary.partsOf(document('b', 'Servicestelle', 'Die Beratungsstelle berät.'))).toEqual(['stelle']);
  });
});
