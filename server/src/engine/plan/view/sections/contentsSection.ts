// „Inhalt“: the table of contents, one entry per section of the rendered plan (its `<h2>` headings).
import type { PlanViewModel } from '../viewModel';

export function contentsSection(_model: PlanViewModel, sections: string[]): string {
  const entries = sections.flatMap((html) => [...html.matchAll(/<h2 id="([^"]+)">([\s\S]*?)<\/h2>/g)].map((m) => `<li><a href="#${m[1]}">${m[2]}</a></li>`));
  return entries.length ? `<nav class="inhalt" aria-labelledby="inhalt-h"><h2 id="inhalt-h" class="inhalt-titel">Inhalt</h2><ol>${entries.join('')}</ol></nav>` : '';
}
