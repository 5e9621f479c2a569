// A large toolbox is checked in worker threads, which also render the bodies of the handbook's pages from the
// trees they parsed; the site must be byte for byte the one the single-threaded build writes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { syntheticToolbox } from '../../scripts/bench/synthetic';
import { runCheck } from '../../server/src/cli/commands/check';
import { buildSite } from '../../server/src/node/handbook/site';
import { PARALLEL_THRESHOLD } from '../../server/src/node/parallel/pool';

const dir = mkdtempSync(join(tmpdir(), 'wk-build-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

it('the build renders pages from the worker threads’ trees exactly as it renders them itself', async () => {
  const toolbox = syntheticToolbox(PARALLEL_THRESHOLD + 100);
  // Raw HTML, a GFM table and an external image: the bodies that take the renderer's other paths.
  const instrument = toolbox.find((f) => f.path.startsWith('instrumente/'))!;
  instrument.text += '\n<details><summary>Mehr</summary>Text <script>alert(1)</script></details>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n![Bild](https://example.org/x.png)\n';
  for (const file of toolbox) {
    const path = join(dir, 'toolbox', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  const cli = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'werkzeugkoffer.js'), 'build', 'toolbox', '--out', 'parallel', '--no-search'], { cwd: dir, encoding: 'utf8' });
  expect(cli.stderr).toBe('');
  expect(cli.status).toBe(0);

  const { service, errors } = runCheck(['toolbox'], dir);
  expect(errors).toBe(0);
  await buildSite(service, { out: join(dir, 'single'), search: false });

  const written = files(join(dir, 'parallel'));
  expect(written.length).toBeGreaterThan(PARALLEL_THRESHOLD);
  expect(written).toEqual(files(join(dir, 'single')));
  for (const file of written) expect(readFileSync(join(dir, 'parallel', file), 'utf8'), file).toBe(readFileSync(join(dir, 'single', file), 'utf8'));
  expect(readFileSync(join(dir, 'parallel', 'instrumente', `${instrument.path.split('/')[1]!.replace('.md', '.html')}`), 'utf8')).toContain('<table>');
}, 180_000);
