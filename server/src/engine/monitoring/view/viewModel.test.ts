// The small German forms of the Statusbericht: indicator evaluation, actual period, the Ampel badge.
import { describe, expect, it } from 'vitest';
import { statusReportFixture } from '../../testing/statusReportFixture';
import { actualPeriod, ampelBadge, indicatorResult } from './viewModel';

const indicator = { text: 'x', criterion: 'k-a', criterionText: 'Kriterium A', target: 3, value: 4, assessed: '2028-10-19', reached: true };

describe('the view model of the Statusbericht', () => {
  it('evaluates an indicator as „Ziel 3, erreicht 4“ and its other states', () => {
    expect(indicatorResult(indicator)).toBe('Ziel 3, erreicht 4');
    expect(indicatorResult({ ...indicator, value: 2, reached: false })).toBe('Ziel 3, Stand 2: noch nicht erreicht');
    expect(indicatorResult({ ...indicator, value: null, assessed: null, reached: null })).toBe('Ziel 3; bewertet mit der nächsten Standortbestimmung');
    // The later Standortbestimmung left the criterion open: said so, with its day, not „the next one“.
    expect(indicatorResult({ ...indicator, value: 'unbekannt', reached: null })).toBe('Ziel 3; in der Standortbestimmung vom 19. Oktober 2028 nicht bewertet');
    // A target off the scale (WK1016) leaves the criterion's status to show, never as a recorded value.
    expect(indicatorResult({ ...indicator, target: null, reached: null })).toBe('Stand 4 in der Standortbestimmung vom 19. Oktober 2028');
    expect(indicatorResult({ ...indicator, criterion: null, criterionText: null, target: null, value: 2.5, assessed: null, reached: null })).toBe('zuletzt erfasst: 2,5');
    expect(indicatorResult({ ...indicator, criterion: null, criterionText: null, target: null, value: null, assessed: null, reached: null })).toBe('');
  });

  it('words the actual period of a finished, a running and a planned measure', () => {
    const [done, running, , planned] = statusReportFixture().measures;
    expect([actualPeriod(done!), actualPeriod(running!), actualPeriod(planned!)]).toEqual(['11. Januar 2027 bis 20. April 2027', 'seit 2. März 2027', 'noch nicht begonnen']);
  });

  it('gives the Ampel a symbol with a text alternative and a word', () => {
    expect(ampelBadge('gelb', 'laufend')).toBe('<span class="ampel ampel-gelb"><span class="ampel-symbol" role="img" aria-label="Ampel gelb">▲</span> Verzug droht</span>');
    expect(ampelBadge('rot', 'laufend')).toContain('</span> überfällig</span>');
    expect(ampelBadge('rot', 'zurueckgestellt')).toContain('</span> ohne Entscheidung gestoppt</span>');
  });
});
