// The planned-against-actual chart: a planned bar per measure, an actual bar from the first laufend to the end
// (or to the Stichtag while it runs), the Stichtag as a rule, and a description that says all of it in words.
import { describe, expect, it } from 'vitest';
import { toolbox } from '../../../testing/planToolbox';
import { statusReportFixture } from '../../../testing/statusReportFixture';
import { statusViewModel } from '../viewModel';
import { timelineChart } from './timelineChart';

const chart = () => timelineChart(statusViewModel(statusReportFixture(), toolbox().service.index, {}));
type Layers = { data: { values: Record<string, string>[] } }[];

describe('the planned-against-actual chart', () => {
  it('draws the planned bar to the end of its last month and the actual one to its end or the Stichtag', () => {
    const bars = (chart().spec as unknown as { layer: Layers }).layer[0]!.data.values;
    expect(bars.filter((b) => b.massnahme === '● Instrument ALPHA')).toEqual([
      { massnahme: '● Instrument ALPHA', art: 'geplant', start: '2027-01-01', ende: '2027-05-01' },
      { massnahme: '● Instrument ALPHA', art: 'tatsächlich', start: '2027-01-11', ende: '2027-04-20' },
    ]);
    expect(bars.filter((b) => b.massnahme === '■ Instrument EPSILON')[1]).toEqual({ massnahme: '■ Instrument EPSILON', art: 'tatsächlich', start: '2027-01-20', ende: '2027-06-30' });
    expect(bars.filter((b) => b.massnahme === '▲ Instrument DELTA')).toHaveLength(1);
    expect(bars).toHaveLength(8 + 4);
  });

  it('marks the Stichtag with a rule and a label', () => {
    const stichtag = (chart().spec as unknown as { layer: Layers }).layer[1]!.data.values;
    expect(stichtag).toEqual([{ tag: '2027-06-30', text: 'Stichtag 30. Juni 2027' }]);
  });

  it('describes every measure in German for assistive technology', () => {
    const { title, description } = chart();
    expect(title).toBe('Geplant und tatsächlich');
    expect(description).toMatch(/^Stichtag 30\. Juni 2027\. Instrument ALPHA \(Ampel grün\): geplant Jan\. 2027 bis Apr\. 2027, tatsächlich 11\. Januar 2027 bis 20\. April 2027; Instrument BETA/);
    expect(description).toContain('Willkommensmappe (Ampel rot): geplant März 2027 bis Aug. 2027, tatsächlich noch nicht begonnen;');
  });
});
