// `check` and `build` as CI runs them, on pathological bodies under the 1 MB limit (issue 18, class 1): each gets
// its one located WK106 and the command ends. Before, micromark (check) and remark (build) took minutes on them.
// The timeout guards against a hang only.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrument } from '../server/src/engine/testing/fixtures';
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

  it('check: at most 100 findings of a code per document, one for the rest, and the summary counts them all', { timeout: 130_000 }, () => {
    const many = instrument({ id: 'viele-felder', extra: Array.from({ length: 250 }, (_, i) => `feld${i}: x\n`).join('') });
    writeFileSync(join(dir, 'toolbox', 'instrumente', 'viele-felder.md'), many);
    try {
      const json = run(['check', 'toolbox/instrumente/viele-felder.md', '--format', 'json']);
      const findings = (JSON.parse(json.stdout) as { code: string; line: number; omitted?: number }[]).filter((f) => f.code === 'WK403');
      expect(findings.map((f) => f.omitted ?? 0)).toEqual([...Array(100).fill(0), 150]);
      expect(findings[100]!.line).toBe(many.split('\n').indexOf('feld100: x') + 1);
      const human = run(['check', 'toolbox/instrumente/viele-felder.md']);
      expect(human.status).toBe(1);
      expect(human.stdout).toContain('Hier und danach stehen 150 weitere Meldungen der Art „Unbekanntes Feld“');
      expect(human.stdout.trim().split('\n').at(-1)).toBe('1 Datei geprüft: 250 Fehler, 0 Warnungen.');
    } finally {
      rmSync(join(dir, 'toolbox', 'instrumente', 'viele-felder.md'));
    }
  });

  it('build: refuses with the located messages instead of rendering the bodies', { timeout: 130_000 }, () => {
    const result = run(['build', 'toolbox', '--out', 'site']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('WK106');
    expect(result.stderr).toContain('Das Handbuch wurde nicht gebaut');
  });
});
