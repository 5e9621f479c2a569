import { describe, expect, it } from 'vitest';
import { hyphenateTables } from './hyphenate';

const SHY = '\u00ad';

describe('hyphenateTables', () => {
  it('puts soft hyphens into the long words of tables only, never into tags, entities or an id’s label', async () => {
    const html =
      '<p>Willkommensbehörde</p><table><tr><td>Willkommensbehörde &amp; Beratungsangebote <span class="kennung">sv-ermessen</span></td>' +
      '<td class="zahl" title="Ausländerbehörde">Zuständigkeiten</td></tr></table>';
    const result = await hyphenateTables(html);
    expect(result.startsWith('<p>Willkommensbehörde</p><table><tr><td>Will')).toBe(true);
    expect(result).toContain('<span class="kennung">sv-ermessen</span>');
    expect(result).toContain('title="Ausländerbehörde"');
    expect(result).toContain('&amp;');
    expect(result.replaceAll(SHY, '')).toBe(html);
    // The words of the cells did get their hyphens.
    expect(result).toMatch(new RegExp(`Will${SHY}?kom`));
    expect(result.match(new RegExp(SHY, 'g'))!.length).toBeGreaterThan(4);
  });
});
