// „Einschätzung der Beratung“: the consultant's own text, the plan's Markdown body, before the measures.
// Prompts of the template that nobody filled in are left out; a heading left with nothing under it goes too. An
// image from another host becomes a link: the exported page loads nothing (its policy would block it anyway).
import { renderMarkdown } from '../../../render/markdown';
import { withoutTemplatePrompts } from '../../document';
import type { PlanViewModel } from '../viewModel';

export function notesSection({ plan, rewriteUrl }: PlanViewModel): string {
  const body = withoutTemplatePrompts(plan.text.slice(plan.split.bodyStart)).trim();
  return body ? `<section class="plan-abschnitt freitext" aria-labelledby="freitext-h"><h2 id="freitext-h">Einschätzung der Beratung</h2>${renderMarkdown(body, { rewriteUrl, headingShift: 1, externalImages: 'link' })}</section>` : '';
}
