// The portfolio over more plans than one thread reads alone: the plans are read in worker threads
// (dist/portfolioWorker.js) while the CLI loads the toolbox. The report, the messages and their order must be exactly
// those of reading every plan in one thread, and a worker that dies costs time, not plans.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLanguageService, createPortfolioCollector } from '../server/src/engine';
import { createFileWorkspace } from '../server/src/node/fileWorkspace';
import { PARALLEL_PLANS, readPlanFile, readPlanFiles, type PlanFile } from '../server/src/node/portfolio/readPlans';
import { AS_OF, OFFICES, planText } from './portfolio/fixture';
import { failingWorkers } from './support/failingWorkers';

const root = join(__dirname, '..');
const cli = join(root, 'bin', 'werkzeugkoffer.js');
const TOOLBOX = join(root, 'toolbox');
const WORKER = join(root, 'dist', 'portfolioWorker.js');
const COPIES = 12;
let dir: string;
let folder: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wk-portfolio-parallel-'));
  folder = join(dir, 'plaene');
  mkdirSync(folder);
  // Twelve copies of the six offices (72 plans), among them one with broken YAML and one that is no text.
  for (let copy = 0; copy < COPIES; copy++) {
    OFFICES.forEach((office, i) => {
      const name = `plan-${String(copy * OFFICES.length + i).padStart(3, '0')}.md`;
      writeFileSync(join(folder, name), planText({ ...office, file: name }));
    });
  }
  writeFileSync(join(folder, 'plan-030.md'), planText({ ...OFFICES[0]!, file: 'plan-030.md' }).replace(/^title: .*$/m, 'title: "Maßnahmenplan ohne Ende'));
  writeFileSync(join(folder, 'plan-050.md'), `---\nkind: plan\nid: plan-050\ntitle: "\u0000"\n---\n`);
  files = readdirSync(folder).sort().map((name) => join(folder, name));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The portfolio as one thread computes it from the same files. */
function portfolioInOneThread(): string {
  const service = createLanguageService({ workspace: createFileWorkspace([TOOLBOX]), today: () => AS_OF });
  service.indexWorkspace();
  const collector = createPortfolioCollector(service.index, service.schemas, { asOf: AS_OF, named: false });
  for (const path of files) {
    const file = readPlanFile(path, { asOf: AS_OF, named: false });
    if ('unreadable' in file) collector.skip();
    else collector.addReading(file.reading);
  }
  return `${JSON.stringify(collector.report(), null, 2)}\n`;
}

describe('portfolio over many plans (worker threads)', () => {
  it('has more plans than the threshold for threads', () => {
    expect(files.length).toBe(COPIES * OFFICES.length);
    expect(files.length).toBeGreaterThan(PARALLEL_PLANS);
  });

  it('the CLI reports exactly what one thread computes, and names the two bad files in file order', () => {
    const result = spawnSync(process.execPath, [cli, 'portfolio', 'plaene', '--format', 'json', '--as-of', AS_OF, '--toolbox', TOOLBOX], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe(
      'plaene/plan-030.md:4:32: Das YAML der Kopfdaten ist fehlerhaft. Der Plan wird übersprungen.\n' +
        'plaene/plan-050.md: Die Datei ist keine Textdatei (sie enthält Binärdaten) und wird übersprungen.\n',
    );
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ offices: files.length - 2, skipped: 2 });
    expect(result.stdout).toBe(portfolioInOneThread());
  });

  const inOneThread = (): PlanFile[] => files.map((path) => readPlanFile(path, { asOf: AS_OF, named: true }));

  it('readPlanFiles gives every file once, in the order asked, as one thread reads them', async () => {
    const read = await readPlanFiles(files, { asOf: AS_OF, named: true }, { threads: 3, script: WORKER });
    expect(read).toEqual(inOneThread());
  });

  it.each(failingWorkers(WORKER, 5))('a worker that %s costs time, not plans', async (_name, source) => {
    const script = join(dir, `worker-${source.length}.js`);
    writeFileSync(script, source);
    const read = await readPlanFiles(files, { asOf: AS_OF, named: true }, { threads: 2, script });
    expect(read).toEqual(inOneThread());
  });
});
