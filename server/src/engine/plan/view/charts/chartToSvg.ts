// Charts of the plan view and the reports, as Vega-Lite specifications compiled to static SVG at render time.
// They print in black and white (greys, outlines, direct labels) and carry a title and a description.
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml } from '../../../util/escapeHtml';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../months';

export interface Chart {
  id: string;
  title: string;
  description: string;
  spec: TopLevelSpec;
}

const FONT = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';

/** Numbers and dates in the charts as German texts write them: „2,5“, „Jan. 2027“. */
const GERMAN = {
  number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' €'] },
  time: {
    dateTime: '%A, der %e. %B %Y, %X',
    date: '%d.%m.%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    shortDays: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
    months: MONTH_NAMES,
    shortMonths: MONTH_ABBREVIATIONS,
  },
};

/** Font sizes in the SVG's pixels; the charts print at about 0.8 of their width, so 12 stays readable. */
export const BASE_CONFIG = {
  aria: false,
  locale: GERMAN,
  font: FONT,
  background: 'white',
  view: { stroke: null },
  axis: { labelColor: '#222', titleColor: '#222', domainColor: '#555', tickColor: '#555', gridColor: '#ddd', labelFontSize: 12, titleFontSize: 12, labelLimit: 0 },
  legend: { labelColor: '#222', titleColor: '#222', labelFontSize: 12, titleFontSize: 12, orient: 'bottom' },
  title: { color: '#111', fontSize: 14, anchor: 'start' },
  text: { fontSize: 12 },
} as const;

/** Compiles a Vega-Lite spec to SVG and gives it role, title and description for assistive technology. */
export async function chartToSvg(chart: Chart): Promise<string> {
  // Dynamic: the bundles load Vega from its own file (dist/vendor/, scripts/esbuildOptions.mjs) on the first chart.
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
