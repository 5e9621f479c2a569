// „Bedarf je Kriterium“: the criteria with a need (relevance × (5 − status)), highest first, as bars labelled
// with the criterion's statement, wrapped over a few lines.
import type { CriterionNeed } from '../../needs';
import type { Chart } from './chartToSvg';

/** The criteria with a need, highest first (ties by id). */
export function criteriaByNeed(scored: CriterionNeed[]): CriterionNeed[] {
  return scored.filter((n) => n.need > 0).sort((a, b) => b.need - a.need || a.criterion.id.localeCompare(b.criterion.id));
}

/** Characters on one line of a label; the longest statements take three lines. */
const LINE = 62;
const LINE_HEIGHT = 13;
/** The chart shows the criteria with the highest needs so that it fits on a page; the tables list all. */
export const NEEDS_CHART_ROWS = 12;

/** `text` in lines of at most `width` characters, broken between words. */
export function wrapWords(text: string, width = LINE): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function needsChart(scored: CriterionNeed[]): Chart {
  const topNeeds = criteriaByNeed(scored).slice(0, NEEDS_CHART_ROWS);
  const rows = topNeeds.map((n, i) => ({ key: String(i), kriterium: wrapWords(n.criterion.text).join('\n'), bedarf: n.need }));
  const lines = Math.max(1, ...rows.map((r) => r.kriterium.split('\n').length));
  const y = { field: 'key', type: 'nominal' as const, sort: null, title: null };
  return {
    id: 'bedarf',
    title: `Bedarf je Kriterium: die ${NEEDS_CHART_ROWS} Kriterien mit dem höchsten Bedarf`,
    description: topNeeds.length ? `Die Kriterien mit dem höchsten Bedarf, absteigend: ${topNeeds.map((n) => `${n.criterion.text} ${n.need}`).join('; ')}.` : 'Kein Kriterium hat Bedarf.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 240,
      height: { step: lines * LINE_HEIGHT + 8 },
      data: { values: rows },
      layer: [
        {
          mark: { type: 'bar', fill: '#555', stroke: '#111', strokeWidth: 0.5, height: { band: 0.6 } },
          encoding: {
            // The label is looked up by the row's key, so two criteria with the same wording stay two rows.
            y: { ...y, axis: { labelExpr: `split(${JSON.stringify(Object.fromEntries(rows.map((r) => [r.key, r.kriterium])))}[datum.value], '\\n')`, labelLineHeight: LINE_HEIGHT, labelFontSize: 11, labelAlign: 'right', labelBaseline: 'middle' } },
            x: { field: 'bedarf', type: 'quantitative', title: 'Bedarf (0 bis 20)', scale: { domain: [0, 20] }, axis: { values: [0, 5, 10, 15, 20], format: 'd' } },
          },
        },
        { mark: { type: 'text', align: 'left', dx: 3, fontSize: 12, color: '#111' }, encoding: { y, x: { field: 'bedarf', type: 'quantitative' }, text: { field: 'bedarf' } } },
      ],
    },
  };
}
