// The `plan report` (#20) and `portfolio` (#21) benchmarks: the built CLI on the example plan and on synthetic plans
// written to a temporary folder outside the toolbox, as an office keeps them. Wall time (median of RUNS), CPU time and
// peak RSS of the whole command; a command that refuses is shown with its exit code and first line on stderr.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildStatusReport, createLanguageService, renderStatusPage } from '../../server/src/engine';
import { createFileWorkspace, uriOf } from '../../server/src/node/fileWorkspace';
import { frontmatterLength, syntheticPlan } from './planSynthetic';
import { MAXRSS_PRELOAD, ownStderr, usageOf } from './usage';

/** Runs per command: the wall time shown is their median, the peak RSS their maximum. */
const RUNS = 5;
const AS_OF = '2028-06';
const EXAMPLE_PLAN = join('toolbox', 'plaene', 'plan-stadt-musterstadt.md');

const BUNDESLAENDER = [
  'Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen', 'Mecklenburg-Vorpommern',
  'Niedersachsen', 'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland', 'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen',
];
const AUTHORITIES = ['stadt', 'landeshauptstadt', 'landkreis'];

/** The portfolio: this many plans of PORTFOLIO_MEASURES measures with PORTFOLIO_UPDATES updates each. */
const PORTFOLIO_PLANS = 600;
const PORTFOLIO_MEASURES = 25;
const PORTFOLIO_UPDATES = 20;
/** The padded bodies of the memory check: about this many characters of Markdown prose added to each plan's body. */
const PADDING = 100_000;

type Outcome =
  | { ok: true; wallMs: number; minMs: number; maxMs: number; cpuMs: number; rssMb: number; exit: number; stdout: string }
  | { ok: false; exit: number | null; firstLine: string };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Runs `node dist/cli.js …args` RUNS times in `cwd`. Exit codes in `accepted` count as done (the portfolio's 1 means
 * skipped plans, reported beside); any other code is a refusal, shown after its first run.
 */
function measure(cli: string, preload: string, cwd: string, args: string[], accepted: number[] = [0]): Outcome {
  const walls: number[] = [];
  const cpus: number[] = [];
  let rssMb = 0;
  let stdout = '';
  let exit = 0;
  for (let run = 0; run < RUNS; run++) {
    spawnSync('sync');
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--require', preload, cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const wallMs = performance.now() - start;
    if (result.status === null || !accepted.includes(result.status)) {
      const firstLine = ownStderr(result.stderr ?? '').split('\n').find((line) => line.trim()) ?? `(no output on stderr${result.signal ? `, signal ${result.signal}` : ''})`;
      return { ok: false, exit: result.status, firstLine };
    }
    const usage = usageOf(result.stderr);
    walls.push(wallMs);
    cpus.push(usage.cpuMs);
    rssMb = Math.max(rssMb, usage.rss);
    stdout = result.stdout;
    exit = result.status;
  }
  return { ok: true, wallMs: median(walls), minMs: Math.min(...walls), maxMs: Math.max(...walls), cpuMs: median(cpus), rssMb, exit, stdout };
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** The measured columns of a row: wall time, CPU, peak RSS and the target, or the refusal. */
function cells(outcome: Outcome, targetMs: number | null, note = ''): string {
  const target = targetMs === null ? '—' : `≤ ${seconds(targetMs)}`;
  if (!outcome.ok) return `refused: exit ${outcome.exit ?? 'none'}, „${outcome.firstLine}“ | — | — | ${target} |`;
  const verdict = targetMs === null ? '' : outcome.wallMs <= targetMs ? ' (met)' : ' (missed)';
  return `${seconds(outcome.wallMs)} (${seconds(outcome.minMs)}–${seconds(outcome.maxMs)})${note} | ${seconds(outcome.cpuMs)} | ${outcome.rssMb.toFixed(0)} MiB | ${target}${verdict} |`;
}

function instrumentIds(root: string): string[] {
  return readdirSync(join(root, 'toolbox', 'instrumente'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort();
}

/**
 * A plan as it lies outside the toolbox: its body's relative links (to the toolbox's instruments) would point
 * nowhere there and make the plan fail the check, so they keep only their text.
 */
function outsideToolbox(text: string): string {
  return text.replace(/\[([^\]]+)\]\(\.\.\/[^)]+\)/g, '$1');
}

/** The example plan's head made another office's: id, title, name, Bundesland and kind of authority. */
function office(text: string, index: number): string {
  const number = String(index + 1).padStart(4, '0');
  return text
    .replace(/^title: .*$/m, `title: Maßnahmenplan Benchstadt ${number} (synthetisch)`)
    .replace(/^  name: .*$/m, `  name: Ausländerbehörde Benchstadt ${number}`)
    .replace(/^  bundesland: .*$/m, `  bundesland: ${BUNDESLAENDER[index % BUNDESLAENDER.length]}`)
    .replace(/^  authority: .*$/m, `  authority: ${AUTHORITIES[index % AUTHORITIES.length]}`);
}

/** About `length` characters of Markdown prose (paragraphs, a list now and then), different for every plan. */
function prose(seed: number, length: number): string {
  const subjects = ['Die Steuerungsgruppe', 'Das Sachgebiet Aufenthalt', 'Der Servicepoint', 'Die Sachgebietsleitung', 'Das Team Einbürgerung', 'Der Personalrat'];
  const verbs = ['bespricht', 'prüft', 'bewertet', 'dokumentiert', 'überarbeitet', 'stellt vor'];
  const objects = ['die Indikatoren des Quartals', 'den Stand der Einarbeitung', 'die Wartezeiten am Vormittag', 'die Rückmeldungen der Beratungsstellen', 'die Mitbringlisten', 'die Leitlinien zum Ermessen'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const n = seed * 7 + i;
    const sentences = Array.from({ length: 5 }, (_, s) => {
      const k = n + s;
      return `${subjects[k % subjects.length]} ${verbs[(k * 5) % verbs.length]} in der Sitzung ${i + 1} ${objects[(k * 3) % objects.length]} und hält das Ergebnis **im Protokoll** fest.`;
    });
    const part = i % 6 === 5 ? sentences.map((sentence) => `- ${sentence}`).join('\n') : sentences.join(' ');
    parts.push(part);
    size += part.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

function planRow(label: string, shape: string, text: string, format: string, outcome: Outcome, targetMs: number | null): string {
  return `| ${label} | ${shape} | ${(frontmatterLength(text) / 1000).toFixed(0)} KB | ${format} | ${cells(outcome, targetMs)}`;
}

/** `plan report` of the example plan, a plan of the portfolio's size and the large plan (100 measures × 50 updates). */
export async function benchPlanReport(root: string, cli: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wk-bench-plan-report-'));
  try {
    const preload = join(dir, 'maxrss.js');
    writeFileSync(preload, MAXRSS_PRELOAD);
    const instruments = instrumentIds(root);
    const example = readFileSync(join(root, EXAMPLE_PLAN), 'utf8');
    const plans = [
      // Under another id: the toolbox has the example plan under its own, and two plans with one id are an error.
      { label: 'example plan', shape: `${(example.match(/^  - instrument: /gm) ?? []).length} measures (as written)`, text: outsideToolbox(example.replace(/^id: .*$/m, 'id: plan-bench-beispiel')), file: 'plan-bench-beispiel.md', targets: [null, null] },
      { label: 'portfolio-sized plan', shape: `${PORTFOLIO_MEASURES} × ${PORTFOLIO_UPDATES}`, text: outsideToolbox(syntheticPlan(root, 'plan-bench-mittel', instruments, PORTFOLIO_MEASURES, PORTFOLIO_UPDATES)), file: 'plan-bench-mittel.md', targets: [null, null] },
      { label: 'large plan', shape: '100 × 50', text: outsideToolbox(syntheticPlan(root, 'plan-bench-gross', instruments, 100, 50)), file: 'plan-bench-gross.md', targets: [300, 1000] },
    ];
    const toolbox = join(root, 'toolbox');
    const rows: string[] = [];
    for (const plan of plans) {
      writeFileSync(join(dir, plan.file), plan.text);
      const common = ['plan', 'report', plan.file, '--as-of', AS_OF, '--toolbox', toolbox];
      rows.push(planRow(plan.label, plan.shape, plan.text, 'JSON', measure(cli, preload, dir, [...common, '--format', 'json']), plan.targets[0]!));
      rows.push(planRow(plan.label, plan.shape, plan.text, 'HTML', measure(cli, preload, dir, [...common, '--format', 'html', '--out', 'x.html']), plan.targets[1]!));
      console.error(`bench: plan report, ${plan.label} done (load average ${loadAverage()})`);
    }
    const inProcess = await benchPlanReportInProcess(toolbox, plans.map((plan) => ({ ...plan, file: join(dir, plan.file) })));
    return [
      '\n## plan report (CLI process, plan outside the toolbox)\n',
      `measures × updates per measure; frontmatter = characters between the \`---\` lines (the engine's limit counts these). Stichtag ${AS_OF}; wall time: median (fastest–slowest) of ${RUNS} runs through bin/werkzeugkoffer.js, whose first run of a command fills the code cache (the slowest is that one); the targets are those of #20 for the large plan.\n`,
      '| plan | measures | frontmatter | format | wall time | CPU | peak RSS | target |',
      '| --- | --- | ---: | --- | ---: | ---: | ---: | --- |',
      ...rows,
      `\nload average after the runs (1 / 5 / 15 min): ${loadAverage()}`,
      ...inProcess,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same reports in this process, on a toolbox indexed once: what the editor pays per report, and how the
 * CLI's time divides (the rest is starting Node, loading the bundle and indexing the toolbox, measured here too).
 * Each phase: the median of RUNS runs after one warm-up.
 */
async function benchPlanReportInProcess(toolbox: string, plans: { label: string; shape: string; text: string; file: string }[]): Promise<string[]> {
  const indexStart = performance.now();
  const service = createLanguageService({ workspace: createFileWorkspace([toolbox]), today: () => AS_OF });
  service.indexWorkspace();
  const indexMs = performance.now() - indexStart;
  const rows: string[] = [];
  for (const plan of plans) {
    const uri = uriOf(plan.file);
    const phases = { check: [] as number[], report: [] as number[], json: [] as number[], html: [] as number[] };
    for (let run = 0; run <= RUNS; run++) {
      let t = performance.now();
      const lap = (into: number[]) => {
        const now = performance.now();
        if (run > 0) into.push(now - t);
        t = now;
      };
      // A fresh text each run, so that nothing is reused from the run before.
      service.update(uri, { text: `${plan.text}${' '.repeat(run)}` });
      service.diagnostics(uri);
      lap(phases.check);
      const report = buildStatusReport(service.document(uri)!, service.index, { asOf: AS_OF, today: AS_OF });
      lap(phases.report);
      JSON.stringify(report, null, 2);
      lap(phases.json);
      await renderStatusPage(report, service.index);
      lap(phases.html);
    }
    service.remove(uri);
    const ms = (values: number[]) => seconds(median(values));
    const json = median(phases.report) + median(phases.json);
    rows.push(`| ${plan.label} | ${plan.shape} | ${ms(phases.check)} | ${ms(phases.report)} | ${ms(phases.json)} | ${seconds(json)} | ${ms(phases.html)} |`);
  }
  return [
    `\n### plan report in-process (toolbox indexed once: ${seconds(indexMs)}; medians of ${RUNS} runs)\n`,
    'parse and check = update and diagnostics of the plan; JSON report = build + stringify; HTML = rendering the page with its charts, after the build.\n',
    '| plan | measures | parse and check | build report | stringify | JSON report | HTML |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

/** Writes the portfolio's plans into `folder`; with `padding`, each body carries that much more prose. Returns MB written. */
function writePortfolio(root: string, folder: string, padding: number): number {
  mkdirSync(folder, { recursive: true });
  const instruments = instrumentIds(root);
  let bytes = 0;
  for (let i = 0; i < PORTFOLIO_PLANS; i++) {
    const id = `plan-bench-${String(i + 1).padStart(4, '0')}`;
    // Each office plans the instruments in its own order, so the plans differ in what they plan when.
    const rotated = [...instruments.slice(i % instruments.length), ...instruments.slice(0, i % instruments.length)];
    let text = office(outsideToolbox(syntheticPlan(root, id, rotated, PORTFOLIO_MEASURES, PORTFOLIO_UPDATES)), i);
    if (padding) text = `${text.trimEnd()}\n\n${prose(i, padding)}`;
    writeFileSync(join(folder, `${id}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes / 1e6;
}

/** The portfolio of PORTFOLIO_PLANS plans, once with their bodies as written and once with padded bodies. */
export function benchPortfolio(root: string, cli: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'wk-bench-portfolio-'));
  try {
    const preload = join(dir, 'maxrss.js');
    writeFileSync(preload, MAXRSS_PRELOAD);
    const toolbox = join(root, 'toolbox');
    const rows: string[] = [];
    for (const [label, padding] of [['bodies as written', 0], [`bodies + ${PADDING / 1000} KB prose`, PADDING]] as const) {
      const folder = join(dir, padding ? 'plaene-gepolstert' : 'plaene');
      const megabytes = writePortfolio(root, folder, padding);
      const common = ['portfolio', folder, '--toolbox', toolbox, '--as-of', AS_OF];
      const json = measure(cli, preload, dir, [...common, '--format', 'json'], [0, 1]);
      const offices = json.ok ? (JSON.parse(json.stdout) as { offices: number; skipped: number }) : undefined;
      const read = offices ? `${offices.offices} read, ${offices.skipped} skipped` : '—';
      rows.push(`| ${label} | ${PORTFOLIO_PLANS} (${megabytes.toFixed(1)} MB) | ${read} | JSON | ${cells(json, 2000)}`);
      const html = measure(cli, preload, dir, [...common, '--format', 'html', '--out', 'p.html'], [0, 1]);
      rows.push(`| ${label} | ${PORTFOLIO_PLANS} (${megabytes.toFixed(1)} MB) | ${html.ok ? `exit ${html.exit}` : '—'} | HTML | ${cells(html, 4000)}`);
      rmSync(folder, { recursive: true, force: true });
      console.error(`bench: portfolio, ${label} done (load average ${loadAverage()})`);
    }
    return [
      '\n## portfolio (CLI process, plans in a folder outside the toolbox)\n',
      `${PORTFOLIO_PLANS} plans of ${PORTFOLIO_MEASURES} measures × ${PORTFOLIO_UPDATES} updates, ${BUNDESLAENDER.length} Länder, ${AUTHORITIES.length} kinds of authority; Stichtag ${AS_OF}; wall time: median (fastest–slowest) of ${RUNS} runs. Peak RSS should not grow with the bodies: the portfolio keeps a summary per plan.\n`,
      '| bodies | plans (on disk) | plans read | format | wall time | CPU | peak RSS | target |',
      '| --- | ---: | --- | --- | ---: | ---: | ---: | --- |',
      ...rows,
      `\nload average after the runs (1 / 5 / 15 min): ${loadAverage()}`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function loadAverage(): string {
  return loadavg().map((l) => l.toFixed(2)).join(' / ');
}
