// The Statusbericht's title block: plan, office, Stichtag and period in German, the Ampel counts with symbols
// that have a text alternative, and stopped measures counted apart from overdue ones.
import { describe, expect, it } from 'vitest';
import { toolbox } from '../../../testing/planToolbox';
import { statusReportFixture } from '../../../testing/statusReportFixture';
import { statusViewModel } from '../viewModel';
import { ampelCounts, headerSection } from './headerSection';

const model = (report = statusReportFixture()) => statusViewModel(report, toolbox().service.index, {});
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the header of the Statusbericht', () => {
  it('names the plan, the office, the Stichtag, the period and both Standortbestimmungen in German', () => {
    const html = headerSection(model());
    expect(html).toContain('<h1>Maßnahmenplan Teststadt</h1>');
    expect(html).toContain('<div><dt>Behörde</dt><dd>Ausländerbehörde der Stadt Teststadt, Hessen</dd></div>');
    expect(html).toContain('<div><dt>Stichtag</dt><dd>30. Juni 2027</dd></div>');
    expect(html).toContain('<div><dt>Änderungen seit</dt><dd>1. Januar 2027</dd></div>');
    expect(html).toContain('<div><dt>Standortbestimmungen</dt><dd>20. Oktober 2025, 15. Mai 2027 (aktuell)</dd></div>');
  });

  it('without a since date, counts the changes from the beginning of the plan', () => {
    expect(headerSection(model({ ...statusReportFixture(), since: null }))).toContain('<div><dt>Änderungen seit</dt><dd>Beginn des Plans</dd></div>');
  });

  it('counts the Ampels at the top, each with its symbol, its text alternative and its word', () => {
    const html = ampelCounts(model());
    expect(text(html)).toBe('8 Maßnahmen am Stichtag: ● 3 im Plan ▲ 3 Verzug droht ■ 1 überfällig ■ 1 ohne Entscheidung gestoppt');
    expect(html).toContain('<li class="ampel ampel-gruen"><span class="ampel-symbol" role="img" aria-label="Ampel grün">●</span> <strong>3</strong> im Plan</li>');
    expect(html).toContain('<li class="ampel ampel-rot"><span class="ampel-symbol" role="img" aria-label="Ampel rot">■</span> <strong>1</strong> ohne Entscheidung gestoppt</li>');
  });

  it('leaves out the stopped count when no measure stopped', () => {
    const report = statusReportFixture();
    report.measures = report.measures.filter((m) => m.instrument !== 'eta');
    report.counts.rot = 1;
    expect(text(ampelCounts(model(report)))).toBe('7 Maßnahmen am Stichtag: ● 3 im Plan ▲ 3 Verzug droht ■ 1 überfällig');
  });
});
