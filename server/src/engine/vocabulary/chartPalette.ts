// The charts' colours: the greys they print with, and the CSS that redraws them in a screen's theme. In the
// vocabulary so that the editor's webviews take the CSS without the charts (and Vega) themselves.

/**
 * Every colour the charts draw with: greys from white to black, so that they print in black and white. A test
 * renders every chart of the plan view, the Statusbericht and the portfolio and finds no other colour in them.
 */
export const CHART_GREYS = ['white', '#fff', '#ffffff', '#f2f2f2', '#e6e6e6', '#ddd', '#d9d9d9', '#bdbdbd', '#999999', '#8a8a8a', '#777', '#555', '#555555', '#444444', '#333333', '#222', '#111', '#111111'] as const;

/** How dark a grey is, from 0 (white) to 1 (black). */
function darkness(grey: string): number {
  if (grey === 'white') return 0;
  const hex = grey.slice(1);
  const channel = hex.length === 3 ? parseInt(hex[0]!.repeat(2), 16) : parseInt(hex.slice(0, 2), 16);
  return 1 - channel / 255;
}

/**
 * CSS that draws the charts in a screen's colours instead of black on white (an editor's dark theme): each grey
 * of CHART_GREYS becomes the same share of `ink` over `paper` — white the paper, black the ink — so lines, bars
 * and labels keep their contrast and order of shades on any background. `scope` selects the charts' SVG.
 */
export function chartThemeCss(scope: string, ink: string, paper: string): string {
  return CHART_GREYS.map((grey) => {
    const colour = `color-mix(in srgb, ${ink} ${Math.round(darkness(grey) * 100)}%, ${paper})`;
    return `${scope} [fill="${grey}"] { fill: ${colour}; }\n${scope} [stroke="${grey}"] { stroke: ${colour}; }`;
  }).join('\n');
}
