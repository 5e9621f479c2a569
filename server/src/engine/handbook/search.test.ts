// The compound parts the search index gets, and the words they are looked up among.
import { describe, expect, it } from 'vitest';
import { compoundParts, vocabularyOf, wordsOf } from './search';

describe('the words of a text', () => {
  it('are the runs of four or more letters, lower-cased, umlauts and ß included', () => {
    expect(wordsOf('Die Willkommensbroschüre der AUSLÄNDERBEHÖRDE, Straße 12; Ämter & Co.')).toEqual(['willkommensbroschüre', 'ausländerbehörde', 'straße', 'ämter']);
  });

  it('end at letters outside the German alphabet, also where their lower case is one (ẞ, İ, the Kelvin sign)', () => {
    expect(wordsOf('GROẞE Stadt')).toEqual(['stadt']);
    expect(wordsOf('abc\u0130defg xyz\u212auvwx Café Ελλάδα')).toEqual(['defg', 'uvwx']);
  });
});

describe('compound parts', () => {
  it('are the later parts of compounds that are words of the toolbox themselves', () => {
    const vocabulary = vocabularyOf(['Die Broschüre, die Beratung und die Behörde.', 'Willkommen im Ausländeramt.']);
    expect(compoundParts('Die Willkommensbroschüre und die Verweisberatung', vocabulary)).toEqual(['broschüre']);
  });
});
