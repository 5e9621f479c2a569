// Charts of the plan view and the reports, as Vega-Lite specifications compiled to static SVG at render time.
// They print in black and white (greys, outlines, direct labels) and carry a title and a description.
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml } from '../../../util/escapeHtml';

export interface Chart {
  id: string;
  title: string;
  description: string;
  spec: TopLevelSpec;
}

const FONT = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';

export const BASE_CONFIG = {
  aria: false,
  font: FONT,
  background: 'white',
  view: { stroke: null },
  axis: { labelColor: '#222', titleColor: '#222', domainColor: '#555', tickColor: '#555', gridColor: '#ddd', labelFontSize: 11, titleFontSize: 12, labelLimit: 320 },
  legend: { labelColor: '#222', titleColor: '#222', labelFontSize: 11, titleFontSize: 12, orient: 'bottom' },
  title: { color: '#111', fontSize: 14, anchor: 'start' },
} as const;

/** Compiles a Vega-Lite spec to SVG and gives it role, title and description for assistive technology. */
export async function chartToSvg(chart: Chart): Promise<string> {
  const vegaLite = await import('vega-lite');
  const vega = await import('vega');
  const compiled = vegaLite.compile({ ...chart.spec, config: { ...BASE_CONFIG, ...(chart.spec.config ?? {}) } } as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  let svg = await view.toSVG();
  view.finalize();
  // The chart is one image with a title and a description: inner ARIA roles and labels that Vega still writes
  // for some marks would turn its shapes into images without names, so they are removed.
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const inner = svg.slice(root.length).replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '');
  svg = root + inner;
  const titleId = `${chart.id}-titel`;
  const descId = `${chart.id}-beschreibung`;
  return svg.replace(
    /^<svg /,
    `<svg role="img" aria-labelledby="${titleId} ${descId}" focusable="false" `,
  ).replace(/^(<svg[^>]*>)/, `$1<title id="${titleId}">${escapeHtml(chart.title)}</title><desc id="${descId}">${escapeHtml(chart.description)}</desc>`);
}
