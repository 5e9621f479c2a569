// The compound parts the search index gets, and the words they are looked up among.
import { describe, expect, it } from 'vitest';
import { compoundParts, SearchVocabulary, vocabularyOf, wordsOf } from './search';
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

describe('compound parts', () => {
  it('are the later parts of compounds that are words of the toolbox themselves', () => {
    const vocabulary = vocabularyOf(['Die Broschüre, die Beratung und die Behörde.', 'Willkommen im Ausländeramt.']);
    expect(compoundParts('Die Willkommensbroschüre und die Verweisberatung', vocabulary)).toEqual(['broschüre']);
  });
});

describe('the vocabulary of the documents', () => {
  const document = (path: string, title: string, body: string) => parseDocument(`file:///t/toolbox/instrumente/${path}.md`, `---\nid: ${path}\ntitle: ${title}\nsummary: Die Zusammenfassung\n---\n${body}\n`, builtinSchemas());

  it('gives each page the parts of its title and body that are words of any document, as compoundParts does', () => {
    const vocabulary = new SearchVocabulary();
    const beratung = document('a', 'Die Beratung', 'Die Broschüre, die Behörde, der Verweis. Willkommen!');
    const page = document('b', 'Verweisberatung', 'Eine Willkommensbroschüre, eine Willkommensbroschüre und das Terminsystem.');
    vocabulary.add(beratung);
    vocabulary.add(page);
    expect(vocabulary.partsOf(page)).toEqual(['beratung', 'broschüre']);
    expect(vocabulary.partsOf(page)).toEqual(compoundParts(`Verweisberatung Die Zusammenfassung  ${page.text.slice(page.split.bodyStart)}`, vocabularyOf([`Die Beratung Die Zusammenfassung  ${beratung.text.slice(beratung.split.bodyStart)}`, `Verweisberatung Die Zusammenfassung  ${page.text.slice(page.split.bodyStart)}`])));
  });

  it('takes words of a title and a body apart, as the page shows them apart', () => {
    const vocabulary = new SearchVocabulary();
    vocabulary.add(document('a', 'Ämter', 'Beratung'));
    const page = document('b', 'Ämterbera', 'tung Ämterberatung');
    expect(vocabulary.partsOf(page)).toEqual(['beratung']);
    expect(vocabulary.has('ämterbera')).toBe(false);
  });

  it('reads a page it was not given without adding its words, and grows with an edited document', () => {
    const vocabulary = new SearchVocabulary();
    vocabulary.add(document('a', 'Die Stelle', 'Der Service'));
    const page = document('b', 'Servicestelle', 'Die Beratungsstelle berät.');
    expect(vocabulary.partsOf(page)).toEqual(['stelle']);
    expect(vocabulary.has('beratungsstelle')).toBe(false);
    vocabulary.add(document('a', 'Die Stelle', 'Der Service und die Beratung'));
    expect(vocabulary.has('beratung')).toBe(true);
    expect(vocabulary.partsOf(document('b', 'Servicestelle', 'Die Beratungsstelle berät.'))).toEqual(['stelle']);
  });
});
