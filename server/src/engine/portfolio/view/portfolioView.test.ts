import { describe, expect, it } from 'vitest';
import { toolbox } from '../../testing/planToolbox';
import { FIXTURE_OFFICES, fixturePlanText, PORTFOLIO_AS_OF } from '../../testing/portfolioFixture';
import { createPortfolioCollector } from '../collector';
import { renderPortfolioPage } from './portfolioView';

async function page(named: boolean) {
  const { service } = toolbox();
  const collector = createPortfolioCollector(service.index, service.schemas, { asOf: PORTFOLIO_AS_OF, named });
  for (const office of FIXTURE_OFFICES) collector.add(fixturePlanText(office));
  // Table cells carry soft hyphens; the assertions read the text without them.
  return (await renderPortfolioPage(collector.report())).replace(/\u00ad/g, '');
}

describe('the portfolio page', () => {
  it('anonymised: shows counts below three as „< 3“ and no office name, owner or note', async () => {
    const html = await page(false);
    expect(html).toContain('<h1>Portfolio der Maßnahmenpläne</h1>');
    expect(html).toContain('<dt>Stichtag</dt><dd>30. Juni 2027</dd>');
    expect(html).toContain('<p class="plan-art">Portfolio · anonymisiert</p>');
    expect(html).toContain('<tr><th scope="row">Bayern</th><td class="zahl">&lt; 3</td><td class="zahl">&lt; 3</td><td class="zahl">&lt; 3</td><td class="zahl">&lt; 3</td><td class="zahl">&lt; 3</td></tr>');
    // Hessen's 3 of 5 offices would give Bayern's withheld 2, Alpha's 3 completed its one running: withheld as „×“.
    expect(html).toContain('<tr><th scope="row">Hessen</th><td class="zahl">×</td><td class="zahl">6</td><td class="zahl">6</td><td class="zahl">0</td><td class="zahl">0</td></tr>');
    expect(html).toMatch(/<th scope="row">Instrument ALPHA<\/th><td class="zahl">4<\/td><td class="zahl">×<\/td><td class="zahl">×<\/td><td class="zahl">×<\/td><td class="zahl">×<\/td><td>4 Monate<\/td><td>4 Monate<\/td><\/tr>/);
    // Beta's planned duration comes from two offices: withheld, and said so, not „< 3“ beside „4 Monate“.
    expect(html).toMatch(/<th scope="row">Instrument BETA<\/th>(<td class="zahl">[^<]*<\/td>){5}<td>nicht ausgewiesen \(weniger als 3 Behörden\)<\/td><td>noch keine Angaben<\/td><\/tr>/);
    expect(html).not.toMatch(/<td>&lt; 3<\/td>/);
    expect(html).toContain('„×“ steht für eine Zahl, die nicht gezeigt wird, damit sich eine Zahl „&lt; 3“ nicht aus der Summe errechnen lässt.');
    expect(html).not.toContain('Abgeschlossen bei');
    for (const office of FIXTURE_OFFICES) for (const secret of [office.name, office.owner, office.note]) expect(html).not.toContain(secret);
    expect(html).not.toMatch(/Fixdorf|Probstadt|Testhausen|Musterwald|Beispielberg/);
    expect(html.match(/<svg role="img"/g)).toHaveLength(3);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('named: exact counts and the offices that completed an instrument', async () => {
    const html = await page(true);
    expect(html).toContain('<tr><th scope="row">Bayern</th><td class="zahl">2</td><td class="zahl">4</td><td class="zahl">1</td><td class="zahl">1</td><td class="zahl">2</td></tr>');
    expect(html).toContain('<ul class="kriterien"><li>Ausländerbehörde Fixdorf</li><li>Ausländerbehörde Probstadt</li><li>Ausländerbehörde Testhausen</li></ul>');
    for (const office of FIXTURE_OFFICES) for (const secret of [office.owner, office.note]) expect(html).not.toContain(secret);
  });
});
