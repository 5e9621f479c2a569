import { describe, expect, it } from 'vitest';
import { anonymisedRow, countLabel, LESS_THAN_THREE, SUPPRESSED } from './anonymise';

const offices = (...values: number[]) => values.map((value) => ({ value, offices: value }));
const L = LESS_THAN_THREE;
const X = SUPPRESSED;

describe('anonymisedRow: no withheld count can be worked out from the row’s total', () => {
  it('leaves a row without a count of one or two offices as it is, and a named one exact', () => {
    expect(anonymisedRow(offices(0, 3, 7), 'offices', true, false)).toEqual([0, 3, 7]);
    expect(anonymisedRow(offices(1, 3, 7), 'offices', true, true)).toEqual([1, 3, 7]);
  });

  it('withholds the smallest count shown beside a single „< 3“, which the total would give away', () => {
    // 12 − 3 − 7 = 2 would be the withheld count; with the 3 withheld too, 2 + 3 = 1 + 4 is open.
    expect(anonymisedRow(offices(2, 3, 7, 0), 'offices', true, false)).toEqual([L, X, 7, 0]);
  });

  it('needs no second count where two withheld counts leave it open (1 + 2), but does where they do not (1 + 1, 2 + 2)', () => {
    expect(anonymisedRow(offices(1, 2, 5), 'offices', true, false)).toEqual([L, L, 5]);
    expect(anonymisedRow(offices(1, 1, 5, 4), 'offices', true, false)).toEqual([L, L, 5, X]);
    expect(anonymisedRow(offices(2, 2, 6), 'offices', true, false)).toEqual([L, L, X]);
  });

  it('withholds more than one count when one is not enough', () => {
    // 1 and 3 withheld, together 4: a „×“ is at least 3, so 1 + 3 is the only way; the 5 must go too.
    expect(anonymisedRow(offices(1, 3, 5), 'offices', true, false)).toEqual([L, X, X]);
    // 2 and 3 withheld, together 5: 2 + 3 or 1 + 4 — open, the 4 stays.
    expect(anonymisedRow(offices(2, 3, 4), 'offices', true, false)).toEqual([L, X, 4]);
  });

  it('withholds the whole row when nothing else can protect it', () => {
    expect(anonymisedRow(offices(2, 2, 0, 0), 'offices', true, false)).toEqual([X, X, X, X]);
    expect(anonymisedRow(offices(1, 0, 0), 'offices', true, false)).toEqual([X, X, X]);
  });

  it('does nothing where the total is not shown', () => {
    expect(anonymisedRow(offices(2, 0, 0), 'offices', false, false)).toEqual([L, 0, 0]);
  });

  it('counts measures: a withheld count of measures can be any number from 1, so one alone is still found', () => {
    // Measures per Ampel: 4 measures of 2 offices (withheld), 9 of 3 offices, 12 of 5; total 25 shown.
    const cells = [{ value: 4, offices: 2 }, { value: 9, offices: 3 }, { value: 12, offices: 5 }];
    expect(anonymisedRow(cells, 'measures', true, false)).toEqual([L, X, 12]);
  });

  it('shows a count withheld to protect another as „×“', () => {
    expect(countLabel(X)).toBe('×');
    expect(countLabel(L)).toBe('< 3');
  });
});
