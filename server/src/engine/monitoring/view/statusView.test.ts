// The whole Statusbericht: its sections in order, accessible charts, a self-contained page in German that prints
// in black and white, every text escaped and no internal id in what a reader sees.
import { describe, expect, it } from 'vitest';
import { toolbox } from '../../testing/planToolbox';
import { statusReportFixture } from '../../testing/statusReportFixture';
import { renderStatusPage, renderStatusReport } from './statusView';

const index = () => toolbox().service.index;
/** What a reader sees: the text outside tags, without the SVG's machine-readable parts. */
const visible = (html: string) => html.replace(/<style>[^]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the Statusbericht', () => {
  it('has its sections in order, with the profile only after a new Standortbestimmung', async () => {
    const { title, html } = await renderStatusReport(statusReportFixture(), index());
    expect(title).toBe('Statusbericht: Maßnahmenplan Teststadt');
    expect([...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual([
      'So wird die Ampel bestimmt', 'Handlungsempfehlungen', 'Geplant und tatsächlich', 'Die Maßnahmen im Einzelnen', 'Änderungen seit 1. Januar 2027', 'Standortbestimmung damals und heute',
    ]);
    const without = await renderStatusReport({ ...statusReportFixture(), profile: null }, index());
    expect(without.html).not.toContain('Standortbestimmung damals und heute');
    expect(without.html.match(/<svg /g)).toHaveLength(1);
  });

  it('gives both charts a role, a title and a description', async () => {
    const { html } = await renderStatusReport(statusReportFixture(), index());
    expect(html).toContain('<svg role="img" aria-labelledby="soll-ist-titel soll-ist-beschreibung" focusable="false" ');
    expect(html).toContain('<title id="soll-ist-titel">Geplant und tatsächlich</title>');
    expect(html).toContain('<title id="profil-vergleich-titel">Stand je Eckpunkt: damals und heute</title>');
  });

  it('shows no internal id and no unescaped text', async () => {
    const { html } = await renderStatusReport(statusReportFixture(), index());
    const text = visible(html);
    for (const id of ['alpha', 'epsilon', 'eta', 'zurueckgestellt', 'gruen', 'binnenorganisation', 'k-a', 'k-d', '2027-06-30']) expect(text).not.toMatch(new RegExp(`(^|[^\\p{L}-])${id}([^\\p{L}-]|$)`, 'u'));
    expect(html).not.toContain('<vertraulich>');
    expect(html).toContain('&lt;vertraulich&gt;');
  });

  it('is a self-contained German page that prints in black and white', async () => {
    const page = await renderStatusPage(statusReportFixture(), index());
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(page).toContain('<title>Statusbericht: Maßnahmenplan Teststadt</title>');
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(page).toContain('<body class="plan bericht">');
    expect(page).not.toMatch(/<script|<link|src="http/);
    expect(page).toContain('.ampel, .ampel-gruen, .ampel-gelb, .ampel-rot { color: #111; background: none; }');
    expect(page).toContain('@page { @top-left { content: "Statusbericht: Maßnahmenplan Teststadt"; } }');
    expect(page).toContain('.plan-abschnitt { break-before: page; }');
  });
});
