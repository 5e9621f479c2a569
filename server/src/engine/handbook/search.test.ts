// The compound parts the search index gets, and the words they are looked up among.
import { describe, expect, it } from 'vitest';
import { compoundParts, vocabularyOf, wordsOf } from './search';

/** The definition: each run of four or more letters of the German alphabet, then lower-cased. */
const reference = (text: string) => (text.match(/[A-Za-zÄÖÜäöüß]{4,}/g) ?? []).map((word) => word.toLowerCase());

describe('the words of a text', () => {
  it('are the runs of four or more letters, lower-cased, umlauts and ß included', () => {
    expect(wordsOf('Die Willkommensbroschüre der AUSLÄNDERBEHÖRDE, Straße 12; Ämter & Co.')).toEqual(['willkommensbroschüre', 'ausländerbehörde', 'straße', 'ämter']);
  });

  it('do not join at letters whose lower case is a German letter (İ, ẞ, the Kelvin sign)', () => {
    expect(wordsOf('GROẞE Stadt')).toEqual(['stadt']);
    expect(wordsOf('abcİdefg xyzKuvw')).toEqual(reference('abcİdefg xyzKuvw'));
  });

  it('agree with the definition on random text of letters, marks and other scripts', () => {
    const alphabet = [...'aAzZäÄöÖüÜßẞİıKkÅåéÉçÇñΣσςДд  -.,;\n„“', '\u00a0', '\u0301'];
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(wordsOf(text)).toEqual(reference(text));
    }
  });
});

describe('compound parts', () => {
  it('are the later parts of compounds that are words of the toolbox themselves', () => {
    const vocabulary = vocabularyOf(['Die Broschüre, die Beratung und die Behörde.', 'Willkommen im Ausländeramt.']);
    expect(compoundParts('Die Willkommensbroschüre und die Verweisberatung', vocabulary)).toEqual(['broschüre']);
  });
});
