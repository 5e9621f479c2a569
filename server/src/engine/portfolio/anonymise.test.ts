import { describe, expect, it } from 'vitest';
import { anonymisedRow, countLabel, LESS_THAN_THREE, SUPPRESSED } from './anonymise';

const offices = (...values: number[]) => values.map((value) => ({ value, offices: value }));
const L = LESS_THAN_THREE;
const X = SUPPRESSED;

describe('anonymisedRow: no withheld count can be worked out from the row, even knowing how it is withheld', () => {
  it('leaves a row without a count of one or two offices as it is, and a named one exact', () => {
    expect(anonymisedRow(offices(0, 3, 7), 'offices', true, false)).toEqual([0, 3, 7]);
    expect(anonymisedRow(offices(1, 3, 7), 'offices', true, true)).toEqual([1, 3, 7]);
  });

  it('needs no „×“ where the „< 3“ are neither all 1 nor all 2 (1 + 2)', () => {
    expect(anonymisedRow(offices(1, 2, 5), 'offices', true, false)).toEqual([L, L, 5]);
    expect(anonymisedRow(offices(2, 1, 1, 0, 6), 'offices', true, false)).toEqual([L, L, L, 0, 6]);
  });

  it('withholds the next counts in the row’s order, not the smallest, zeros skipped', () => {
    // 1 + 4 = 5: 1 + 4 or 2 + 3. The 4 is withheld because it comes first, not because it is small.
    expect(anonymisedRow(offices(1, 0, 4), 'offices', true, false)).toEqual([L, 0, X]);
    expect(anonymisedRow(offices(1, 0, 9, 4), 'offices', true, false)).toEqual([L, 0, X, 4]);
    expect(anonymisedRow(offices(1, 1, 5, 4), 'offices', true, false)).toEqual([L, L, X, X]);
  });

  it('withholds one count more while a later step must stay possible', () => {
    // 2 + 3 = 5 would do as the row’s last count; with the 7 still shown, a reader who saw a second „×“ would know
    // that the sum had been small, so one „×“ stops only from 6 on.
    expect(anonymisedRow(offices(2, 3, 0), 'offices', true, false)).toEqual([L, X, 0]);
    expect(anonymisedRow(offices(2, 3, 7, 0), 'offices', true, false)).toEqual([L, X, X, 0]);
    expect(anonymisedRow(offices(2, 4, 7, 0), 'offices', true, false)).toEqual([L, X, 7, 0]);
  });

  it('withholds every count but the zeros where no number of „×“ is enough, the „< 3“ too', () => {
    // 1 + 1 + 3: the reader sees three counts, not 0, that add up to 5: 3 + 1 + 1 in any order.
    expect(anonymisedRow(offices(0, 3, 1, 1, 0, 0), 'offices', true, false)).toEqual([0, X, X, X, 0, 0]);
    expect(anonymisedRow(offices(1, 3, 3, 3), 'offices', true, false)).toEqual([X, X, X, X]);
  });

  it('withholds the zeros as well where they would give the rest away', () => {
    // One count not 0, or all of them 1: shown zeros would tell their values.
    expect(anonymisedRow(offices(1, 0, 0), 'offices', true, false)).toEqual([X, X, X]);
    expect(anonymisedRow(offices(0, 1, 1, 0), 'offices', true, false)).toEqual([X, X, X, X]);
    // As many offices as values: 1 + 1 + 1 + 1 must look like 3 + 1 + 0 + 0.
    expect(anonymisedRow(offices(3, 1, 0, 0), 'offices', true, false)).toEqual([X, X, X, X]);
    expect(anonymisedRow(offices(1, 1, 1, 1), 'offices', true, false)).toEqual([X, X, X, X]);
    // Three values, three offices: 2 + 1 + 0 is withheld whole too, else 1 + 1 + 1 would be known.
    expect(anonymisedRow(offices(2, 1, 0), 'offices', true, false)).toEqual([X, X, X]);
  });

  it('does nothing where the total is not shown', () => {
    expect(anonymisedRow(offices(2, 0, 0), 'offices', false, false)).toEqual([L, 0, 0]);
  });

  it('counts measures: a „< 3“ of measures is 1 or more, two of them open once they add up to two beyond their number', () => {
    // Measures per Ampel: 4 measures of 2 offices (withheld), 9 of 3 offices, 12 of 5; total 25 shown.
    const cells = [{ value: 4, offices: 2 }, { value: 9, offices: 3 }, { value: 12, offices: 5 }];
    expect(anonymisedRow(cells, 'measures', true, false)).toEqual([L, X, 12]);
    expect(anonymisedRow([{ value: 4, offices: 3 }, { value: 1, offices: 1 }, { value: 3, offices: 2 }], 'measures', true, false)).toEqual([4, L, L]);
    expect(anonymisedRow([{ value: 4, offices: 3 }, { value: 1, offices: 1 }, { value: 2, offices: 2 }], 'measures', true, false)).toEqual([X, L, L]);
  });

  it('shows a count withheld to protect another as „×“', () => {
    expect(countLabel(X)).toBe('×');
    expect(countLabel(L)).toBe('< 3');
  });
});
