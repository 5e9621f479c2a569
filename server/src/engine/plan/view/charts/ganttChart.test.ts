import { describe, expect, it } from 'vitest';
import { dayAfterMonth, monthStartDay, monthTicks } from './ganttChart';

const label = (tick: { year: number; month: number }) => `${tick.year}-${String(tick.month).padStart(2, '0')}`;
const monthIndex = (tick: { year: number; month: number }) => tick.year * 12 + tick.month - 1;

describe('the Zeitplan’s month ticks', () => {
  it('step evenly from the plan’s first month to the month after its last measure, in at most six steps', () => {
    const cases: [rows: { start: string; due: string }[], ticks: string[]][] = [
      [[{ start: '2027-01', due: '2027-03' }], ['2027-01', '2027-02', '2027-03', '2027-04']],
      [[{ start: '2027-01', due: '2027-05' }, { start: '2027-03', due: '2027-12' }], ['2027-01', '2027-03', '2027-05', '2027-07', '2027-09', '2027-11', '2028-01']],
      [[{ start: '2027-01', due: '2028-05' }], ['2027-01', '2027-04', '2027-07', '2027-10', '2028-01', '2028-04']],
      [[{ start: '2026-11', due: '2029-12' }], ['2026-11', '2027-11', '2028-11', '2029-11']],
    ];
    for (const [rows, expected] of cases) {
      const ticks = monthTicks(rows);
      expect(ticks.map(label), JSON.stringify(rows)).toEqual(expected);
      const steps = new Set(ticks.slice(1).map((t, i) => monthIndex(t) - monthIndex(ticks[i]!)));
      expect(steps.size, JSON.stringify(rows)).toBeLessThanOrEqual(1);
      for (const tick of ticks) expect(tick).toMatchObject({ date: 1, utc: true });
    }
    expect(monthTicks([])).toEqual([]);
  });

  it('bars run from the first day of their first month to the first day after their last', () => {
    expect(monthStartDay('2027-03')).toBe('2027-03-01');
    expect(dayAfterMonth('2027-12')).toBe('2028-01-01');
  });
});
