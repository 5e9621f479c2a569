// „Handlungsempfehlungen“: the engine's sentences, escaped, or one sentence when there are none.
import { describe, expect, it } from 'vitest';
import { toolbox } from '../../../testing/planToolbox';
import { statusReportFixture } from '../../../testing/statusReportFixture';
import { statusViewModel } from '../viewModel';
import { recommendationsSection } from './recommendationsSection';

const render = (report = statusReportFixture()) => recommendationsSection(statusViewModel(report, toolbox().service.index, {}));

describe('the recommendations of the Statusbericht', () => {
  it('lists the texts of the recommendations in their order', () => {
    expect(render().match(/<li>[^<]*<\/li>/g)).toEqual([
      '<li>„Instrument EPSILON“ ist seit Mai 2027 überfällig: Planen Sie das Ende neu oder stellen Sie die Maßnahme mit Begründung zurück.</li>',
      '<li>Der Stand bei „Kriterium C der Checkliste mit genug Text.“ ist von 3 auf 2 gesunken.</li>',
      '<li>Der Indikator von „Instrument ALPHA“ ist erreicht (Ziel 3, erreicht 4).</li>',
    ]);
  });

  it('escapes a text and says when there is nothing to recommend', () => {
    expect(render({ ...statusReportFixture(), recommendations: [{ kind: 'unversorgt', text: 'A <b>& B' }] })).toContain('<li>A &lt;b&gt;&amp; B</li>');
    expect(render({ ...statusReportFixture(), recommendations: [] })).toContain('<p>Aus den Daten ergibt sich keine Handlungsempfehlung.</p>');
  });
});
