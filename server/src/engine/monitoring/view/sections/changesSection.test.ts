// „Änderungen seit …“: each change in words (statuses in German, milestones by their text), by date.
import { describe, expect, it } from 'vitest';
import { toolbox } from '../../../testing/planToolbox';
import { statusReportFixture } from '../../../testing/statusReportFixture';
import { statusViewModel } from '../viewModel';
import { changesSection, changeText } from './changesSection';

const render = (report = statusReportFixture()) => changesSection(statusViewModel(report, toolbox().service.index, {}));

describe('the changes of the Statusbericht', () => {
  it('lists every change since the date with the measure by title', () => {
    const html = render();
    expect(html).toContain('<h2 id="aenderungen-h">Änderungen seit 1. Januar 2027</h2>');
    const rows = html.match(/<tr><td class="wert">[^]*?<\/tr>/g)!;
    expect(rows).toHaveLength(6);
    expect(rows[2]).toBe('<tr><td class="wert">2. März 2027</td><th scope="row">Instrument ZETA</th><td>Status von „geplant“ auf „zurückgestellt“</td><td>Haushaltssperre bis 2028</td></tr>');
  });

  it('words each kind of change', () => {
    const [status, , , milestone, , value] = statusReportFixture().changes;
    expect(changeText(status!)).toBe('Status von „geplant“ auf „laufend“');
    expect(changeText(milestone!)).toBe('Meilenstein erreicht: „Im Regelbetrieb“');
    expect(changeText(value!)).toBe('Indikatorwert von 40 auf 25');
    expect(changeText({ ...status!, from: null, to: 'zurueckgestellt' })).toBe('Status „zurückgestellt“');
  });

  it('says so when nothing changed, and names no measure the plan no longer has by its id', () => {
    expect(render({ ...statusReportFixture(), changes: [] })).toContain('<p>Seit 1. Januar 2027 wurde keine Änderung erfasst.</p>');
    expect(render({ ...statusReportFixture(), since: null, changes: [] })).toContain('<h2 id="aenderungen-h">Änderungen</h2>\n  <p>Bis zum Stichtag wurde keine Änderung erfasst.</p>');
    const gone = render({ ...statusReportFixture(), changes: [{ date: '2027-02-01', instrument: 'weg', kind: 'status', from: 'geplant', to: 'laufend', note: null }] });
    expect(gone).toContain('<th scope="row">eine Maßnahme, die der Plan nicht mehr enthält</th>');
  });
});
