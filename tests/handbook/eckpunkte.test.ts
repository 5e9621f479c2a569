// The Eckpunkte in the handbook, from the real toolbox: each page quotes the Eckpunkt in the model project's
// wording (the summary stays as summary) and names its sources; the checklist and the Eckpunkt pages mark which
// criteria are the project checklist's own and which the toolbox added, with a legend; the print edition too.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLanguageService, type LanguageService } from '../../server/src/engine';
import { createHandbook, type Handbook } from '../../server/src/engine/handbook';
import { createFileWorkspace } from '../../server/src/node/fileWorkspace';
import { root } from './browser';

let service: LanguageService;
let handbook: Handbook;

beforeAll(() => {
  service = createLanguageService({ workspace: createFileWorkspace([join(root, 'toolbox')]) });
  service.indexWorkspace();
  handbook = createHandbook(service.index);
});

const SELBSTVERSTAENDNIS = 'Das Selbstverständnis der ABH hat sich von einer reinen Ordnungsbehörde zur Willkommensbehörde entwickelt.';
const checklisteMark = '<span class="herkunft herkunft-checkliste" title="Kriterium aus der Checkliste des Modellprojekts">Checkliste</span>';
const addedMark = '<span class="herkunft herkunft-werkzeugkoffer" title="vom Werkzeugkoffer ergänzt">ergänzt</span>';
const legend = '<p class="herkunft-legende">Herkunft der Kriterien: <span class="herkunft herkunft-checkliste">Checkliste</span> Kriterium aus der Checkliste des Modellprojekts · <span class="herkunft herkunft-werkzeugkoffer">ergänzt</span> vom Werkzeugkoffer ergänzt</p>';

describe('an Eckpunkt page', () => {
  it('quotes the Eckpunkt in the project’s wording below the summary, as a quotation with a caption', () => {
    const html = handbook.render('eckpunkte/selbstverstaendnis.html');
    expect(html).toContain(`<figure class="wortlaut"><blockquote><p>${SELBSTVERSTAENDNIS}</p></blockquote><figcaption>Der Eckpunkt im Wortlaut des Modellprojekts</figcaption></figure>`);
    expect(html).toMatch(/<p class="kurzbeschreibung">Die Ausländerbehörde versteht sich nicht mehr allein als Ordnungsbehörde[^<]*<\/p><\/header>\n<figure class="wortlaut">/);
    for (const e of service.index.ofKind('eckpunkt')) {
      const page = handbook.render(`eckpunkte/${e.id}.html`);
      expect(page, e.id).toContain(`<blockquote><p>${e.data!.wording}</p></blockquote>`);
      expect(page, e.id).toContain('<h2 id="abschnitt-quellen">Quellen</h2>');
      expect(page, e.id).toContain('Dokumentation des 7. Netzwerktreffens des Welcome Center Thuringia <span class="nebensache">(Thüringer Agentur für Fachkräftegewinnung, 2015)</span>');
    }
  });

  it('marks each criterion with its origin and explains the marks', () => {
    const html = handbook.render('eckpunkte/selbstverstaendnis.html');
    expect(html).toMatch(new RegExp(`<li id="kriterium-sv-ermessen"><span class="nummer">1\\.1</span> [^<]+ ${checklisteMark}`));
    expect(html).toMatch(new RegExp(`<li id="kriterium-sv-leitbild"><span class="nummer">1\\.4</span> [^<]+ ${addedMark}`));
    expect(html).toContain(legend);
  });
});

describe('the checklist', () => {
  it('shows the Eckpunkt’s wording as its Leitsatz and marks exactly the three criteria the project’s checklist prints', () => {
    const html = handbook.render('checkliste.html');
    expect(html).toContain(`<p class="leitsatz">${SELBSTVERSTAENDNIS}</p>`);
    const rows = [...html.matchAll(/<tr id="kriterium-(\d+-\d+)"><th scope="row">([^]*?)<\/th>/g)];
    const marked = rows.filter((r) => r[2]!.includes(checklisteMark)).map((r) => r[1]);
    expect(marked).toEqual(['1-1', '1-2', '1-3']);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row[2]!.includes(checklisteMark) !== row[2]!.includes(addedMark), row[1]).toBe(true);
    expect(html).toContain(legend);
  });

  it('keeps the marks in the print edition, with the wording and the sources of each Eckpunkt', () => {
    const html = handbook.render('druck.html');
    expect(html.split(checklisteMark).length - 1).toBe(6); // three in the Eckpunkt chapter, three in the checklist
    expect(html).toContain(`<blockquote><p>${SELBSTVERSTAENDNIS}</p></blockquote>`);
    expect(html).toContain('<h3 id="eckpunkt-selbstverstaendnis--quellen" class="quellen-titel">Quellen</h3>');
  });
});

describe('the sites page', () => {
  it('says only what the project documents say: model sites, assigned partner offices, a dash for no figure', () => {
    const html = handbook.render('standorte/index.html');
    expect(html).toContain('<p class="kurzbeschreibung">Von Oktober 2013 bis Oktober 2015 waren 10 Ausländerbehörden Modellstandorte des Projekts „Ausländerbehörden – Willkommensbehörden“; aus ihren Erfahrungen sollten die Instrumente des Werkzeugkoffers ausgewählt werden. In 5 Ländern waren dem Modellstandort Partnerbehörden desselben Landes zugeordnet.</p>');
    expect(html).toContain('<p class="nebensache">Ein Strich: keine Angabe.</p>');
    expect(html).not.toMatch(/Quellen nennen|erprobt, was heute|übernommen/);
  });
});
