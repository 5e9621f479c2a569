// The cycle of an indicator the builder proposed: the plan is built, the office records its work, a new
// Standortbestimmung comes in through `plan update`, and the Statusbericht says per measure whether its target is
// reached, naming the criterion by its statement.
import { describe, expect, it } from 'vitest';
import { uri } from '../testing/memoryWorkspace';
import { assessment, toolbox } from '../testing/planToolbox';
import { buildPlan } from '../plan/builder';
import { planDocumentText } from '../plan/document';
import type { Assessment } from '../plan/model';
import { updatePlan } from '../plan/update';
import { appendUpdate } from './appendUpdate';
import { buildStatusReport } from './buildStatusReport';
import { renderStatusReport } from './view/statusView';

const PATH = 'plaene/plan-teststadt.md';
const ws = toolbox();
const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2, id: 'plan-teststadt' }, ws.service.index);
// beta (target 3 for k-b) and alpha (target 2 for k-a) are done; delta has not begun.
let text = planDocumentText(plan);
for (const [instrument, day] of [['beta', '2027-02-10'], ['alpha', '2027-04-12']] as const) {
  text = appendUpdate(text, instrument, { date: day, status: 'laufend' });
  text = appendUpdate(text, instrument, { date: day.replace(/-\d\d$/, '-28'), status: 'abgeschlossen', note: 'Im Regelbetrieb.' });
}
// Two years on: k-b rose from 2 to 3, k-a stayed at 1.
const later: Assessment = { ...assessment, 'k-b': { status: 3, relevance: 5 } };
const updated = updatePlan(text, later, ws.service.index, { assessed: '2028-11-02' }).text;
ws.edit(PATH, updated);
const report = buildStatusReport(ws.service.document(uri(PATH))!, ws.service.index, { asOf: '2028-11', today: '2028-11-30' });
const byInstrument = (id: string) => report.measures.find((m) => m.instrument === id)!;

describe('an indicator from the builder through a new Standortbestimmung', () => {
  it('keeps the targets of the measures done, and evaluates them against the new scores', () => {
    expect(byInstrument('beta').indicator).toMatchObject({ criterion: 'k-b', criterionText: 'Kriterium B der Checkliste mit genug Text.', target: 3, value: 3, assessed: '2028-11-02', reached: true });
    expect(byInstrument('alpha').indicator).toMatchObject({ criterion: 'k-a', target: 2, value: 1, assessed: '2028-11-02', reached: false });
  });

  it('shows in the Statusbericht the criterion by its statement and whether the target is reached, never the id', async () => {
    const { html } = await renderStatusReport(report, ws.service.index);
    const visible = html.replace(/<style>[^]*?<\/style>/g, '').replace(/<br>/g, ' | ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(visible).toContain('Indikator Der Stand des Kriteriums steigt bis zur nächsten Standortbestimmung um mindestens eine Stufe (bisher 2). | Kriterium: Kriterium B der Checkliste mit genug Text. | Ziel 3, erreicht 3');
    expect(visible).toContain('Indikator Der Stand des Kriteriums steigt bis zur nächsten Standortbestimmung um mindestens eine Stufe (bisher 1). | Kriterium: Kriterium A der Checkliste mit genug Text. | Ziel 2, Stand 1: noch nicht erreicht');
    expect(visible).not.toMatch(/(^|[^\p{L}-])k-[abcd]([^\p{L}-]|$)/u);
    expect(report.recommendations.filter((r) => r.kind === 'indikator-erreicht').map((r) => r.instrument)).toEqual(['beta']);
  });
});
