// „Geplant und tatsächlich“: the chart and the table that says the same for screen readers and paper.
import { describe, expect, it } from 'vitest';
import { toolbox } from '../../../testing/planToolbox';
import { statusReportFixture } from '../../../testing/statusReportFixture';
import { statusViewModel } from '../viewModel';
import { timelineSection } from './timelineSection';

const render = () => timelineSection(statusViewModel(statusReportFixture(), toolbox().service.index, {}), '<svg></svg>');

describe('the planned-against-actual section', () => {
  it('explains the chart, its Stichtag and its symbols', () => {
    expect(render()).toContain('<figcaption>Je Maßnahme oben der geplante Zeitraum (weiß), darunter der tatsächliche vom Beginn bis zum Abschluss oder bis zum Stichtag (grau); die gestrichelte Linie ist der Stichtag, 30. Juni 2027. Das Zeichen vor dem Titel ist die Ampel: ● = grün, ▲ = gelb, ■ = rot.</figcaption>');
  });

  it('has one table row per measure with Ampel, planned and actual period', () => {
    const rows = render().match(/<tr><th scope="row">[^]*?<\/tr>/g)!;
    expect(rows).toHaveLength(8);
    expect(rows[0]).toBe('<tr><th scope="row">Instrument ALPHA</th><td><span class="ampel ampel-gruen"><span class="ampel-symbol" role="img" aria-label="Ampel grün">●</span> im Plan</span></td><td>Jan. 2027 bis Apr. 2027</td><td>11. Januar 2027 bis 20. April 2027</td></tr>');
    expect(rows[1]).toContain('<td>März 2027 bis Okt. 2027</td><td>seit 2. März 2027</td>');
    expect(rows[3]).toContain('<td>noch nicht begonnen</td>');
  });
});
