// The profile then and now: per Eckpunkt the mean status of both Standortbestimmungen, labelled by their dates.
import { describe, expect, it } from 'vitest';
import { statusReportFixture } from '../../../testing/statusReportFixture';
import { profileComparisonChart } from './profileComparisonChart';

describe('the profile comparison chart', () => {
  it('has a bar for then and one for now per Eckpunkt, and says so in words', () => {
    const chart = profileComparisonChart(statusReportFixture().profile!);
    expect((chart.spec as { data: { values: unknown[] } }).data.values).toEqual([
      { eckpunkt: 'Binnenorganisation', order: 0, wann: 'damals (20. Oktober 2025)', Wert: 2 },
      { eckpunkt: 'Binnenorganisation', order: 0, wann: 'heute (15. Mai 2027)', Wert: 2.7 },
    ]);
    expect(chart.description).toBe('Durchschnittlicher Stand je Eckpunkt auf der Skala 1 bis 5 in der Standortbestimmung vom 20. Oktober 2025 und der vom 15. Mai 2027. Binnenorganisation: damals 2, heute 2,7.');
  });

  it('leaves out a side that has no scored criterion', () => {
    const profile = { ...statusReportFixture().profile!, eckpunkte: [{ eckpunkt: 'binnenorganisation', title: 'Binnenorganisation', then: null, now: 3 }] };
    const chart = profileComparisonChart(profile);
    expect((chart.spec as { data: { values: unknown[] } }).data.values).toHaveLength(1);
    expect(chart.description).toContain('Binnenorganisation: damals nicht bewertet, heute 3.');
  });
});
