import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { didYouMean, suggestionText } from './didYouMean';

describe('didYouMean', () => {
  const ids = ['terminsystem', 'servicepoint', 'willkommensmappe', 'onlineterminvergabe', 'dolmetschpool', 'team'];

  it('suggests a near typo, best first', () => {
    expect(didYouMean('terminsytem', ids)).toEqual(['terminsystem']);
    expect(didYouMean('servicepont', ids)).toEqual(['servicepoint']);
  });

  it('takes a prefix or a contained word as a strong hint, whatever the edit distance', () => {
    expect(didYouMean('termin', ids)).toEqual(['onlineterminvergabe', 'terminsystem']);
  });

  it('ignores case and the input itself, and suggests nothing far away', () => {
    expect(didYouMean('TERMINSYSTEM', ['TERMINSYSTEM', 'terminsystem'])).toEqual(['terminsystem']);
    expect(didYouMean('xyz', ids)).toEqual([]);
    expect(didYouMean('ausländerbehörde', ids)).toEqual([]);
  });

  it('keeps at most `limit` suggestions', () => {
    expect(didYouMean('team1', ['team2', 'team3', 'team4', 'team5'], 2)).toEqual(['team2', 'team3']);
  });

  // The length check skips candidates without comparing them; it must not change what is suggested.
  it('suggests the same as comparing every candidate in full', () => {
    const reference = (input: string, candidates: string[], limit = 3) => {
      const needle = input.toLowerCase();
      const threshold = Math.max(2, Math.floor(needle.length / 3));
      return candidates
        .filter((c) => c !== input)
        .map((candidate) => {
          const lower = candidate.toLowerCase();
          let score = distance(needle, lower);
          if (needle.length >= 4 && lower.includes(needle)) score = Math.min(score, 1);
          return { candidate, score };
        })
        .filter((s) => s.score <= threshold)
        .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
        .slice(0, limit)
        .map((s) => s.candidate);
    };
    // Deterministic pseudo-random ids of varied lengths over a small alphabet, so that many are close.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: 1 + Math.floor(random() * 14) }, () => 'aeinrstAE-'[Math.floor(random() * 10)]).join('');
    const candidates = Array.from({ length: 400 }, word);
    for (let i = 0; i < 300; i++) {
      const input = word();
      const limit = 1 + (i % 5);
      expect(didYouMean(input, candidates, limit)).toEqual(reference(input, candidates, limit));
    }
  });

  it('words the suggestions for a message', () => {
    expect(suggestionText([])).toBe('');
    expect(suggestionText(['a', 'b'])).toBe(' Meinten Sie „a“ oder „b“?');
  });
});
