// Per measure the Statusbericht shows the Ampel with its reason, the German status, the last update with its
// note (escaped), the next milestone and the indicator with its evaluation.
import { describe, expect, it } from 'vitest';
import { toolbox } from '../../../testing/planToolbox';
import { statusReportFixture } from '../../../testing/statusReportFixture';
import { statusViewModel } from '../viewModel';
import { measuresSection } from './measuresSection';

const render = (interactive = false) => measuresSection(statusViewModel(statusReportFixture(), toolbox().service.index, { interactive }));
const article = (html: string, n: number) => `<article ${html.split('<article ')[n]!}`;
const text = (html: string) => html.replace(/<br>/g, ' | ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the measures of the Statusbericht', () => {
  it('gives a finished measure its Ampel, reason, dates, last update and reached indicator', () => {
    expect(text(article(render(), 1))).toBe(
      '1. Instrument ALPHA ● im Plan abgeschlossen am 20. April 2027 Status abgeschlossen Verantwortlich Leitung der Ausländerbehörde Eckpunkt Binnenorganisation Geplant Jan. 2027 bis Apr. 2027 Tatsächlich 11. Januar 2027 bis 20. April 2027 Nächster Meilenstein – Letzte Aktualisierung 20. April 2027: abgeschlossen – Im Regelbetrieb seit der 16. Kalenderwoche. Indikator Der Stand von Kriterium A steigt auf mindestens 3. | Kriterium: Kriterium A der Checkliste mit genug Text. | Ziel 3, erreicht 4',
    );
  });

  it('escapes the note of an update and shows the next milestone with its month', () => {
    const html = article(render(), 2);
    expect(html).toContain('<dd>12. Mai 2027: laufend – Abstimmung mit Personalrat &amp; Datenschutz &lt;vertraulich&gt; läuft.</dd>');
    expect(html).toContain('<div><dt>Nächster Meilenstein</dt><dd>Konzept abgestimmt (Juli 2027)</dd></div>');
    expect(text(html)).toContain('Indikator Wartezeit am Schalter unter 30 Minuten | zuletzt erfasst: 25');
  });

  it('says why a measure is red and that an indicator is not reached yet', () => {
    const html = article(render(), 5);
    expect(html).toContain('<p class="ampel-zeile"><span class="ampel ampel-rot"><span class="ampel-symbol" role="img" aria-label="Ampel rot">■</span> überfällig</span> <span class="ampel-grund">seit Mai 2027 überfällig</span></p>');
    expect(html).toContain('<strong class="offen">Ziel 3, Stand 2: noch nicht erreicht</strong>');
    expect(html).toContain('<dd>3. März 2027: laufend</dd>');
  });

  it('words a measure stopped without a decision as such, with its status in German', () => {
    const html = article(render(), 7);
    expect(text(html)).toContain('7. Willkommensmappe ■ ohne Entscheidung gestoppt zurückgestellt ohne festgehaltene Entscheidung Status zurückgestellt Verantwortlich Servicepoint');
    expect(text(html)).toContain('Tatsächlich noch nicht begonnen Nächster Meilenstein – Letzte Aktualisierung noch keine');
  });

  it('marks the measures for the editor only when interactive', () => {
    expect(render()).not.toContain('data-instrument');
    expect(article(render(true), 1)).toMatch(/^<article class="massnahme" data-instrument="alpha" tabindex="0" aria-labelledby="massnahme-0">/);
  });
});
