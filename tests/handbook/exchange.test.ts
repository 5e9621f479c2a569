// The exchange between offices in the handbook (#21), from the real toolbox through the engine: „Fragen und
// Antworten“ (a page per question, the overview, backlinks on instrument and site pages), „Wen fragen?“,
// „Fortbildung und Austausch“, the „Frage stellen“ link for both settings, the print edition and the issue forms.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHORITY, BUNDESLAENDER, createLanguageService, OFFER_FORMAT, type LanguageService } from '../../server/src/engine';
import { createHandbook, INSTRUMENT_PLACEHOLDER, QUESTION_FORM_FIELD, TITLE_PLACEHOLDER, type Handbook } from '../../server/src/engine/handbook';
import { QUESTION_FORM } from '../../server/src/engine/exchange/incoming';
import { questionFromText } from '../../server/src/engine/exchange';
import { createFileWorkspace, uriOf } from '../../server/src/node/fileWorkspace';
import { root } from './browser';

let service: LanguageService;
let handbook: Handbook;

function handbookOf(toolbox: string, questionUrl?: string): Handbook {
  const s = createLanguageService({ workspace: createFileWorkspace([toolbox]) });
  s.indexWorkspace();
  return createHandbook(s.index, { questionUrl });
}

beforeAll(() => {
  service = createLanguageService({ workspace: createFileWorkspace([join(root, 'toolbox')]) });
  service.indexWorkspace();
  handbook = createHandbook(service.index);
});

const main = (html: string) => html.match(/<main[^]*?<\/main>/)![0];
const h1 = (html: string) => html.match(/<h1>([^<]*)<\/h1>/)?.[1];
const section = (html: string, id: string) => html.match(new RegExp(`<section[^>]*aria-labelledby="${id}"[^]*?</section>`))?.[0] ?? '';
const askHref = (html: string) => html.match(/<a class="knopf" href="([^"]*)">Frage stellen<\/a>/)?.[1];
const questions = () => service.index.ofKind('frage');
const offers = () => service.index.ofKind('angebot');
const ids = (value: unknown) => (value as string[]) ?? [];

/** The GitLab address the README gives for „Frage stellen“. */
const README_GITLAB_URL = /"(https:\/\/gitlab\.example\/[^"]*issuable_template=Frage[^"]*)"/.exec(readFileSync(join(root, 'README.md'), 'utf8'))![1]!;

const TERMINSYSTEM_MAILTO =
  'mailto:info@bamf.bund.de?subject=Frage%20zum%20Instrument%20%E2%80%9ETerminsystem%E2%80%9C&amp;body=Guten%20Tag%2C%0A%0Aich%20habe%20eine%20Frage%20zum%20Instrument%20%E2%80%9ETerminsystem%E2%80%9C%20des%20Werkzeugkoffers%20Willkommensbeh%C3%B6rde.%0A%0AMeine%20Frage%3A%0A%0A%0AArt%20unserer%20Beh%C3%B6rde%20(Stadt%2C%20Landeshauptstadt%20oder%20Landkreis)%3A%0ABundesland%3A%0A%0ABitte%20schreiben%20Sie%2C%20was%20Sie%20vorhaben%20und%20woran%20es%20hakt.%20Nennen%20Sie%20keine%20Namen%2C%20Aktenzeichen%20oder%20andere%20personenbezogene%20Daten%20von%20Kundinnen%20und%20Kunden%2C%20auch%20nicht%20von%20Kolleginnen%20und%20Kollegen.';

describe('the pages of the exchange', () => {
  it('exist with their exact headings, in the navigation and the sitemap', () => {
    expect(h1(handbook.render('fragen/index.html'))).toBe('Fragen und Antworten');
    expect(h1(handbook.render('wen-fragen.html'))).toBe('Wen fragen?');
    expect(h1(handbook.render('angebote/index.html'))).toBe('Fortbildung und Austausch');
    expect(questions()).toHaveLength(23);
    expect(offers()).toHaveLength(6);
    for (const q of questions()) expect(h1(handbook.render(`fragen/${q.id}.html`)), q.id).toBe(q.data!.title);
    for (const o of offers()) expect(h1(handbook.render(`angebote/${o.id}.html`)), o.id).toBe(o.data!.title);
    const navigation = handbook.render('index.html').match(/<nav class="hauptnavigation"[^]*?<\/nav>/)![0];
    expect(navigation).toContain('<li><a href="fragen/index.html">Fragen und Antworten</a></li><li><a href="wen-fragen.html">Wen fragen?</a></li><li><a href="angebote/index.html">Fortbildung und Austausch</a></li>');
    const sitemap = handbook.render('sitemap.xml');
    for (const path of ['fragen/index.html', 'fragen/frage-weimar-frontoffice.html', 'wen-fragen.html', 'angebote/index.html', 'angebote/angebot-lernevents.html']) expect(sitemap).toContain(`<loc>/${path}</loc>`);
  });

  it('a question page: the question, who asked, when, who answered (linked), instruments and criteria, the answer, the example mark', () => {
    const html = main(handbook.render('fragen/frage-weimar-frontoffice.html'));
    expect(html).toContain('<p class="hinweis"><span class="beispielfrage">Beispielfrage</span> Diese Frage ist ein Beispiel und wurde so nicht wörtlich gestellt; die Antwort gibt die berichteten Erfahrungen wieder.</p>');
    expect(html).toContain('<h2 id="abschnitt-frage">Die Frage</h2><blockquote class="frage-wortlaut"><p>Bei uns macht jede Sachbearbeiterin und jeder Sachbearbeiter alles: Beratung, Anträge, Telefon und Termine.');
    expect(html).toContain('<dt>Gefragt von</dt><dd>Landkreis in Sachsen</dd>');
    expect(html).toContain('<dt>Gefragt am</dt><dd>3. Dezember 2026</dd>');
    expect(html).toContain('<dt>Beantwortet von</dt><dd><a href="../standorte/weimar.html">Ausländerbehörde Weimar</a> <span class="nebensache">(Modellstandort, Thüringen)</span></dd>');
    expect(html).toContain('<dt>Instrumente</dt><dd><ul class="liste-kompakt"><li><a href="../instrumente/front-back-office.html">Front- und Back-Office-Teams</a></li><li><a href="../instrumente/servicepoint.html">Servicepoint (Front-Office)</a></li></ul></dd>');
    expect(html).toContain('<dt>Kriterien</dt><dd><ul class="liste-kompakt"><li><a href="../checkliste.html#kriterium-2-3">2.3</a> Die Sachbearbeitung kann ohne ständige Unterbrechungen arbeiten; Zuständigkeiten und Abläufe sind klar geregelt.</li></ul></dd>');
    expect(html).toContain('<h2 id="antwort">Antwort</h2>');
    expect(html).not.toContain('bo-ablaeufe');
    expect(html).toContain('data-pagefind-meta="art:Frage"');
  });

  it('a question an institution answered names it with its function contact and legal basis', () => {
    const html = main(handbook.render('fragen/frage-bamf-einarbeitung.html'));
    expect(html).toContain('<dt>Beantwortet von</dt><dd>Bundesamt für Migration und Flüchtlinge<ul class="kontakte"><li><strong>Zentrale</strong>, Bundesamt für Migration und Flüchtlinge<br>E-Mail: <a href="mailto:info@bamf.bund.de">info@bamf.bund.de</a><br>Website: <a href="https://www.bamf.de">www.bamf.de</a><br><span class="nebensache">Funktionspostfach der Institution</span></li></ul></dd>');
    expect(html).toContain('<dt>Gefragt von</dt><dd>Landkreis in Bayern</dd>');
  });

  it('„im Saarland“: the Land with the article', () => {
    expect(main(handbook.render('fragen/frage-bamf-serviceschalter.html'))).toContain('<dt>Gefragt von</dt><dd>Landkreis im Saarland</dd>');
  });
});

describe('backlinks both ways', () => {
  it('instrument ↔ question: each question links its instruments, each of them lists it under „Fragen aus der Praxis“', () => {
    let pairs = 0;
    for (const q of questions()) {
      const page = main(handbook.render(`fragen/${q.id}.html`));
      for (const instrument of ids(q.data!.instruments)) {
        expect(page, q.id).toContain(`<a href="../instrumente/${instrument}.html">`);
        const fragen = section(handbook.render(`instrumente/${instrument}.html`), 'abschnitt-fragen');
        expect(fragen, `${instrument} ← ${q.id}`).toContain(`<a href="../fragen/${q.id}.html">${q.data!.title}</a> <span class="beispielfrage">Beispielfrage</span>`);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThanOrEqual(23);
    expect(section(handbook.render('instrumente/front-back-office.html'), 'abschnitt-fragen')).toMatch(/^<section class="fragen" aria-labelledby="abschnitt-fragen"><h2 id="abschnitt-fragen">Fragen aus der Praxis<\/h2>/);
  });

  it('an instrument without questions says so and still offers „Frage stellen“', () => {
    const asked = new Set(questions().flatMap((q) => ids(q.data!.instruments)));
    const quiet = service.index.ofKind('instrument').find((i) => !asked.has(i.id!))!;
    const fragen = section(handbook.render(`instrumente/${quiet.id}.html`), 'abschnitt-fragen');
    expect(fragen).toContain('<p>Zu diesem Instrument ist noch keine Frage beantwortet.</p>');
    expect(askHref(fragen)).toMatch(/^mailto:info@bamf\.bund\.de\?subject=Frage%20zum%20Instrument%20/);
  });

  it('site ↔ question: Weimar lists exactly the questions it answered, each of them links Weimar', () => {
    const answered = questions().filter((q) => (q.data!.answered_by as { site?: string }).site === 'weimar').map((q) => q.id).sort();
    expect(answered).toHaveLength(10);
    const list = section(handbook.render('standorte/weimar.html'), 'abschnitt-fragen');
    expect(list).toContain('<h2 id="abschnitt-fragen">Fragen, die dieser Standort beantwortet hat</h2>');
    expect([...list.matchAll(/href="\.\.\/fragen\/([^"]+)\.html"/g)].map((m) => m[1]).sort()).toEqual(answered);
    for (const id of answered) expect(handbook.render(`fragen/${id}.html`)).toContain('<dt>Beantwortet von</dt><dd><a href="../standorte/weimar.html">');
    // A site that answered nothing has no such section.
    expect(handbook.render('standorte/chemnitz.html')).not.toContain('abschnitt-fragen');
  });

  it('instrument ↔ offer: each offer links its instruments, each of them shows it under „Fortbildung und Austausch“', () => {
    for (const o of offers()) {
      const page = main(handbook.render(`angebote/${o.id}.html`));
      for (const instrument of ids(o.data!.instruments)) {
        expect(page, o.id).toContain(`<li><a href="../instrumente/${instrument}.html">`);
        const angebote = section(handbook.render(`instrumente/${instrument}.html`), 'abschnitt-angebote');
        expect(angebote, `${instrument} ← ${o.id}`).toContain(`<h3 class="karte-titel"><a href="../angebote/${o.id}.html">${o.data!.title}</a></h3>`);
      }
    }
    expect(section(handbook.render('instrumente/kollegiale-fallberatung.html'), 'abschnitt-angebote')).toContain('<p class="nebensache">Kollegiale Beratung · Bundesamt für Migration und Flüchtlinge</p>');
    expect(main(handbook.render('angebote/angebot-lernevents.html'))).toContain('<dt>Format</dt><dd>Lernevent</dd>');
  });
});

describe('the overviews', () => {
  it('„Fragen und Antworten“ groups by Eckpunkt, then instrument, and lists every question', () => {
    const html = main(handbook.render('fragen/index.html'));
    const eckpunkte = [...html.matchAll(/<h2 id="fragen-([a-z-]+)">/g)].map((m) => m[1]);
    expect(eckpunkte).toEqual(['selbstverstaendnis', 'binnenorganisation', 'kompetenzen', 'erscheinungsbild', 'vernetzung']);
    for (const q of questions()) expect(html, q.id).toContain(`<a href="${q.id}.html">`);
    const binnen = section(html, 'fragen-binnenorganisation');
    expect(binnen).toContain('<h3><a href="../instrumente/servicepoint.html">Servicepoint (Front-Office)</a></h3><ul class="liste-kompakt"><li><a href="frage-bamf-serviceschalter.html">Was haben Serviceschalter und Terminsysteme im Modellprojekt bewirkt?</a> <span class="beispielfrage">Beispielfrage</span> <span class="nebensache">(Landkreis im Saarland, 3. Dezember 2026)</span></li>');
  });

  it('„Wen fragen?“: every site with its Land, the instruments it tried, its answers; contacts only as recorded', () => {
    const html = main(handbook.render('wen-fragen.html'));
    const sites = service.index.ofKind('site');
    expect([...html.matchAll(/<h3 class="karte-titel" id="standort-([a-z-]+)">/g)]).toHaveLength(sites.length);
    const weimar = html.split('<li class="karte">').find((entry) => entry.startsWith('<h3 class="karte-titel" id="standort-weimar">'))!;
    expect(weimar).toContain('<p class="nebensache">Modellstandort, Thüringen</p>');
    expect(weimar).toContain('Erprobte Instrumente: <a href="instrumente/grundkonzept.html">Grundkonzept und Ist-Analyse</a>');
    expect(weimar.match(/href="fragen\/frage-weimar-/g)).toHaveLength(10);
    // What a site tried is what it or an instrument records, not every instrument a case about it bears on.
    const kiel = html.split('<li class="karte">').find((entry) => entry.startsWith('<h3 class="karte-titel" id="standort-kiel">'))!;
    expect(kiel).toContain('Erprobte Instrumente: <a href="instrumente/verweisberatung.html">Verweisberatung</a></p>');
    expect(kiel).not.toContain('netzwerkkarte');
    // No site records a contact in the toolbox: none is shown, none invented.
    expect(weimar).toContain('<p class="nebensache">Der Werkzeugkoffer verzeichnet für diese Behörde keine Kontaktstelle.</p>');
    expect(section(html, 'wen-standorte')).not.toContain('mailto:');
    const institutions = section(html, 'wen-institutionen');
    expect(institutions).toContain('<h3 class="karte-titel" id="institution-1">Bundesamt für Migration und Flüchtlinge</h3>');
    expect(institutions.match(/mailto:info@bamf\.bund\.de/g)).toHaveLength(1);
    expect(institutions).toContain('<span class="nebensache">Funktionspostfach der Institution</span>');
  });

  it('„Wen fragen?“ shows a site’s function contact where the toolbox records one with its legal basis, and none otherwise', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'wk-wen-fragen-')), 'toolbox');
    cpSync(join(root, 'toolbox'), copy, { recursive: true });
    const withContacts = (site: string, contacts: string) => {
      const file = join(copy, 'standorte', `${site}.md`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^sources:/m, `contacts:\n${contacts}sources:`));
      return uriOf(file);
    };
    // Weimar: a function mailbox with its legal basis. Kiel: a contact without e-mail or phone, so without a legal
    // basis (valid, but nothing it may publish). Dresden: an e-mail without a legal basis, which check refuses.
    const weimar = withContacts('weimar', '  - role: Servicestelle der Ausländerbehörde\n    institution: Stadt Weimar\n    email: auslaenderbehoerde@weimar.example\n    legal_basis: funktionspostfach\n');
    const kiel = withContacts('kiel', '  - role: Ausländerbehörde\n    institution: Landeshauptstadt Kiel\n    url: https://www.kiel.example/\n');
    const dresden = withContacts('dresden', '  - role: Ausländerbehörde\n    institution: Landeshauptstadt Dresden\n    email: auslaenderbehoerde@dresden.example\n');
    const s = createLanguageService({ workspace: createFileWorkspace([copy]) });
    s.indexWorkspace();
    expect(s.diagnostics(weimar).filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.diagnostics(kiel).filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.diagnostics(dresden).some((d) => d.severity === 'error')).toBe(true);
    const html = section(main(createHandbook(s.index).render('wen-fragen.html')), 'wen-standorte');
    const entry = (site: string) => html.split('<li class="karte">').find((e) => e.startsWith(`<h3 class="karte-titel" id="standort-${site}">`))!;
    const none = '<p class="nebensache">Der Werkzeugkoffer verzeichnet für diese Behörde keine Kontaktstelle.</p>';
    expect(entry('weimar')).toContain('<ul class="kontakte"><li><strong>Servicestelle der Ausländerbehörde</strong>, Stadt Weimar<br>E-Mail: <a href="mailto:auslaenderbehoerde@weimar.example">auslaenderbehoerde@weimar.example</a><br><span class="nebensache">Funktionspostfach der Institution</span></li></ul>');
    expect(entry('weimar')).not.toContain(none);
    for (const site of ['kiel', 'dresden']) {
      expect(entry(site), site).toContain(none);
      expect(entry(site), site).not.toContain('<ul class="kontakte">');
    }
    expect(html).not.toMatch(/kiel\.example|dresden\.example/);
    // Every other site records none and shows none.
    expect(html.match(/<ul class="kontakte">/g)).toHaveLength(1);
    expect(html.split(none)).toHaveLength(s.index.ofKind('site').length);
  });

  it('„Fortbildung und Austausch“ lists every offer with format, provider and instruments', () => {
    const html = main(handbook.render('angebote/index.html'));
    expect(html).toContain('<p class="kurzbeschreibung">6 Angebote zu Fortbildung und Austausch, jeweils mit den Instrumenten, denen sie dienen.</p>');
    for (const o of offers()) expect(html, o.id).toContain(`<h2 class="karte-titel"><a href="${o.id}.html">${o.data!.title}</a></h2>`);
    expect(html).toContain('<p class="nebensache">Instrumente: <a href="../instrumente/fuehrungskraefte-coaching.html">Coaching von Führungskräften</a></p>');
  });
});

describe('„Frage stellen“', () => {
  it('without a template: a mailto: to the Impressum’s function mailbox, subject and body encoded', () => {
    expect(askHref(handbook.render('instrumente/terminsystem.html'))).toBe(TERMINSYSTEM_MAILTO);
    expect(askHref(handbook.render('fragen/index.html'))).toBe(
      'mailto:info@bamf.bund.de?subject=Frage%20zum%20Werkzeugkoffer%20Willkommensbeh%C3%B6rde&amp;body=Guten%20Tag%2C%0A%0Aich%20habe%20eine%20Frage%20zum%20Werkzeugkoffer%20Willkommensbeh%C3%B6rde.%0A%0AMeine%20Frage%3A%0A%0A%0AArt%20unserer%20Beh%C3%B6rde%20(Stadt%2C%20Landeshauptstadt%20oder%20Landkreis)%3A%0ABundesland%3A%0A%0ABitte%20schreiben%20Sie%2C%20was%20Sie%20vorhaben%20und%20woran%20es%20hakt.%20Nennen%20Sie%20keine%20Namen%2C%20Aktenzeichen%20oder%20andere%20personenbezogene%20Daten%20von%20Kundinnen%20und%20Kunden%2C%20auch%20nicht%20von%20Kolleginnen%20und%20Kollegen.',
    );
    // Every instrument page has exactly one.
    for (const i of service.index.ofKind('instrument')) expect(handbook.render(`instrumente/${i.id}.html`).match(/>Frage stellen<\/a>/g), i.id).toHaveLength(1);
  });

  it('with a template: the issue form’s URL with the instrument’s title URL-encoded, empty on the overview', () => {
    const hb = handbookOf(join(root, 'toolbox'), `https://github.com/bamf/werkzeugkoffer/issues/new?template=frage.yml&${QUESTION_FORM_FIELD}=${INSTRUMENT_PLACEHOLDER}`);
    expect(askHref(hb.render('instrumente/servicepoint.html'))).toBe('https://github.com/bamf/werkzeugkoffer/issues/new?template=frage.yml&amp;instrument=Servicepoint%20(Front-Office)');
    expect(askHref(hb.render('instrumente/oeffentlichkeitsarbeit.html'))).toBe('https://github.com/bamf/werkzeugkoffer/issues/new?template=frage.yml&amp;instrument=Proaktive%20%C3%96ffentlichkeitsarbeit');
    expect(askHref(hb.render('fragen/index.html'))).toBe('https://github.com/bamf/werkzeugkoffer/issues/new?template=frage.yml&amp;instrument=');
  });

  it('refuses a template without {instrument} or with another scheme, as the CLI and the editor do', () => {
    expect(() => handbookOf(join(root, 'toolbox'), 'https://github.com/bamf/werkzeugkoffer/issues/new?template=frage.yml')).toThrow(
      /^questionUrl: In „https:\/\/github\.com\/bamf\/werkzeugkoffer\/issues\/new\?template=frage\.yml“ fehlt der Platzhalter \{instrument\} \(oder \{titel\} für den Betreff\); ohne ihn öffnet „Frage stellen“ das Formular ohne das Instrument\./,
    );
    for (const scheme of ['javascript:alert(1)//{instrument}', 'data:text/html,{instrument}']) {
      expect(() => handbookOf(join(root, 'toolbox'), scheme), scheme).toThrow(`questionUrl erwartet eine http(s)-Adresse, nicht „${scheme}“.`);
    }
  });

  it('with the GitLab template of the README: the subject in title and description; on the overview the general subject', () => {
    const hb = handbookOf(join(root, 'toolbox'), README_GITLAB_URL);
    const base = 'https://gitlab.example/GRUPPE/PROJEKT/-/issues/new?issuable_template=Frage';
    const terminsystem = 'Frage%20zum%20Instrument%20%E2%80%9ETerminsystem%E2%80%9C';
    expect(askHref(hb.render('instrumente/terminsystem.html'))).toBe(`${base}&amp;issue[title]=${terminsystem}&amp;issue[description]=${terminsystem}`);
    const general = 'Frage%20zum%20Werkzeugkoffer%20Willkommensbeh%C3%B6rde';
    expect(askHref(hb.render('fragen/index.html'))).toBe(`${base}&amp;issue[title]=${general}&amp;issue[description]=${general}`);
  });

  it('an older GitLab link with the instrument in a phrase: on the overview the general subject, not „Frage zum Instrument “', () => {
    const hb = handbookOf(join(root, 'toolbox'), `https://gitlab.example/g/p/-/issues/new?issuable_template=Frage&issue[title]=Frage%20zum%20Instrument%20${INSTRUMENT_PLACEHOLDER}#neu`);
    expect(askHref(hb.render('instrumente/terminsystem.html'))).toBe('https://gitlab.example/g/p/-/issues/new?issuable_template=Frage&amp;issue[title]=Frage%20zum%20Instrument%20Terminsystem#neu');
    expect(askHref(hb.render('fragen/index.html'))).toBe('https://gitlab.example/g/p/-/issues/new?issuable_template=Frage&amp;issue[title]=Frage%20zum%20Werkzeugkoffer%20Willkommensbeh%C3%B6rde#neu');
  });

  it('the mailbox is the Impressum’s data: another address there, another link; no mailbox and no template, no link', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'wk-frage-')), 'toolbox');
    cpSync(join(root, 'toolbox'), copy, { recursive: true });
    const impressum = join(copy, 'seiten', 'impressum.md');
    writeFileSync(impressum, readFileSync(impressum, 'utf8').replace('email: info@bamf.bund.de', 'email: redaktion@example.org'));
    expect(askHref(handbookOf(copy).render('instrumente/terminsystem.html'))).toBe(TERMINSYSTEM_MAILTO.replace('info@bamf.bund.de', 'redaktion@example.org'));
    writeFileSync(impressum, readFileSync(impressum, 'utf8').replace('    legal_basis: funktionspostfach\n', ''));
    const without = handbookOf(copy).render('instrumente/terminsystem.html');
    expect(without).not.toContain('Frage stellen');
    expect(without).toContain('<h2 id="abschnitt-fragen">Fragen aus der Praxis</h2>');
  });

  it('the new pages load nothing: no script but the site’s own, no src or stylesheet from another host', () => {
    const paths = ['fragen/index.html', 'wen-fragen.html', 'angebote/index.html', 'instrumente/terminsystem.html', 'standorte/weimar.html', ...questions().map((q) => `fragen/${q.id}.html`), ...offers().map((o) => `angebote/${o.id}.html`)];
    for (const path of paths) {
      const html = handbook.render(path);
      expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), path).toEqual([`<script src="${path.includes('/') ? '../' : ''}assets/suche.js" defer>`]);
      expect(html, path).not.toMatch(/\ssrc="(https?:)?\/\//);
      expect([...html.matchAll(/<link\b[^>]*href="([^"]*)"/g)].map((m) => m[1]!).filter((h) => /^(https?:)?\/\//.test(h)), path).toEqual([]);
      expect(html, path).not.toMatch(/<(iframe|img|form)\b[^>]*\s(src|action)="https?:/);
    }
  });
});

describe('after a change', () => {
  it('a question rewrites its own page, its instruments’ and its site’s pages, the overviews and the print edition', () => {
    const uri = uriOf(join(root, 'toolbox', 'fragen', 'frage-weimar-frontoffice.md'));
    const original = service.document(uri)!.text;
    try {
      service.update(uri, { text: original.replace('title: Wie lässt sich die Arbeit in Front- und Back-Office aufteilen?', 'title: Wie teilt man Front- und Back-Office auf?') });
      const plan = handbook.update([uri]);
      expect(plan.write).toEqual(expect.arrayContaining(['fragen/frage-weimar-frontoffice.html', 'instrumente/front-back-office.html', 'instrumente/servicepoint.html', 'standorte/weimar.html', 'fragen/index.html', 'wen-fragen.html', 'druck.html']));
      expect(plan.write).not.toContain('instrumente/leitbild.html');
      expect(section(handbook.render('standorte/weimar.html'), 'abschnitt-fragen')).toContain('>Wie teilt man Front- und Back-Office auf?</a>');
    } finally {
      service.update(uri, { text: original });
      handbook.update([uri]);
    }
  });
});

describe('the offer formats', () => {
  it('have a German word for every value of the schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'angebot.schema.json'), 'utf8'));
    expect(Object.keys(OFFER_FORMAT)).toEqual(schema.properties.format.enum);
  });
});

describe('the print edition', () => {
  it('has the questions and offers as chapters, and the instruments name theirs, all as anchors on the page', () => {
    const html = handbook.render('druck.html');
    expect(html).toContain('<h2 id="druck-fragen-titel">Fragen und Antworten</h2>');
    expect(html).toContain('<h2 id="druck-angebote-titel">Fortbildung und Austausch</h2>');
    for (const q of questions()) expect(html, q.id).toContain(`<article class="druck-dokument" id="frage-${q.id}"`);
    for (const o of offers()) expect(html, o.id).toContain(`<article class="druck-dokument" id="angebot-${o.id}"`);
    expect(html).toMatch(/<dt>Fragen aus der Praxis<\/dt><dd><a href="#frage-frage-[a-z-]+">/);
    const fallberatung = html.match(/<article class="druck-dokument" id="instrument-kollegiale-fallberatung"[^]*?<\/article>/)![0];
    expect(fallberatung).toMatch(/<dt>Fortbildung und Austausch<\/dt><dd>[^]*?<a href="#angebot-angebot-kollegiale-beratung-behoerden">Kollegiale Beratung zwischen Ausländerbehörden<\/a>[^]*?<\/dd>/);
    const anchors = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const missing = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]).filter((a) => !anchors.has(a));
    expect(missing).toEqual([]);
  });
});

describe('the issue forms', () => {
  const form = parse(readFileSync(join(root, '.github', 'ISSUE_TEMPLATE', 'frage.yml'), 'utf8')) as { body: { type: string; id?: string; attributes: { label: string; options?: (string | { label: string; required?: boolean })[] } }[] };
  const field = (id: string) => form.body.find((b) => b.id === id)!;

  it('GitHub: the field the handbook pre-fills has the parameter’s name; the authority and Land options are the schema’s', () => {
    expect(field(QUESTION_FORM_FIELD)).toMatchObject({ type: 'input', attributes: { label: 'Instrument' } });
    expect(field('frage')).toMatchObject({ type: 'textarea', attributes: { label: 'Frage' } });
    expect(field('behoerde').attributes.options).toEqual(Object.values(AUTHORITY));
    expect(field('bundesland').attributes.options).toEqual([...BUNDESLAENDER]);
    expect(field('datenschutz')).toMatchObject({ type: 'checkboxes', attributes: { options: [{ required: true }] } });
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`issues/new?template=frage.yml&${QUESTION_FORM_FIELD}=${INSTRUMENT_PLACEHOLDER}`);
  });

  it('GitLab: the template asks the same things under the same labels', () => {
    const gitlab = readFileSync(join(root, '.gitlab', 'issue_templates', 'Frage.md'), 'utf8');
    const headings = [...gitlab.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(form.body.filter((b) => b.type !== 'markdown').map((b) => b.attributes.label));
    expect(gitlab).toContain(TITLE_PLACEHOLDER);
    expect(gitlab).toContain(README_GITLAB_URL);
  });

  it('GitLab: the prompts under the template’s headings are exactly the ones the intake skips', () => {
    const gitlab = readFileSync(join(root, '.gitlab', 'issue_templates', 'Frage.md'), 'utf8').replace(/<!--[^]*?-->/g, '');
    const sections = gitlab.split(/^### /m).slice(1).map((part) => {
      const [label, ...lines] = part.split('\n');
      const prompt = lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('- [ ]') && !l.startsWith('/')).join(' ');
      return { label: label!.trim(), prompt: prompt || undefined };
    });
    expect(sections.filter((section) => section.label !== 'Datenschutz')).toEqual(QUESTION_FORM.map(({ label, prompt }) => ({ label, prompt })));
  });

  it('GitLab: the template as GitLab opens it from the handbook, filled in and pasted with its title, is taken in with its instrument', () => {
    const template = readFileSync(join(root, '.gitlab', 'issue_templates', 'Frage.md'), 'utf8');
    const href = askHref(handbookOf(join(root, 'toolbox'), README_GITLAB_URL).render('instrumente/terminsystem.html'))!.replace(/&amp;/g, '&');
    const parameters = new URL(href).searchParams;
    expect(parameters.get('issue[title]')).toBe('Frage zum Instrument „Terminsystem“');
    // GitLab (14.8 and later) appends issue[description] to the template; the asker types under the prompts.
    const description = `${template}\n${parameters.get('issue[description]')}`
      .replace('hakt.\n', 'hakt.\n\nWie vergeben wir Termine, ohne Kundinnen ohne Termin abzuweisen?\n')
      .replace('Landkreis.\n', 'Landkreis.\n\nStadt\n')
      .replace('### Bundesland\n', '### Bundesland\n\nThüringen\n');
    for (const pasted of [`${parameters.get('issue[title]')}\n\n${description}`, description]) {
      const result = questionFromText(pasted, service.index, { today: '2026-12-04' });
      expect(result.instrument).toBe('terminsystem');
      expect(result.notes).toEqual([]);
      expect(result.text).toContain('question: Wie vergeben wir Termine, ohne Kundinnen ohne Termin abzuweisen?\n');
      expect(result.text).toContain('asked_by:\n  authority: stadt\n  bundesland: Thüringen\n');
    }
    // The template alone, nothing typed: no prompt is read as an answer.
    const untouched = questionFromText(template, service.index, { today: '2026-12-04' });
    expect(untouched.instrument).toBeNull();
    expect(untouched.text).toContain('question: ""\n');
    expect(untouched.text).toContain('asked_by:\n  authority: ""\n  bundesland: ""\n');
  });
});
