// Bad input on disk, checked the way the CLI checks it: every file gets a clear, located message
// (or a note that it was skipped), and nothing crashes or hangs.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../server/src/cli/commands/check';
import { eckpunkt, instrument } from '../server/src/engine/testing/fixtures';

let dir: string;

function findings(file: string) {
  const result = runCheck([join('toolbox', file)], dir);
  expect(result.reports).toHaveLength(1);
  return result.reports[0]!.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wk-bad-'));
  const toolbox = join(dir, 'toolbox');
  mkdirSync(toolbox);
  const write = (name: string, content: string | Uint8Array) => writeFileSync(join(toolbox, name), content);
  // The workspace these documents live in: an Eckpunkt whose criteria the instrument fixtures address.
  write('binnenorganisation.md', eckpunkt());
  write('empty.md', '');
  write('frontmatter-only.md', instrument({ id: 'frontmatter-only', body: '' }));
  write('body-only.md', '## Ziel\n\nNur Text.\n');
  write('bom.md', `\uFEFF${instrument({ id: 'bom' })}`);
  write('crlf.md', instrument({ id: 'crlf' }).replace(/\n/g, '\r\n'));
  write('invalid-utf8.md', Buffer.concat([Buffer.from('---\nkind: case\ntitle: Gr'), Buffer.from([0xfc]), Buffer.from('n\n---\n')]));
  write('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  write('big.md', `---\nkind: case\n---\n${'Sehr langer Text. '.repeat(600_000)}`);
  write('alias-bomb.md', `---\nkind: case\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n`);
  write('deep.md', `---\nkind: case\nid: deep\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`);
  write('proto.md', instrument({ id: 'proto', extra: '__proto__:\n  polluted: true\nconstructor: nein\n' }));
  write('tabs.md', '---\nkind: case\nid: tabs\npartners:\n\t- eins\n---\n');
  mkdirSync(join(toolbox, 'ordner.md'));
  symlinkSync(join(toolbox, 'gibt-es-nicht.md'), join(toolbox, 'dangling.md'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad input', () => {
  it('an empty file: frontmatter missing, on line 1', () => {
    expect(findings('empty.md')).toEqual(['WK101 0:0']);
  });

  it('frontmatter only: one finding listing the missing body sections, at the closing fence', () => {
    const text = instrument({ id: 'frontmatter-only', body: '' });
    const closing = text.split('\n').lastIndexOf('---');
    expect(findings('frontmatter-only.md')).toEqual([`WK701 ${closing}:0`]);
  });

  it('body only: frontmatter missing', () => {
    expect(findings('body-only.md')).toEqual(['WK101 0:0']);
  });

  it('a byte order mark and CRLF line ends are read like any other document', () => {
    expect(findings('bom.md')).toEqual([]);
    expect(findings('crlf.md')).toEqual([]);
  });

  it('invalid UTF-8: refused at the line and column of the bad byte', () => {
    expect(findings('invalid-utf8.md')).toEqual(['WK104 2:9']);
  });

  it('a binary file with a .md name: refused with a note', () => {
    const result = runCheck([join('toolbox', 'binary.md')], dir);
    expect(result.reports[0]!.diagnostics.map((d) => d.code)).toEqual(['WK104']);
    expect(result.reports[0]!.diagnostics[0]!.message).toContain('Binärdaten');
  });

  it('a 10 MB file: skipped with a note, not parsed', () => {
    expect(findings('big.md')).toEqual(['WK105 0:0']);
  });

  it('a YAML alias bomb: refused, not expanded', () => {
    expect(findings('alias-bomb.md')).toEqual(['WK203 0:0']);
  });

  it('deeply nested YAML: refused before parsing', () => {
    expect(findings('deep.md')).toEqual(['WK203 0:0']);
  });

  it('__proto__ and constructor keys are unknown fields, placed on the keys, and pollute nothing', () => {
    const text = instrument({ id: 'proto', extra: '__proto__:\n  polluted: true\nconstructor: nein\n' });
    const lines = text.split('\n');
    expect(findings('proto.md')).toEqual([`WK403 ${lines.indexOf('__proto__:')}:0`, `WK403 ${lines.indexOf('constructor: nein')}:0`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('tabs as indentation: a YAML error at the tab', () => {
    expect(findings('tabs.md')[0]).toBe('WK201 4:0');
  });

  it('a directory named x.md: reported, not read', () => {
    expect(findings('ordner.md')).toEqual(['WK104 0:0']);
    const result = runCheck([join('toolbox', 'ordner.md')], dir);
    expect(result.reports[0]!.diagnostics[0]!.message).toContain('ein Verzeichnis, keine reguläre Datei');
  });

  it('an unreadable file (a dangling link): reported with the reason', () => {
    const result = runCheck([join('toolbox', 'dangling.md')], dir);
    expect(result.reports[0]!.diagnostics.map((d) => d.code)).toEqual(['WK104']);
    expect(result.reports[0]!.diagnostics[0]!.message).toContain('kann nicht gelesen werden');
  });

  it('checking the whole folder reports every bad file and survives', () => {
    const result = runCheck(['toolbox'], dir);
    expect(result.reports.length).toBeGreaterThanOrEqual(14);
    expect(result.errors).toBeGreaterThan(0);
  });
});
