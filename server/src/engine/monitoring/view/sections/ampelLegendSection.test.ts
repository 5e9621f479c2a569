// The Ampel legend explains every colour with its symbol and word and the rules from ampelRules.ts, once.
import { describe, expect, it } from 'vitest';
import { AMPEL_RULES } from '../../ampelRules';
import { ampelLegendSection } from './ampelLegendSection';

describe('the Ampel legend', () => {
  it('shows each Ampel as symbol, colour and word with its rules', () => {
    const html = ampelLegendSection();
    expect(html).toContain('<h2 id="ampel-legende-h">So wird die Ampel bestimmt</h2>');
    expect(html).toContain('<dt><span class="ampel ampel-gruen"><span class="ampel-symbol" aria-hidden="true">●</span> grün: im Plan</span></dt>');
    expect(html).toContain('<dt><span class="ampel ampel-gelb"><span class="ampel-symbol" aria-hidden="true">▲</span> gelb: Verzug droht</span></dt>');
    expect(html).toContain('<dt><span class="ampel ampel-rot"><span class="ampel-symbol" aria-hidden="true">■</span> rot: überfällig oder ohne Entscheidung gestoppt</span></dt>');
    expect(html).toContain('<li>Sie ist noch geplant, obwohl ihr geplanter Beginn verstrichen ist.</li>');
    expect(html.match(/<li>/g)).toHaveLength(AMPEL_RULES.gruen.length + AMPEL_RULES.gelb.length + AMPEL_RULES.rot.length);
    expect(html).toContain('<p class="klein">Ein Monat zählt bis zu seinem letzten Tag: Eine Maßnahme mit Ende Juni 2027 ist ab dem 1. Juli 2027 überfällig.</p>');
  });
});
