// „Inhalt“: the table of contents, one entry per section of the rendered plan (its `<h2>` headings), with the
// printed page of each where a first print has told it.
import type { PlanViewModel } from '../viewModel';

export function contentsSection(model: PlanViewModel, sections: string[]): string {
  const pages = model.options.pageNumbers;
  const entries = sections.flatMap((html) =>
    [...html.matchAll(/<h2 id="([^"]+)">([\s\S]*?)<\/h2>/g)].map(([, id, title]) => {
      const page = pages?.get(headingText(title!));
      const link = `<a href="#${id}">${title}</a>`;
      return page === undefined ? `<li>${link}</li>` : `<li><span class="eintrag">${link}<span class="fuehrung" aria-hidden="true"></span><span class="seite">${page}</span></span></li>`;
    }),
  );
  return entries.length ? `<nav class="inhalt" aria-labelledby="inhalt-h"><h2 id="inhalt-h" class="inhalt-titel">Inhalt</h2><ol>${entries.join('')}</ol></nav>` : '';
}

/** A heading as a PDF outline names it: its text without markup, soft hyphens or runs of white space. */
export function headingText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
