import { describe, expect, it } from 'vitest';
import { ampelOf } from './ampel';
import type { MonitoredMeasure } from './measureData';

const measure = (fields: Partial<MonitoredMeasure> = {}): MonitoredMeasure => ({ instrument: 'terminsystem', start: '2027-01', due: '2027-06', status: 'laufend', ...fields });

describe('ampelOf', () => {
  it('is grün for a running measure up to the last day of its due month and rot from the next day', () => {
    expect(ampelOf(measure(), '2027-06-30')).toEqual({ ampel: 'gruen', reason: 'läuft im Zeitplan (Ende Juni 2027)' });
    expect(ampelOf(measure(), '2027-07-01')).toEqual({ ampel: 'rot', reason: 'seit Juli 2027 überfällig (geplantes Ende Juni 2027)' });
  });

  it('rolls the overdue month over the year end', () => {
    expect(ampelOf(measure({ due: '2027-12' }), '2028-01-01').reason).toBe('seit Jan. 2028 überfällig (geplantes Ende Dez. 2027)');
  });

  it('is grün when closed, whatever the dates, and names the day it was closed', () => {
    const closed = measure({ updates: [{ date: '2027-02-01', status: 'laufend' }, { date: '2027-08-03', status: 'abgeschlossen', note: 'Im Regelbetrieb.' }] });
    expect(ampelOf(closed, '2027-09-01')).toEqual({ ampel: 'gruen', reason: 'abgeschlossen am 3. August 2027' });
    expect(ampelOf(measure({ status: 'abgeschlossen' }), '2030-01-01')).toEqual({ ampel: 'gruen', reason: 'abgeschlossen' });
  });

  it('does not count an update dated after the reporting date', () => {
    const later = measure({ updates: [{ date: '2027-07-02', status: 'abgeschlossen' }] });
    expect(ampelOf(later, '2027-07-01').ampel).toBe('rot');
    expect(ampelOf(later, '2027-07-02').ampel).toBe('gruen');
  });

  it('is gelb the day after a milestone’s month passed unreached, grün while it is reached', () => {
    const milestones = [{ text: 'Konzept abgestimmt', due: '2027-03' }];
    expect(ampelOf(measure({ milestones }), '2027-03-31').ampel).toBe('gruen');
    expect(ampelOf(measure({ milestones }), '2027-04-01')).toEqual({ ampel: 'gelb', reason: 'Meilenstein „Konzept abgestimmt“ (bis März 2027) nicht erreicht' });
    expect(ampelOf(measure({ milestones: [{ ...milestones[0], reached: '2027-04' }] }), '2027-04-01').ampel).toBe('gruen');
    const byUpdate = measure({ milestones, updates: [{ date: '2027-03-20', status: 'laufend', milestone: 'Konzept abgestimmt' }] });
    expect(ampelOf(byUpdate, '2027-04-01').ampel).toBe('gruen');
  });

  it('is gelb for a planned measure from the day after its start month, grün before', () => {
    const planned = measure({ status: 'geplant', start: '2027-03', due: '2027-09' });
    expect(ampelOf(planned, '2027-03-31')).toEqual({ ampel: 'gruen', reason: 'Start für März 2027 geplant' });
    expect(ampelOf(planned, '2027-04-01')).toEqual({ ampel: 'gelb', reason: 'noch nicht begonnen, obwohl der Start für März 2027 geplant war' });
  });

  it('is gelb when the end is at most a month ahead and the measure is not running', () => {
    const planned = measure({ status: 'geplant', start: '2027-06', due: '2027-06' });
    expect(ampelOf(planned, '2027-05-29').ampel).toBe('gruen');
    expect(ampelOf(planned, '2027-05-30')).toEqual({ ampel: 'gelb', reason: 'das Ende Juni 2027 steht bevor und die Maßnahme läuft noch nicht' });
    expect(ampelOf(measure({ due: '2027-06' }), '2027-05-30').ampel).toBe('gruen');
  });

  it('is gelb for a measure deferred with a dated note and rot for one stopped without a decision', () => {
    const decided = measure({ updates: [{ date: '2027-04-10', status: 'zurueckgestellt', note: 'Zurückgestellt bis zur Haushaltsfreigabe.' }] });
    expect(ampelOf(decided, '2027-09-01')).toEqual({ ampel: 'gelb', reason: 'am 10. April 2027 mit Entscheidung zurückgestellt' });
    expect(ampelOf(measure({ status: 'zurueckgestellt' }), '2027-02-01')).toEqual({ ampel: 'rot', reason: 'ohne dokumentierte Entscheidung gestoppt (zurückgestellt ohne datierten Eintrag mit Notiz)' });
    expect(ampelOf(measure({ updates: [{ date: '2027-04-10', status: 'zurueckgestellt' }] }), '2027-05-01').ampel).toBe('rot');
  });

  it('ignores malformed dates and updates instead of failing', () => {
    expect(ampelOf({ due: 'bald', start: 42, updates: 'keine', milestones: [null, { due: '2027-01' }] }, '2027-05-01')).toEqual({ ampel: 'gruen', reason: 'geplant' });
  });
});
