import { describe, expect, it } from 'vitest';
import { actualEnd, actualStart, currentStatus } from './currentStatus';
import { updatesOf } from './measureData';

describe('currentStatus and actual dates', () => {
  it('takes the latest update by date, not by position', () => {
    const measure = { status: 'geplant', updates: [{ date: '2027-05-01', status: 'abgeschlossen' }, { date: '2027-02-01', status: 'laufend' }] };
    expect(currentStatus(measure)).toBe('abgeschlossen');
    expect(currentStatus(measure, '2027-04-30')).toBe('laufend');
    expect(currentStatus(measure, '2027-01-31')).toBe('geplant');
  });

  it('falls back to `status`, and to geplant when that is unknown', () => {
    expect(currentStatus({ status: 'laufend' })).toBe('laufend');
    expect(currentStatus({ status: 'fertig', updates: [{ date: '2027-13-40', status: 'laufend' }, 'x'] })).toBe('geplant');
  });

  it('dates the actual start at the first update to laufend and the end at the last closing run', () => {
    const updates = updatesOf({ updates: [
      { date: '2027-01-10', status: 'geplant' }, { date: '2027-02-01', status: 'laufend' }, { date: '2027-03-01', status: 'abgeschlossen' },
      { date: '2027-04-01', status: 'laufend' }, { date: '2027-06-15', status: 'abgeschlossen' }, { date: '2027-07-01', status: 'abgeschlossen', note: 'Bericht.' },
    ] });
    expect(actualStart(updates)).toBe('2027-02-01');
    expect(actualEnd(updates)).toBe('2027-06-15');
    expect(actualEnd(updates.slice(0, 4))).toBeNull();
    expect(actualStart([])).toBeNull();
  });
});
