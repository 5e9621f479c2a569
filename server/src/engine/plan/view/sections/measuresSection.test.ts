// The plan's measures as a reader sees them: an indicator that points at the checklist shows its sentence, the
// criterion by its statement (read from the checklist, never the id) and the target; one in words stays as written.
import { describe, expect, it } from 'vitest';
import { uri } from '../../../testing/memoryWorkspace';
import { assessment, toolbox } from '../../../testing/planToolbox';
import { buildPlan } from '../../builder';
import { planDocumentText } from '../../document';
import { planViewModel } from '../viewModel';
import { measuresSection } from './measuresSection';

const PATH = 'plaene/plan-teststadt.md';
const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2, id: 'plan-teststadt' }, toolbox().service.index);
const generated = planDocumentText(plan);

function render(text: string, interactive = false): string {
  const ws = toolbox({ [PATH]: text });
  return measuresSection(planViewModel(ws.service.document(uri(PATH))!, ws.service.index, { interactive }));
}
/** The indicator's <dd> of the measure of `instrument`, as text (line breaks as „|“). */
function indicatorOf(html: string, instrument: string): string {
  const article = html.split('<article ').find((a) => a.includes(`>${plan.measures.findIndex((m) => m.instrument === instrument) + 1}. `))!;
  const dd = /<dt>Indikator<\/dt><dd>([\s\S]*?)<\/dd>/.exec(article)![1]!;
  return dd.replace(/<br>/g, ' | ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

describe('the indicator of a measure in the plan view', () => {
  it('shows the generated indicator with the criterion by its statement and the target, no id', () => {
    const html = render(generated);
    expect(indicatorOf(html, 'beta')).toBe('Der Stand des Kriteriums steigt bis zur nächsten Standortbestimmung um mindestens eine Stufe (bisher 2). | Kriterium: Kriterium B der Checkliste mit genug Text. · Ziel: mindestens Stand 3 in der nächsten Standortbestimmung');
    expect(html).toContain('<span class="klein">Kriterium: Kriterium B der Checkliste mit genug Text. · Ziel: mindestens Stand 3 in der nächsten Standortbestimmung</span>');
    expect(html.replace(/<[^>]+>/g, ' ')).not.toMatch(/\bk-[abcd]\b/);
  });

  it('follows the checklist: a changed statement shows in every plan without touching it', () => {
    const ws = toolbox({ [PATH]: generated });
    const eckpunkt = ws.files.get(uri('eckpunkte/binnenorganisation.md'))!.replace('Kriterium B der Checkliste mit genug Text.', 'Kriterium B in neuer Fassung der Checkliste.');
    ws.edit('eckpunkte/binnenorganisation.md', eckpunkt);
    const html = measuresSection(planViewModel(ws.service.document(uri(PATH))!, ws.service.index, {}));
    expect(indicatorOf(html, 'beta')).toContain('| Kriterium: Kriterium B in neuer Fassung der Checkliste. · Ziel: mindestens Stand 3');
  });

  it('shows the id beside the statement in the editor preview only', () => {
    expect(render(generated, true)).toContain('Kriterium: Kriterium B der Checkliste mit genug Text. <span class="kennung">k-b</span> · Ziel');
  });

  it('keeps an indicator in words as written, and a hand-written target with it', () => {
    const edited = generated
      .replace(/(- instrument: beta\n(?: {4}.*\n)*?) {4}indicator:\n(?: {6}.*\n){3}/, '$1    indicator: "Wartezeit <20 Minuten"\n')
      .replace(/(- instrument: alpha\n(?: {4}.*\n| {6}.*\n)*?) {4}indicator:\n(?: {6}.*\n){3}/, '$1    indicator: { text: Beschwerden halbieren, criterion: k-a, target: 4 }\n');
    const html = render(edited);
    expect(indicatorOf(html, 'beta')).toBe('Wartezeit &lt;20 Minuten');
    expect(indicatorOf(html, 'alpha')).toBe('Beschwerden halbieren | Kriterium: Kriterium A der Checkliste mit genug Text. · Ziel: mindestens Stand 4 in der nächsten Standortbestimmung');
  });

  it('shows neither an unknown criterion nor a target off the scale (the rules report both)', () => {
    const edited = generated.replace(/(- instrument: beta\n(?: {4}.*\n)*?) {4}indicator:\n(?: {6}.*\n){3}/, '$1    indicator: { text: Beschwerden halbieren, criterion: k-x, target: 7 }\n');
    expect(indicatorOf(render(edited), 'beta')).toBe('Beschwerden halbieren');
  });
});
