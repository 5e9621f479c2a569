// `werkzeugkoffer build` as CI runs it: refuses broken content with located messages, protects folders it
// did not write, writes sitemap and 404 for a base URL, prints the PDF with an outline through Chromium
// (and says clearly when Chromium is missing); and the engine's page model rebuilds only what a change shows.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLanguageService } from '../../server/src/engine';
import { createHandbook } from '../../server/src/engine/handbook';
import { renderMarkdown } from '../../server/src/engine/render/markdown';
import { createFileWorkspace, uriOf } from '../../server/src/node/fileWorkspace';
import { buildSite } from '../../server/src/node/handbook/site';
import { cli, ensureChromium, root } from './browser';
import { ensurePdfTools } from '../setup/debianPackages';

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let toolbox: string;
const edit = (path: string, change: (text: string) => string) => {
  const file = join(toolbox, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wk-build-'));
  toolbox = join(dir, 'toolbox');
  cpSync(join(root, 'toolbox'), toolbox, { recursive: true });
});

afterAll(() => undefined);

describe('werkzeugkoffer build', () => {
  it('never publishes a file from outside the toolbox: a link out and a symbolic link out are located errors (WK803), and the site copies neither', async () => {
    const work = join(dir, 'hinaus');
    cpSync(toolbox, join(work, 'toolbox'), { recursive: true });
    writeFileSync(join(work, 'geheim.txt'), 'GEHEIM-AUSSERHALB\n');
    symlinkSync(join(work, 'geheim.txt'), join(work, 'toolbox', 'instrumente', 'anhang.txt'));
    const file = join(work, 'toolbox', 'instrumente', 'terminsystem.md');
    const text = readFileSync(file, 'utf8').replace('(servicepoint.md)', '(servicepoint.md), [Anhang](anhang.txt), [Geheim](../../geheim.txt)');
    writeFileSync(file, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('(anhang.txt)')) + 1;
    const column = (needle: string) => lines[line - 1]!.indexOf(needle) + 1;
    for (const command of ['check', 'build']) {
      const result = run(command === 'check' ? ['check', 'toolbox'] : ['build', 'toolbox', '--out', 'site'], work);
      expect(result.code).toBe(1);
      const output = command === 'check' ? result.stdout : result.stderr;
      expect(output).toContain(`toolbox/instrumente/terminsystem.md:${line}:${column('anhang.txt')} Fehler WK803 Der Link führt aus dem Werkzeugkoffer hinaus: „anhang.txt“.`);
      expect(output).toContain(`toolbox/instrumente/terminsystem.md:${line}:${column('../../geheim.txt')} Fehler WK803 Der Link führt aus dem Werkzeugkoffer hinaus: „../../geheim.txt“.`);
    }
    expect(existsSync(join(work, 'site'))).toBe(false);
    // The last guard: even a build that skips the check copies nothing from outside.
    const service = createLanguageService({ workspace: createFileWorkspace([join(work, 'toolbox')]) });
    service.indexWorkspace();
    await buildSite(service, { out: join(work, 'ohne-pruefung'), search: false });
    const site = join(work, 'ohne-pruefung');
    const leaked = (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[]).filter((path) => {
      const full = join(site, path);
      return statSync(full).isFile() && readFileSync(full, 'utf8').includes('GEHEIM-AUSSERHALB');
    });
    expect(leaked).toEqual([]);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
  });

  it('refuses to publish broken content: exit 1, located messages in the human format, nothing written', () => {
    const broken = join(dir, 'kaputt');
    cpSync(toolbox, join(broken, 'toolbox'), { recursive: true });
    const file = join(broken, 'toolbox', 'instrumente', 'terminsystem.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('(servicepoint.md)', '(servicepoint.md#gibt-es-nicht)').replace(/^effort: \w+$/m, 'effort: mitel'));
    const result = run(['build', 'toolbox', '--out', 'site'], broken);
    expect(result.code).toBe(1);
    const lines = readFileSync(file, 'utf8').split('\n');
    const effortLine = lines.findIndex((l) => l === 'effort: mitel') + 1;
    expect(result.stderr).toContain(`toolbox/instrumente/terminsystem.md:${effortLine}:9 Fehler WK402`);
    expect(result.stderr).toMatch(/toolbox\/instrumente\/terminsystem\.md:\d+:\d+ Fehler WK802 Den Anker „#gibt-es-nicht“ gibt es in „[a-z-]+\.md“ nicht/);
    expect(result.stderr).toContain('Das Handbuch wurde nicht gebaut: 2 Fehler');
    expect(existsSync(join(broken, 'site'))).toBe(false);
  });

  it('builds with a base URL: absolute sitemap, 404 page linking from the site root, a second build replaces the first', () => {
    const result = run(['build', 'toolbox', '--out', 'site', '--base-url', 'https://example.org/handbuch'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Handbuch gebaut: \d+ Seiten in site/);
    const sitemap = readFileSync(join(dir, 'site', 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/handbuch/instrumente/terminsystem.html</loc>');
    expect(sitemap).toContain('<loc>https://example.org/handbuch/</loc>');
    const notFound = readFileSync(join(dir, 'site', '404.html'), 'utf8');
    expect(notFound).toContain('href="/handbuch/suche.html"');
    expect(notFound).toContain('href="/handbuch/assets/handbuch.css"');
    writeFileSync(join(dir, 'site', 'alt.html'), 'alt');
    expect(run(['build', 'toolbox', '--out', 'site'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'site', 'alt.html'))).toBe(false);
  }, 120_000); // two whole builds with their search index

  it('does not replace a folder it did not write', () => {
    mkdirSync(join(dir, 'fremd'));
    writeFileSync(join(dir, 'fremd', 'wichtig.txt'), 'nicht löschen');
    const result = run(['build', 'toolbox', '--out', 'fremd'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('enthält Dateien, die nicht aus einem früheren „werkzeugkoffer build“ stammen');
    expect(readFileSync(join(dir, 'fremd', 'wichtig.txt'), 'utf8')).toBe('nicht löschen');
  });

  it('--pdf without Chromium: a clear German message and exit 2', () => {
    const env = { ...process.env, PATH: join(dir, 'leer'), WERKZEUGKOFFER_CHROMIUM: '' };
    const result = run(['build', 'toolbox', '--out', 'ohne-chromium', '--pdf'], dir, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Für die PDF-Ausgabe wird Chromium gebraucht');
    expect(existsSync(join(dir, 'ohne-chromium'))).toBe(false);
  });

  it('--pdf prints the print edition with Chromium, with a document outline', () => {
    ensureChromium();
    const result = run(['build', 'toolbox', '--out', 'mit-pdf', '--pdf'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = join(dir, 'mit-pdf', 'werkzeugkoffer.pdf');
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes(Buffer.from('/Outlines'))).toBe(true);
    // The text is there, and the first pages are rendered for a look.
    ensurePdfTools();
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(text).toContain('Terminsystem');
    expect(text).toContain('Checkliste zur Standortbestimmung');
    mkdirSync(join(root, 'test-results'), { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdf, join(root, 'test-results', 'handbuch-pdf')]);
  }, 180_000);
});

describe('the page model (engine)', () => {
  function load() {
    const service = createLanguageService({ workspace: createFileWorkspace([toolbox]) });
    service.indexWorkspace();
    return { service, handbook: createHandbook(service.index) };
  }

  it('after a change to a case, writes its page, the pages that show it, the lists and the print edition — not the site', () => {
    const { service, handbook } = load();
    const total = handbook.paths().length;
    const uri = uriOf(join(toolbox, 'praxis', 'weimar-servicepoint.md'));
    const text = service.document(uri)!.text.replace(/^title: .*$/m, 'title: "Weimar: Termine am Servicepoint"');
    service.update(uri, { text });
    const plan = handbook.update([uri]);
    expect(plan.write).toEqual(expect.arrayContaining(['praxis/weimar-servicepoint.html', 'praxis/index.html', 'instrumente/terminsystem.html', 'instrumente/servicepoint.html', 'instrumente/aufrufanlage.html', 'standorte/weimar.html', 'druck.html']));
    expect(plan.write).not.toContain('instrumente/leitbild.html');
    expect(plan.write.length).toBeLessThan(total / 3);
    expect(plan.remove).toEqual([]);
    expect(handbook.render('instrumente/terminsystem.html')).toContain('Weimar: Termine am Servicepoint');
    expect(handbook.render('druck.html')).toContain('Weimar: Termine am Servicepoint');
  });

  it('after an instrument moves within its Eckpunkt, its neighbours are written again (previous/next)', () => {
    const { service, handbook } = load();
    const uri = uriOf(join(toolbox, 'instrumente', 'terminsystem.md'));
    service.update(uri, { text: service.document(uri)!.text.replace(/^order: \d+$/m, 'order: 9') });
    const plan = handbook.update([uri]);
    const neighbours = handbook.model.instrumentsOf.get('binnenorganisation')!.map((d) => d.id);
    expect(neighbours[neighbours.length - 1]).toBe('terminsystem');
    expect(plan.write).toEqual(expect.arrayContaining(['instrumente/terminsystem.html', `instrumente/${neighbours[neighbours.length - 2]}.html`, 'instrumente/servicepoint.html']));
  });

  it('a removed case disappears, and the instruments it showed lose their backlink', () => {
    const { service, handbook } = load();
    const uri = uriOf(join(toolbox, 'praxis', 'weimar-campus.md'));
    service.remove(uri);
    const plan = handbook.update([uri]);
    expect(plan.remove).toEqual(['praxis/weimar-campus.html']);
    expect(plan.write).toContain('sitemap.xml');
    expect(plan.write).toContain('instrumente/mobiler-arbeitsplatz.html');
    expect(handbook.render('instrumente/mobiler-arbeitsplatz.html')).not.toContain('weimar-campus.html');
  });

  it('„In der Praxis“ lists every case and site that refers to the instrument, from the index', () => {
    const { service, handbook } = load();
    const html = handbook.render('instrumente/terminsystem.html');
    const practice = html.slice(html.indexOf('id="abschnitt-praxis"'));
    const referrers = service.index.referrersOf('terminsystem').filter((d) => d.kind === 'case' || d.kind === 'site');
    expect(referrers.length).toBeGreaterThan(0);
    for (const referrer of referrers) expect(practice).toContain(`${referrer.kind === 'case' ? 'praxis' : 'standorte'}/${referrer.id}.html`);
  });
});

describe('the shared renderer in the handbook', () => {
  it('turns relative .md links into links to the generated pages and keeps the anchors, slugged like the link rule', () => {
    const { service } = (() => {
      const s = createLanguageService({ workspace: createFileWorkspace([toolbox]) });
      s.indexWorkspace();
      return { service: s };
    })();
    const handbook = createHandbook(service.index);
    const html = handbook.render('eckpunkte/binnenorganisation.html');
    expect(html).toContain('href="../instrumente/terminsystem.html"');
    const uri = uriOf(join(toolbox, 'instrumente', 'terminsystem.md'));
    const slugs = service.document(uri)!.body.headings.map((h) => h.slug);
    const page = handbook.render('instrumente/terminsystem.html');
    for (const slug of slugs) expect(page).toContain(`id="${slug}"`);
    expect(renderMarkdown('## Öffentlichkeit und Außenwirkung')).toContain('id="öffentlichkeit-und-außenwirkung"');
  });
});

describe('werkzeugkoffer build --question-url', () => {
  it('puts the issue-form template into „Frage stellen“ with the instrument’s title; anything but an http(s) address is a usage error', () => {
    const template = 'https://github.com/bamf/werkzeugkoffer/issues/new?template=frage.yml&instrument={instrument}';
    const built = run(['build', 'toolbox', '--out', 'mit-formular', '--no-search', '--question-url', template], dir);
    expect(built.code, built.stderr).toBe(0);
    const page = readFileSync(join(dir, 'mit-formular', 'instrumente', 'terminsystem.html'), 'utf8');
    expect(page).toContain('<a class="knopf" href="https://github.com/bamf/werkzeugkoffer/issues/new?template=frage.yml&amp;instrument=Terminsystem">Frage stellen</a>');
    expect(readFileSync(join(dir, 'mit-formular', 'fragen', 'index.html'), 'utf8')).toContain('<a class="knopf" href="https://github.com/bamf/werkzeugkoffer/issues/new?template=frage.yml&amp;instrument=">Frage stellen</a>');
    const wrong = run(['build', 'toolbox', '--out', 'falsch', '--question-url', 'javascript:alert(1)'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('werkzeugkoffer build: --question-url erwartet eine http(s)-Adresse, nicht „javascript:alert(1)“.');
    expect(existsSync(join(dir, 'falsch'))).toBe(false);
  });

  it('refuses a template without {instrument} with exit code 2 and builds nothing: its links would carry no instrument', () => {
    const plain = 'https://github.com/bamf/werkzeugkoffer/issues/new?template=frage.yml';
    const without = run(['build', 'toolbox', '--out', 'ohne-platzhalter', '--no-search', '--question-url', plain], dir);
    expect(without.code).toBe(2);
    expect(without.stdout).toBe('');
    expect(without.stderr).toMatch(new RegExp(`^werkzeugkoffer build: --question-url: In „${plain.replace(/[.?]/g, '\\$&')}“ fehlt der Platzhalter \\{instrument\\} \\(oder \\{titel\\} für den Betreff\\); ohne ihn öffnet „Frage stellen“ das Formular ohne das Instrument\\. Setzen Sie \\{instrument\\} dort ein, wo das Formular das Instrument übernimmt, etwa „&instrument=\\{instrument\\}“`));
    expect(without.stderr).toContain('Aufruf: werkzeugkoffer build');
    expect(existsSync(join(dir, 'ohne-platzhalter'))).toBe(false);
    // Copied from a browser's address bar, the placeholder is URL-encoded: the message names it.
    const encoded = run(['build', 'toolbox', '--out', 'kodiert', '--no-search', '--question-url', `${plain}&instrument=%7Binstrument%7D`], dir);
    expect(encoded.code).toBe(2);
    expect(encoded.stderr).toContain('„%7Binstrument%7D“ ist nicht der Platzhalter: Er heißt genau {instrument}, mit geschweiften Klammern und klein geschrieben.');
    const data = run(['build', 'toolbox', '--out', 'daten', '--question-url', 'data:text/html,{instrument}'], dir);
    expect(data.code).toBe(2);
    expect(data.stderr).toContain('werkzeugkoffer build: --question-url erwartet eine http(s)-Adresse, nicht „data:text/html,{instrument}“.');
    expect(existsSync(join(dir, 'kodiert'))).toBe(false);
    expect(existsSync(join(dir, 'daten'))).toBe(false);
  });
});
