// The consultant's commands through the real CLI process: plan new, render (HTML and PDF) and update.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureChromium } from './handbook/browser';
import { ensurePdfTools } from './setup/debianPackages';
import { localToday } from '../server/src/node/clock';

const root = join(__dirname, '..');
const cli = join(root, 'bin', 'werkzeugkoffer.js');
let dir: string;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function frontmatter(path: string) {
  return parse(readFileSync(join(dir, path), 'utf8').split(/^---$/m)[1]!);
}

type Frontmatter = Record<string, unknown> & { measures?: Record<string, unknown>[] };

/** A plan as `plan new` proposed it: the office's monitoring (updates, reached milestones, the reporting date) left
 * out and the first Standortbestimmung back as the current one. The indicators are the builder's, whole. */
function asProposed({ earlier_assessments: earlier, reporting: _reporting, ...plan }: Frontmatter): Frontmatter {
  const first = (earlier as { assessed: string; assessment: unknown }[] | undefined)?.[0];
  return {
    ...plan,
    ...(first ? { assessed: first.assessed, assessment: first.assessment } : {}),
    measures: plan.measures?.map(({ updates: _updates, milestones, ...measure }) => ({
      ...measure,
      milestones: (milestones as Record<string, unknown>[] | undefined)?.map(({ reached: _reached, ...milestone }) => milestone),
    })),
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wk-plan-'));
  cpSync(join(root, 'toolbox'), join(dir, 'toolbox'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('werkzeugkoffer plan', () => {
  it('regenerates the example plans from their first assessments exactly as they are in the toolbox (apart from the body and the monitoring)', () => {
    for (const name of ['landkreis-beispielhausen', 'stadt-musterstadt']) {
      // The edition (status, version, Stand, author) is the consultant's, like the body; a new plan is a first
      // draft dated the day it is made. So is the monitoring: Musterstadt's history and its second
      // Standortbestimmung are written into the plan.
      const { edition, ...committed } = frontmatter(`toolbox/plaene/plan-${name}.md`);
      expect(edition.status).toMatch(/^(entwurf|abgestimmt|beschlossen)$/);
      const result = run(['plan', 'new', '--assessment', `toolbox/plaene/bewertungen/${name}.yaml`, '--start', '2027-01', '--capacity', '3', '--limit', '8', '--title', committed.title, '--out', `toolbox/plaene/plan-${name}.md`, '--force']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const { edition: draft, ...generated } = frontmatter(`toolbox/plaene/plan-${name}.md`);
      expect(draft).toEqual({ status: 'entwurf', version: '0.1', date: localToday() });
      expect(asProposed(generated)).toEqual(asProposed(committed));
    }
  });

  it('refuses to overwrite a plan and reports a broken assessment at its place', () => {
    writeFileSync(join(dir, 'kaputt.yaml'), 'assessment:\n  bo-wartezeiten: { status: 2, relevance: 5 }\n  bo-wartezeitn: { status: 2, relevance: 5 }\n  bo-ablaeufe: { status: 7, relevance: 5 }\n');
    const broken = run(['plan', 'new', '--agency', 'ABH Test', '--bundesland', 'Hessen', '--assessment', 'kaputt.yaml', '--out', 'neu/test.md']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('kaputt.yaml:3:3 Fehler Unbekanntes Kriterium „bo-wartezeitn“. Meinten Sie „bo-wartezeiten“?');
    expect(broken.stderr).toContain('kaputt.yaml:4:16 Fehler „bo-ablaeufe“: „status“ und „relevance“ müssen ganze Zahlen von 1 bis 5');
    const exists = run(['plan', 'new', '--agency', 'X', '--bundesland', 'Hessen', '--assessment', 'toolbox/plaene/bewertungen/stadt-musterstadt.yaml', '--out', 'toolbox/plaene/plan-stadt-musterstadt.md']);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('gibt es schon');
  });

  it('renders a self-contained plan view with every part and accessible charts', () => {
    const result = run(['plan', 'render', 'toolbox/plaene/plan-stadt-musterstadt.md', '--out', 'ausgabe/plan.html']);
    expect(result.code).toBe(0);
    // Soft hyphens (German hyphenation of table text) aside, the text is as written.
    const html = readFileSync(join(dir, 'ausgabe/plan.html'), 'utf8').replace(/\u00ad/g, '');
    for (const heading of ['Inhalt', 'Einschätzung der Beratung', 'Profil der Behörde', 'Bedarfe nach Rang', 'Zeitplan', 'Aktionsplan', 'Die Maßnahmen im Einzelnen', 'Anhang: Die Instrumente']) expect(html).toMatch(new RegExp(`<h2 id="[a-z-]+"(?: class="[a-z-]+")?>${heading}</h2>`));
    for (const column of ['Was?', 'Wer?', 'Mit wem?', 'Womit?', 'Bis wann?', 'Aufbauend auf']) expect(html).toContain(`<th scope="col">${column}</th>`);
    const svgs = html.match(/<svg role="img" aria-labelledby="([\w-]+) ([\w-]+)"/g) ?? [];
    expect(svgs).toHaveLength(4);
    for (const id of ['profil', 'raster', 'bedarf', 'zeitplan']) expect(html).toMatch(new RegExp(`<title id="${id}-titel">[^<]+</title><desc id="${id}-beschreibung">[^<]{20,}</desc>`));
    expect(html).toContain('Bedarf = Relevanz × (5 − Stand)');
    expect(html).toContain('Noch zu klären');
    expect(html).toMatch(/<h4>Ziel<\/h4>/);
    expect(html).toMatch(/<h4>Umsetzungsschritte<\/h4>\s*<ol>/);
    // Without the address of a published handbook, the handed-over file links nowhere (no relative paths).
    expect(html).toMatch(/<h4>Aus der Praxis<\/h4><p>[^<]+ – /);
    expect(html).not.toMatch(/href="(?!#)/);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('links a handed-over plan only to the published handbook, with absolute addresses', () => {
    const result = run(['plan', 'render', 'toolbox/plaene/plan-stadt-musterstadt.md', '--out', 'ausgabe/verlinkt.html', '--handbook-url', 'https://handbuch.example.org/werkzeugkoffer/']);
    expect(result.code).toBe(0);
    const html = readFileSync(join(dir, 'ausgabe/verlinkt.html'), 'utf8');
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(links).toContain('https://handbuch.example.org/werkzeugkoffer/instrumente/servicepoint.html');
    expect(links.filter((l) => !l.startsWith('#') && !l.startsWith('https://handbuch.example.org/werkzeugkoffer/'))).toEqual([]);
    const relative = run(['plan', 'render', 'toolbox/plaene/plan-stadt-musterstadt.md', '--handbook-url', '../dist/handbook']);
    expect(relative.code).toBe(2);
    expect(relative.stderr).toContain('--handbook-url erwartet die Adresse des veröffentlichten Handbuchs (https://…), nicht „../dist/handbook“.');
  });

  it('writes an export into the folder that .gitignore keeps out of commits', () => {
    const result = run(['plan', 'render', 'toolbox/plaene/plan-landkreis-beispielhausen.md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Plan-Ansicht geschrieben: export/plan-landkreis-beispielhausen.html\n');
    expect(existsSync(join(dir, 'export/plan-landkreis-beispielhausen.html'))).toBe(true);
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', 'export/plan-landkreis-beispielhausen.pdf'], { cwd: root });
    expect(ignored.status).toBe(0);
  });

  it('summarises a new plan in German: instruments by title, open criteria by statement, no ids', () => {
    const result = run(['plan', 'new', '--assessment', 'toolbox/plaene/bewertungen/stadt-musterstadt.yaml', '--start', '2027-01', '--out', 'neu/plan-zusammenfassung.md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('10 Maßnahmen ab Jan. 2027, höchstens 3 gleichzeitig; 27 Kriterien bewertet.');
    // The Einarbeitungskonzept is small, but it waits for the Handlungsleitlinien: not a Sofortmaßnahme.
    expect(result.stdout).toContain('  Sofortmaßnahme: „Kollegiale Fallberatung“\n');
    expect(result.stdout).toContain('  Noch zu klären (nicht bewertet):\n    – Bei der Auswahl neuen Personals werden Service- und interkulturelle Kompetenz gezielt geprüft.\n');
    expect(result.stdout).not.toMatch(/Quick|km-personalauswahl|vn-wirtschaft/);
  });

  it('re-generates after a changed assessment, shows the diff and keeps the edits', () => {
    const plan = join(dir, 'toolbox/plaene/plan-stadt-musterstadt.md');
    const original = readFileSync(plan, 'utf8');
    writeFileSync(plan, original.replace(/(- instrument: terminsystem\n {4}owner:) .*/, '$1 Sachgebiet Service (Frau Leitung)').replace('## Nächste Schritte', '## Nächste Schritte\n\nNotiz der Beraterin.'));
    const assessment = readFileSync(join(dir, 'toolbox/plaene/bewertungen/stadt-musterstadt.yaml'), 'utf8').replace(/(bo-wartezeiten:\n {4}status:) 1/, '$1 4').replace(/(km-personalauswahl:\n {4}status:) unbekannt/, '$1 1');
    writeFileSync(join(dir, 'neu.yaml'), assessment);
    const dry = run(['plan', 'update', 'toolbox/plaene/plan-stadt-musterstadt.md', '--assessment', 'neu.yaml', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('• Bewertung geändert bei');
    const summary = dry.stdout.slice(0, dry.stdout.indexOf('--- a/'));
    expect(summary).toContain('„Wartezeiten sind kurz und planbar; Kundinnen und Kunden bekommen ohne großen Aufwand einen Termin.“');
    expect(summary).not.toMatch(/\breason\b|\bindicator\b|bo-wartezeiten|„[a-z]+(-[a-z]+)*“/);
    expect(dry.stdout).toContain('--- a/toolbox/plaene/plan-stadt-musterstadt.md');
    expect(dry.stdout).toContain('(Probelauf: nichts geschrieben.)');
    const updated = run(['plan', 'update', 'toolbox/plaene/plan-stadt-musterstadt.md', '--assessment', 'neu.yaml']);
    expect(updated.code).toBe(0);
    const text = readFileSync(plan, 'utf8');
    expect(text).toContain('owner: Sachgebiet Service (Frau Leitung)');
    expect(text).toContain('Notiz der Beraterin.');
    expect(frontmatter('toolbox/plaene/plan-stadt-musterstadt.md').assessment['bo-wartezeiten'].status).toBe(4);
    expect(run(['check', 'toolbox']).code).toBe(0);
  });

  it('says clearly that the PDF needs Chromium when there is none', () => {
    const result = spawnSync(process.execPath, [cli, 'plan', 'render', 'toolbox/plaene/plan-landkreis-beispielhausen.md', '--out', 'ausgabe/ohne.html', '--pdf'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: '/nonexistent', WERKZEUGKOFFER_CHROMIUM: '' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Für die PDF-Ausgabe wird Chromium gebraucht');
    expect(result.stderr).toContain('apt-get install chromium');
  });

  it('prints the plan as a PDF that holds every measure', () => {
    ensureChromium();
    ensurePdfTools();
    const result = run(['plan', 'render', 'toolbox/plaene/plan-landkreis-beispielhausen.md', '--out', 'ausgabe/landkreis.html', '--pdf']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const raw = spawnSync('pdftotext', [join(dir, 'ausgabe/landkreis.pdf'), '-'], { encoding: 'utf8' }).stdout;
    // The tables are hyphenated with soft hyphens; the PDF's text has the words whole, to be searched and copied.
    expect(readFileSync(join(dir, 'ausgabe/landkreis.html'), 'utf8')).toContain('Kri\u00adte\u00adri\u00aden');
    expect(raw).not.toContain('\u00ad');
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('Kriterien');
    const plan = frontmatter('toolbox/plaene/plan-landkreis-beispielhausen.md');
    const titles = plan.measures.map((m: { instrument: string }) => frontmatter(`toolbox/instrumente/${m.instrument}.md`).title as string);
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) expect(text).toContain(title);
  });

  it('prints a document an office can sign: title block, contents, running header and page numbers', () => {
    ensureChromium();
    ensurePdfTools();
    // The plan as committed (the tests above regenerate and update their copy).
    const plan = 'toolbox/plaene/plan-stadt-musterstadt.md';
    writeFileSync(join(dir, plan), readFileSync(join(root, plan)));
    const result = run(['plan', 'render', plan, '--out', 'ausgabe/musterstadt.html', '--pdf']);
    expect(result.code).toBe(0);
    const pdf = join(dir, 'ausgabe/musterstadt.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]);
    expect(pages).toBeGreaterThan(10);
    expect(pages).toBeLessThan(45);
    const page = (n: number) => spawnSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    const first = page(1);
    for (const text of ['MASSNAHMENPLAN · ENTWURF', 'Maßnahmenplan Stadt Musterstadt (fiktives Beispiel)', 'Ausländerbehörde der Stadt Musterstadt, Hessen', 'Stand 26. Oktober 2028', 'Version 2.0', 'Status Entwurf', 'Erstellt von Beratungsbüro für Verwaltungsentwicklung (fiktiv)', 'Standortbestimmung 19. Oktober 2028', 'Freigabe', 'Unterschrift', 'Inhalt', `Seite 1 von ${pages}`]) expect(first).toContain(text);
    // The running header names the plan from page 2 on; the consultant's text comes before the measures.
    const second = page(2);
    expect(second).toContain('Maßnahmenplan Stadt Musterstadt (fiktives Beispiel)');
    expect(second).toContain('Einschätzung der Beratung');
    expect(second).toContain(`Seite 2 von ${pages}`);
    // From page 2 on: page 1 holds the contents, which name every section.
    const pageOf = (text: string) => Array.from({ length: pages - 1 }, (_, i) => i + 2).find((n) => page(n).includes(text));
    expect(pageOf('Nächste Schritte')!).toBeLessThan(pageOf('Die Maßnahmen im Einzelnen')!);
    expect(pageOf('Die Maßnahmen im Einzelnen')!).toBeLessThan(pageOf('Anhang: Die Instrumente')!);
  }, 120_000);

  it('prints a fresh plan without near-empty pages, with the page of each section in its contents', () => {
    ensureChromium();
    ensurePdfTools();
    expect(run(['plan', 'new', '--assessment', 'toolbox/plaene/bewertungen/landkreis-beispielhausen.yaml', '--start', '2027-01', '--out', 'neu/plan-frisch.md']).code).toBe(0);
    // `--out …pdf` names the PDF; the HTML it is printed from lies beside it.
    const result = run(['plan', 'render', 'neu/plan-frisch.md', '--toolbox', 'toolbox', '--out', 'ausgabe/frisch.pdf']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Plan-Ansicht geschrieben: ausgabe/frisch.html');
    expect(result.stdout).toContain('PDF geschrieben: ausgabe/frisch.pdf');
    const pdf = join(dir, 'ausgabe/frisch.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]);
    const page = (n: number) => spawnSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).stdout;
    const words = Array.from({ length: pages }, (_, i) => page(i + 1).split(/\s+/).filter(Boolean).length);
    // The cover (title block and contents) and the last page may be short; every page between is filled:
    // a fresh plan's Einschätzung is a few lines, and the profile follows on its page instead of the next one.
    for (const [i, count] of words.slice(1, -1).entries()) expect(count, `Seite ${i + 2} von ${pages}`).toBeGreaterThan(100);
    const cover = spawnSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).stdout;
    const contents = [...cover.matchAll(/^ *\d+\. (.+?) {2,}(\d+)$/gm)].map((m) => [m[1]!.trim(), Number(m[2])] as const);
    expect(contents.map(([title]) => title)).toEqual(['Einschätzung der Beratung', 'Profil der Behörde', 'Bedarfe nach Rang', 'Zeitplan', 'Aktionsplan', 'Die Maßnahmen im Einzelnen', 'Anhang: Die Instrumente']);
    for (const [title, number] of contents) expect(page(number).split('\n'), title).toContain(title);
  }, 120_000);
});

describe('werkzeugkoffer plan update: edits kept byte for byte, bad plans refused', () => {
  let work: string;
  const plan = () => join(work, 'toolbox/plaene/plan-stadt-musterstadt.md');
  const update = (assessment = 'neu.yaml', extra: string[] = []) => {
    const result = spawnSync(process.execPath, [cli, 'plan', 'update', 'toolbox/plaene/plan-stadt-musterstadt.md', '--assessment', assessment, ...extra], { cwd: work, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  let original: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'wk-plan-update-'));
    cpSync(join(root, 'toolbox'), join(work, 'toolbox'), { recursive: true });
    original = readFileSync(plan(), 'utf8');
    // The plan's current Standortbestimmung is the second one (2028); only bo-wartezeiten moves on.
    const assessment = readFileSync(join(work, 'toolbox/plaene/bewertungen/stadt-musterstadt-2028.yaml'), 'utf8').replace(/(bo-wartezeiten:\n {4}status:) 3/, '$1 4');
    writeFileSync(join(work, 'neu.yaml'), assessment);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('changes only the lines of what changed: comments, order, quoting, CRLF and a byte order mark stay', () => {
    const edited = '\ufeff' + original
      .replace(/^assessment:\n/m, '# Standortbestimmung vom Oktober\nassessment: # Stand und Relevanz, 1 bis 5\n')
      .replace(/^( {2}bo-wartezeiten: .*)$/m, '  # Die Wartezeiten zuerst besprechen\n$1 # Beschwerdelage')
      .replace(/^title: (.*)$/m, "title: '$1'")
      .replace(/\n/g, '\r\n');
    writeFileSync(plan(), edited);
    const result = update();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = readFileSync(plan(), 'utf8');
    expect(after.startsWith('\ufeff---\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    const before = edited.split('\r\n');
    const lines = after.split('\r\n');
    expect(lines.length).toBe(before.length);
    const changed = lines.map((line, i) => [before[i], line]).filter(([a, b]) => a !== b);
    expect(changed.length).toBeGreaterThan(0);
    // Only the score of bo-wartezeiten and what the proposal derives from it (dates, reasons, indicators).
    for (const [was, is] of changed) expect(`${was} → ${is}`).toMatch(/^ {2}bo-wartezeiten: \{ status: 3,.* → {3}bo-wartezeiten: \{ status: 4,|^ {4}(start|due|reason|indicator):|^ {6}(text|target):|^ {6}- \{ text:/);
    expect(after).toContain("title: 'Maßnahmenplan Stadt Musterstadt (fiktives Beispiel)'\r\n");
    expect(after).toContain('# Standortbestimmung vom Oktober\r\nassessment: # Stand und Relevanz, 1 bis 5\r\n');
    expect(after).toMatch(/ {2}# Die Wartezeiten zuerst besprechen\r\n {2}bo-wartezeiten: \{ status: 4, .*\} # Beschwerdelage\r\n/);
  });

  it('refuses a plan with errors (capacity 0, month 13) with the located messages of the check, and leaves it alone', () => {
    const broken = original.replace(/^( {2}capacity:) 3$/m, '$1 0').replace(/^( {4}due:) 2027-05$/m, '$1 2027-13');
    writeFileSync(plan(), broken);
    const lines = broken.split('\n');
    const capacityLine = lines.findIndex((l) => l === '  capacity: 0') + 1;
    const monthLine = lines.findIndex((l) => l === '    due: 2027-13') + 1;
    const check = spawnSync(process.execPath, [cli, 'check', 'toolbox/plaene/plan-stadt-musterstadt.md'], { cwd: work, encoding: 'utf8' });
    const result = update();
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`plan-stadt-musterstadt.md:${capacityLine}:`);
    expect(result.stderr).toContain(`plan-stadt-musterstadt.md:${monthLine}:`);
    expect(result.stderr).toContain('Der Plan enthält Fehler und wird nicht aktualisiert.');
    // The same errors as the check gives (a refusal names what stops it; the plan's overdue warning does not).
    const errors = check.stdout.split('\n').filter((l) => /:\d+:\d+ Fehler /.test(l));
    expect(errors).toHaveLength(2);
    for (const line of errors) expect(result.stderr).toContain(line.trim());
    expect(readFileSync(plan(), 'utf8')).toBe(broken);
  });

  it('malformed measure items get a located message, never a TypeError', () => {
    for (const item of ['  - 42', '  - null', '  - { owner: Niemand }', '  - [a, b]']) {
      const broken = original.replace(/^measures:\n/m, `measures:\n${item}\n`);
      writeFileSync(plan(), broken);
      const line = broken.split('\n').indexOf(item) + 1;
      const result = update();
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`plan-stadt-musterstadt.md:${line}:`);
      expect(result.stderr).not.toMatch(/TypeError|at \S+ \(|node:internal/);
      expect(readFileSync(plan(), 'utf8')).toBe(broken);
    }
  });

  it('removes a temp file a killed update left beside the plan, and leaves none of its own', () => {
    writeFileSync(plan(), original);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = join(work, `toolbox/plaene/.plan-stadt-musterstadt.md.${dead}.1767225600000.tmp`);
    writeFileSync(stale, original);
    const result = update();
    expect(result.code).toBe(0);
    const left = readdirSync(join(work, 'toolbox/plaene')).filter((name) => name.endsWith('.tmp'));
    expect(left).toEqual([]);
  });

  it('the plan export drops srcset, picture/source and other URL-bearing attributes from the notes', () => {
    writeFileSync(plan(), `${original}\n<picture><source srcset="https://example.invalid/gross.png 2x"><img src="bild.png" srcset="https://example.invalid/klein.png 1x" alt="Bild"></picture>\n\n<video poster="https://example.invalid/poster.png"></video> <q cite="https://example.invalid/zitat">Zitat</q>\n`);
    const result = spawnSync(process.execPath, [cli, 'plan', 'render', 'toolbox/plaene/plan-stadt-musterstadt.md', '--out', 'ausgabe/plan.html'], { cwd: work, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const html = readFileSync(join(work, 'ausgabe/plan.html'), 'utf8');
    expect(html).toContain('<img src="bild.png" alt="Bild">');
    expect(html).not.toContain('example.invalid');
    expect(html).not.toMatch(/<(picture|source)\b|\ssrcset=/);
  });
});
