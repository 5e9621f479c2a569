// Charts of the plan view and the reports, as Vega-Lite specifications compiled to static SVG at render time.
// They print in black and white (greys, outlines, direct labels) and carry a title and a description.
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml } from '../../../util/escapeHtml';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../months';
import { textWidth } from './textWidth';

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

/**
 * The widest a chart may be, in its SVG's pixels: the text width of an A4 page with plan.css's margins (182 mm is
 * 688 px at 96 px per inch). A chart that fits prints at its own size, so its 12 px labels print as 9 pt; a wider
 * one would be scaled down with them.
 */
export const PRINT_WIDTH = 680;

/** Font sizes in the SVG's pixels (see PRINT_WIDTH). */
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

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

/** Vega lays text out by the widths of a real sans font (textWidth.ts), not by its guess of 0.8 em per character. */
interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

function measureTextWith(metrics: TextMetrics): void {
  metrics.width = (item, text) => {
    const width = textWidth(text == null ? '' : String(text).trim(), item.fontSize ?? DEFAULT_FONT_SIZE, item.fontWeight);
    // A text with a limit is cut to it when drawn (Vega's truncate, which measures with this very function).
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}

/** Vega's font size for a text mark that names none. */
const DEFAULT_FONT_SIZE = 11;

/** Compiles a Vega-Lite spec to SVG and gives it role, title and description for assistive technology. */
export async function chartToSvg(chart: Chart): Promise<string> {
  // Dynamic: the bundles load Vega from its own file (dist/vendor/, scripts/esbuildOptions.mjs) on the first chart.
  const vegaLite = await import('vega-lite');
  const vega = await import('vega');
  // Vega's types leave out textMetrics, which vega-scenegraph exports for exactly this.
  measureTextWith((vega as unknown as { textMetrics: TextMetrics }).textMetrics);
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
