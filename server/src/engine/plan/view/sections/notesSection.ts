// „Anmerkungen der Beratung“: the consultant's own text, the plan's Markdown body.
import { renderMarkdown } from '../../../render/markdown';
import type { PlanViewModel } from '../viewModel';

export function notesSection({ plan, rewriteUrl }: PlanViewModel): string {
  const body = plan.text.slice(plan.split.bodyStart).trim();
  return body ? `<section class="plan-abschnitt freitext" aria-labelledby="freitext-h"><h2 id="freitext-h">Anmerkungen der Beratung</h2>${renderMarkdown(body, { rewriteUrl, headingShift: 1 })}</section>` : '';
}
