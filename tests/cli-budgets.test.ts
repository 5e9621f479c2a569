// `check` and `build` as CI runs them, on pathological bodies under the 1 MB limit (issue 18, class 1): each gets
// its one located WK106 and the command ends. Before, micromark (check) and remark (build) took minutes on them.
// The timeout guards against a hang only.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathologicalInputs } from '../server/src/engine/testing/pathological';

const root = join(__dirname, '..');
const cli = join(root, 'bin', 'werkzeugkoffer.js');
const BODIES = ['nestedListMarkers', 'nestedBlockQuotes', 'unclosedLinks', 'openBrackets'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wk-budgets-'));
  cpSync(join(root, 'tests', 'fixtures', 'workspace'), dir, { recursive: true });
  for (const name of BODIES) {
    const text = pathologicalInputs.find((input) => input.name === name)!.generate(300_000).replace('id: pathologisch', `id: ${name.toLowerCase()}`);
    writeFileSync(join(dir, 'toolbox', 'instrumente', `${name.toLowerCase()}.md`), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });

describe('pathological bodies', () => {
  it('check: one WK106 per body, on the line where the budget runs out, exit 1', { timeout: 130_000 }, () => {
    const result = run(['check', 'toolbox', '--format', 'json']);
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as { file: string; code: string; line: number }[];
    const budget = findings.filter((f) => f.code === 'WK106');
    expect(budget.map((f) => f.file.replace(/^.*\//, '')).sort()).toEqual(BODIES.map((name) => `${name.toLowerCase()}.md`).sort());
  });

  it('build: refuses with the located messages instead of rendering the bodies', { timeout: 130_000 }, () => {
    const result = run(['build', 'toolbox', '--out', 'site']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('WK106');
    expect(result.stderr).toContain('Das Handbuch wurde nicht gebaut');
  });
});
