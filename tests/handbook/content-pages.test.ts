// The content pages of the handbook (Über das Modellprojekt, Das Phasenmodell), from the real toolbox through
// the engine: they are built, stand in the main navigation (not in the footer) and on the start page, the
// phases in every instrument's Steckbrief link to their section of the phase model, the print edition holds
// both pages after the introduction, and a change to the phase model rewrites the instrument pages.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLanguageService, type LanguageService } from '../../server/src/engine';
import { createHandbook, type Handbook } from '../../server/src/engine/handbook';
import { createFileWorkspace, uriOf } from '../../server/src/node/fileWorkspace';
import { root } from './browser';

const toolbox = join(root, 'toolbox');
let service: LanguageService;
let handbook: Handbook;

beforeAll(() => {
  service = createLanguageService({ workspace: createFileWorkspace([toolbox]) });
  service.indexWorkspace();
  handbook = createHandbook(service.index);
});

const mainNavigation = (html: string) => html.match(/<nav class="hauptnavigation"[^]*?<\/nav>/)![0];
const footer = (html: string) => html.match(/<footer[^]*?<\/footer>/)![0];
const steckbriefPhases = (html: string) => html.match(/<dt>Phasen<\/dt><dd>([^]*?)<\/dd>/)![1]!;
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('the content pages', () => {
  it('are built as pages of the site, searchable, with their sources', () => {
    expect(handbook.paths()).toEqual(expect.arrayContaining(['modellprojekt.html', 'phasenmodell.html']));
    for (const path of ['modellprojekt.html', 'phasenmodell.html']) {
      const html = handbook.render(path);
      expect(handbook.model.pages.get(path)!.searchable).toBe(true);
      expect(html).toContain('<main id="inhalt" tabindex="-1" data-pagefind-body');
      expect(html).toContain('id="abschnitt-quellen"');
      expect(html).toContain(`href="checkliste.html"`);
    }
    expect(handbook.render('phasenmodell.html')).toMatch(/<h1>Das Phasenmodell<\/h1>/);
    expect(handbook.render('modellprojekt.html')).toMatch(/<h1>Über das Modellprojekt<\/h1>/);
  });

  it('stand in the main navigation of every page, marked as current on their own page, and not in the footer', () => {
    for (const path of ['index.html', 'instrumente/terminsystem.html', 'praxis/weimar-servicepoint.html', 'impressum.html', 'checkliste.html', 'druck.html']) {
      const html = handbook.render(path);
      const prefix = path.includes('/') ? '../' : '';
      expect(mainNavigation(html), path).toContain(`<a href="${prefix}modellprojekt.html">Modellprojekt</a>`);
      expect(mainNavigation(html), path).toContain(`<a href="${prefix}phasenmodell.html">Phasenmodell</a>`);
      expect(footer(html), path).not.toMatch(/modellprojekt\.html|phasenmodell\.html/);
      expect(footer(html), path).toContain(`${prefix}impressum.html`);
    }
    expect(mainNavigation(handbook.render('phasenmodell.html'))).toContain('<a href="phasenmodell.html" aria-current="page">Phasenmodell</a>');
    expect(mainNavigation(handbook.render('modellprojekt.html'))).toContain('<a href="modellprojekt.html" aria-current="page">Modellprojekt</a>');
  });

  it('are linked from the start page’s introduction', () => {
    const start = handbook.render('index.html');
    const intro = start.slice(start.indexOf('<div class="fliesstext">'), start.indexOf('id="eckpunkte"'));
    expect(intro).toContain('href="modellprojekt.html"');
    expect(intro).toContain('href="phasenmodell.html"');
  });

  it('the phase model has one section per phase, and every instrument’s Steckbrief links its phases there', () => {
    const anchors = ids(handbook.render('phasenmodell.html'));
    for (const phase of ['vorintegration', 'erstorientierung', 'etablierung']) expect(anchors).toContain(phase);
    expect(handbook.model.instruments).toHaveLength(25);
    for (const instrument of handbook.model.instruments) {
      const path = handbook.model.pathOf.get(instrument.uri)!;
      const phases = instrument.data!.phase as string[];
      const expected = phases.map((p) => `<a href="../phasenmodell.html#${p}">${p[0]!.toUpperCase()}${p.slice(1)}</a>`).join(', ');
      expect(steckbriefPhases(handbook.render(path)), path).toBe(expected);
    }
    expect(steckbriefPhases(handbook.render('instrumente/netzwerkkarte.html'))).toBe(
      '<a href="../phasenmodell.html#vorintegration">Vorintegration</a>, <a href="../phasenmodell.html#erstorientierung">Erstorientierung</a>, <a href="../phasenmodell.html#etablierung">Etablierung</a>',
    );
  });

  it('the print edition holds both pages after the introduction, and its phase links stay inside the page', () => {
    const html = handbook.render('druck.html');
    const position = (id: string) => html.indexOf(`<section class="kapitel" id="${id}"`);
    expect(position('page-startseite')).toBeGreaterThan(0);
    expect(position('page-modellprojekt')).toBeGreaterThan(position('page-startseite'));
    expect(position('page-phasenmodell')).toBeGreaterThan(position('page-modellprojekt'));
    expect(position('eckpunkt-selbstverstaendnis')).toBeGreaterThan(position('page-phasenmodell'));
    expect(position('page-impressum')).toBeGreaterThan(position('druck-checkliste'));
    const present = ids(html);
    const phaseLinks = [...html.matchAll(/<dt>Phasen<\/dt><dd>([^]*?)<\/dd>/g)].flatMap((m) => [...m[1]!.matchAll(/href="#([^"]+)"/g)].map((l) => l[1]!));
    expect(phaseLinks.length).toBeGreaterThanOrEqual(25);
    for (const target of phaseLinks) {
      expect(target).toMatch(/^page-phasenmodell--(vorintegration|erstorientierung|etablierung)$/);
      expect(present).toContain(target);
    }
  });

  it('after the phase model changes, the instrument pages are written again', () => {
    const uri = uriOf(join(toolbox, 'seiten', 'phasenmodell.md'));
    const original = service.document(uri)!.text;
    try {
      service.update(uri, { text: original.replace('## Vorintegration', '## Vor dem Zuzug') });
      const plan = handbook.update([uri]);
      expect(plan.write).toEqual(expect.arrayContaining(['phasenmodell.html', 'instrumente/netzwerkkarte.html', 'instrumente/terminsystem.html', 'druck.html']));
      // Without the section, the phase links to the page itself.
      expect(steckbriefPhases(handbook.render('instrumente/netzwerkkarte.html'))).toContain('<a href="../phasenmodell.html">Vorintegration</a>');
    } finally {
      service.update(uri, { text: original });
      handbook.update([uri]);
    }
    expect(steckbriefPhases(handbook.render('instrumente/netzwerkkarte.html'))).toContain('<a href="../phasenmodell.html#vorintegration">Vorintegration</a>');
  });
});

describe('the print edition in parts', () => {
  it('is the rendered page, piece by piece, and follows a change whether or not the parts are kept', () => {
    const keeping = createHandbook(service.index, { keepPrintParts: true });
    const uri = uriOf(join(toolbox, 'seiten', 'phasenmodell.md'));
    const original = service.document(uri)!.text;
    const pieces = [...handbook.renderParts('druck.html')];
    expect(pieces.length).toBeGreaterThan(20);
    expect(pieces.join('')).toBe(handbook.render('druck.html'));
    expect(keeping.render('druck.html')).toBe(handbook.render('druck.html'));
    try {
      service.update(uri, { text: original.replace('## Vorintegration', '## Vor dem Zuzug') });
      for (const h of [handbook, keeping]) {
        h.update([uri]);
        const print = [...h.renderParts('druck.html')].join('');
        expect(print).toContain('Vor dem Zuzug</h3>');
        expect(print).not.toContain('>Vorintegration</h3>');
      }
    } finally {
      service.update(uri, { text: original });
      handbook.update([uri]);
    }
  });
});
