// A self-contained, printable HTML page to hand over (plan, Statusbericht, portfolio): inline CSS and SVG, no
// scripts, nothing remote (the content policy forbids it), the title as running header and page numbers in print.
import { escapeHtml } from '../util/escapeHtml';

export interface PrintablePage {
  title: string;
  css: string;
  /** The body's classes, e.g. `plan` or `plan bericht`. */
  bodyClass: string;
  html: string;
}

export function printablePage({ title, css, bodyClass, html }: PrintablePage): string {
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${css}
${pageMargins(title)}</style>
</head>
<body class="${escapeHtml(bodyClass)}">
<main>
${html}
</main>
</body>
</html>
`;
}

/** The running header (the title) and the page numbers of the printed page, in the page's margins. */
function pageMargins(title: string): string {
  const text = title.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r<>]/g, ' ');
  return `@media print { @page { @top-left { content: "${text}"; } } @page :first { @top-left { content: none; } } }`;
}
