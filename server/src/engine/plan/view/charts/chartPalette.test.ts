// The charts' colours (chartTheme.ts): every chart of the plan view, the Statusbericht and the portfolio draws with the greys
// of CHART_GREYS only, so that chartThemeCss can redraw each of them in an editor's theme.
import { describe, expect, it } from 'vitest';
import { everyViewHtml } from '../../../testing/everyView';
import { CHART_GREYS, chartThemeCss } from '../../../vocabulary/chartPalette';

/** The colour values of every fill and stroke attribute inside the SVGs of `html`. */
function chartColours(html: string): Set<string> {
  const colours = new Set<string>();
  for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) for (const m of svg.matchAll(/\s(?:fill|stroke)="([^"]*)"/g)) colours.add(m[1]!);
  return colours;
}

describe('the charts’ colours', () => {
  it('are greys of CHART_GREYS (or none) in every chart of the plan view, the Statusbericht and the portfolio', async () => {
    const html = await everyViewHtml();
    expect(html.map((h) => (h.match(/<svg /g) ?? []).length)).toEqual([4, 2, 3]);
    const used = new Set(html.flatMap((h) => [...chartColours(h)]));
    const palette = new Set<string>([...CHART_GREYS, 'none']);
    expect([...used].filter((c) => !palette.has(c))).toEqual([]);
    // The palette is not padded: most of it is in use.
    expect([...CHART_GREYS].filter((c) => used.has(c)).length).toBeGreaterThan(CHART_GREYS.length / 2);
  });

  it('are drawn by the theme CSS as shares of ink over paper: white the paper, black the ink, greys between', () => {
    const css = chartThemeCss('.diagramm svg', 'var(--ink)', 'var(--paper)');
    expect(css).toContain('.diagramm svg [fill="white"] { fill: color-mix(in srgb, var(--ink) 0%, var(--paper)); }');
    expect(css).toContain('.diagramm svg [stroke="#111"] { stroke: color-mix(in srgb, var(--ink) 93%, var(--paper)); }');
    expect(css).toContain('.diagramm svg [fill="#444444"] { fill: color-mix(in srgb, var(--ink) 73%, var(--paper)); }');
    expect(css).toContain('.diagramm svg [fill="#ddd"] { fill: color-mix(in srgb, var(--ink) 13%, var(--paper)); }');
    expect(css.split('\n')).toHaveLength(2 * CHART_GREYS.length);
  });
});
