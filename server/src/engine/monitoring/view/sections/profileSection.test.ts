// After a new Standortbestimmung: the profile per Eckpunkt, every criterion by its statement with its change,
// the indicators evaluated and the criteria in „hier ansetzen“ without a measure; nothing without one.
import { describe, expect, it } from 'vitest';
import { toolbox } from '../../../testing/planToolbox';
import { statusReportFixture } from '../../../testing/statusReportFixture';
import { statusViewModel } from '../viewModel';
import { changeLabel, profileSection } from './profileSection';

const render = (report = statusReportFixture()) => profileSection(statusViewModel(report, toolbox().service.index, {}), '<svg></svg>');

describe('the profile then and now', () => {
  it('compares the two Standortbestimmungen per Eckpunkt', () => {
    const html = render();
    expect(html).toContain('<p>Die Standortbestimmung vom 15. Mai 2027 im Vergleich mit der vom 20. Oktober 2025.</p>');
    expect(html).toContain('<tr><th scope="row">Binnenorganisation</th><td>2</td><td>2,7</td><td>+0,7 (besser)</td></tr>');
  });

  it('shows every criterion by its statement with its change, never by its id', () => {
    const rows = render().match(/<table class="tabelle kriterien-vergleich">[^]*?<\/table>/)![0].match(/<tr><th scope="row">[^]*?<\/tr>/g);
    expect(rows).toEqual([
      '<tr><th scope="row">Kriterium A der Checkliste mit genug Text.</th><td>1</td><td>4</td><td>+3 (besser)</td></tr>',
      '<tr><th scope="row">Kriterium B der Checkliste mit genug Text.</th><td>2</td><td>2</td><td>unverändert</td></tr>',
      '<tr><th scope="row">Kriterium C der Checkliste mit genug Text.</th><td>3</td><td>2</td><td>−1 (schlechter)</td></tr>',
      '<tr><th scope="row">Kriterium D der Checkliste mit genug Text.</th><td>unbekannt</td><td>2</td><td>nicht vergleichbar</td></tr>',
    ]);
    expect(render()).not.toMatch(/k-[abcd]/);
  });

  it('evaluates the indicators against the new scores and lists the criteria no measure addresses', () => {
    const html = render();
    expect(html).toContain('<caption>Die Indikatoren, gemessen an der Standortbestimmung vom 15. Mai 2027</caption>');
    expect(html).toContain('<tr><th scope="row">Instrument ALPHA</th><td>Kriterium A der Checkliste mit genug Text.</td><td>Ziel 3, erreicht 4</td></tr>');
    expect(html).toContain('<tr><th scope="row">Instrument DELTA</th><td>Kriterium C der Checkliste mit genug Text.</td><td>Ziel 4, Stand 2: noch nicht erreicht</td></tr>');
    expect(html).toContain('<ul class="kriterien"><li>Kriterium D der Checkliste mit genug Text.</li></ul>');
    expect(render({ ...statusReportFixture(), profile: { ...statusReportFixture().profile!, unaddressed: [] } })).toContain('<p>Jedes Kriterium im Feld „hier ansetzen“ hat eine Maßnahme.</p>');
  });

  it('is left out without an earlier Standortbestimmung', () => {
    expect(render({ ...statusReportFixture(), profile: null })).toBe('');
  });

  it('words a change with its sign and direction', () => {
    expect([changeLabel(2), changeLabel(-0.5), changeLabel(0)]).toEqual(['+2 (besser)', '−0,5 (schlechter)', 'unverändert']);
  });
});
