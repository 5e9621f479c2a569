import { describe, expect, it } from 'vitest';
import { lastDayOf, oneMonthAfter, parseReportingDate, ReportingDateError } from './reportingDate';

describe('reporting date', () => {
  it('reads a month as its last day, leap years included', () => {
    expect(parseReportingDate('2027-06')).toBe('2027-06-30');
    expect(parseReportingDate('2028-02')).toBe('2028-02-29');
    expect(parseReportingDate('2027-02')).toBe('2027-02-28');
    expect(parseReportingDate('2027-06-15')).toBe('2027-06-15');
    expect(lastDayOf('2027-12')).toBe('2027-12-31');
  });

  it('rejects impossible dates with a German message', () => {
    expect(() => parseReportingDate('2027-13-40')).toThrow(ReportingDateError);
    expect(() => parseReportingDate('2027-13-40', '„--as-of“')).toThrow('„--as-of“ „2027-13-40“ ist kein gültiges Datum. Erwartet wird ein Tag JJJJ-MM-TT (z. B. 2027-06-30) oder ein Monat JJJJ-MM (z. B. 2027-06, dann gilt sein letzter Tag).');
    for (const bad of ['2027-02-29', '2027-00', '27-06', '2027-6', '']) expect(() => parseReportingDate(bad)).toThrow(ReportingDateError);
  });

  it('moves a day one month on, clamped to the month’s end', () => {
    expect(oneMonthAfter('2027-01-31')).toBe('2027-02-28');
    expect(oneMonthAfter('2027-12-15')).toBe('2028-01-15');
  });
});
