// „Profil damals und heute“: the mean status per Eckpunkt in the earlier and in the current Standortbestimmung
// (scale 1 to 5), as pairs of bars; white is then, dark is now.
import { dateLabel, decimalLabel } from '../../../plan/months';
import type { Chart } from '../../../plan/view/charts/chartToSvg';
import { wrapWords } from '../../../plan/view/charts/needsChart';
import type { ProfileComparison } from '../../statusReport';

export function profileComparisonChart(profile: ProfileComparison): Chart {
  const then = `damals (${dateLabel(profile.then)})`;
  const now = `heute (${dateLabel(profile.now)})`;
  const values = profile.eckpunkte.flatMap((e, order) => [
    ...(e.then === null ? [] : [{ eckpunkt: e.title, order, wann: then, Wert: e.then }]),
    ...(e.now === null ? [] : [{ eckpunkt: e.title, order, wann: now, Wert: e.now }]),
  ]);
  // Eckpunkt titles wrap (the longest has 50 characters), so that the chart keeps the page's width.
  const labels = Object.fromEntries(profile.eckpunkte.map((e) => [e.title, wrapWords(e.title, 26).join('\n')]));
  const number = (n: number | null) => (n === null ? 'nicht bewertet' : decimalLabel(n));
  return {
    id: 'profil-vergleich',
    title: 'Stand je Eckpunkt: damals und heute',
    description: profile.eckpunkte.length
      ? `Durchschnittlicher Stand je Eckpunkt auf der Skala 1 bis 5 in der Standortbestimmung vom ${dateLabel(profile.then)} und der vom ${dateLabel(profile.now)}. ${profile.eckpunkte.map((e) => `${e.title}: damals ${number(e.then)}, heute ${number(e.now)}`).join('; ')}.`
      : 'Keine bewerteten Kriterien.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 380,
      height: { step: 26 },
      data: { values },
      mark: { type: 'bar', stroke: '#111', strokeWidth: 0.8 },
      encoding: {
        y: { field: 'eckpunkt', type: 'nominal', title: null, sort: { field: 'order' }, axis: { labelLimit: 0, labelExpr: `split(${JSON.stringify(labels)}[datum.value], '\\n')`, labelLineHeight: 13 } },
        yOffset: { field: 'wann', sort: [then, now] },
        // The scale is 1 to 5, so the bars start at 1, as in the plan's profile.
        x: { field: 'Wert', type: 'quantitative', title: 'Durchschnittlicher Stand (1 = gering, 5 = hoch)', scale: { domain: [1, 5], zero: false }, axis: { values: [1, 2, 3, 4, 5], format: 'd' } },
        x2: { datum: 1 },
        color: { field: 'wann', type: 'nominal', title: null, scale: { domain: [then, now], range: ['#ffffff', '#444444'] }, sort: [then, now], legend: { labelLimit: 0 } },
      },
    },
  };
}
