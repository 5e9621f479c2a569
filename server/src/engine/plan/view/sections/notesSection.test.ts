// „Einschätzung der Beratung“: the consultant's Markdown as the exported page shows it — an image from another
// host becomes a link to it (the page loads nothing), an image beside the plan stays an image.
import { describe, expect, it } from 'vitest';
import { uri } from '../../../testing/memoryWorkspace';
import { assessment, toolbox } from '../../../testing/planToolbox';
import { buildPlan } from '../../builder';
import { planDocumentText } from '../../document';
import { planViewModel } from '../viewModel';
import { notesSection } from './notesSection';

const PATH = 'plaene/plan-teststadt.md';
const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2, id: 'plan-teststadt' }, toolbox().service.index);

function render(body: string): string {
  const ws = toolbox({ [PATH]: `${planDocumentText(plan).trimEnd()}\n\n${body}\n` });
  return notesSection(planViewModel(ws.service.document(uri(PATH))!, ws.service.index, {}));
}

describe('the consultant’s text in the plan view', () => {
  it('turns an image from another host into a link and keeps an image beside the plan', () => {
    const html = render('## Lage\n\n![Stadtplan der Anlaufstelle](https://example.invalid/karte.png) und ![Foto](foto.png)');
    expect(html).toContain('<a href="https://example.invalid/karte.png" class="externes-bild">Externes Bild: Stadtplan der Anlaufstelle</a>');
    expect(html).toContain('<img src="foto.png" alt="Foto">');
    expect(html).not.toMatch(/<img[^>]+https?:/);
  });
});
