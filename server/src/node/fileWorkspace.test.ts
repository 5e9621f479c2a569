import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownFiles, markdownFilesAsync } from './fileWorkspace';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'wk-files-'));
  const files = ['b.md', 'A.md', 'ä.md', 'notiz.txt', 'GROSS.MD', 'instrumente/x.md', 'instrumente/unter/y.md', '.versteckt/z.md', 'node_modules/p/readme.md', 'dist/out.md', 'praxis/fall.md'];
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '# x\n');
  }
  // A linked folder is not entered; a linked file is listed (reading it says what it is).
  symlinkSync(join(root, 'instrumente'), join(root, 'verlinkt'));
  symlinkSync(join(root, 'b.md'), join(root, 'link.md'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listing the Markdown files of a toolbox', () => {
  it('walks sorted, leaves out hidden and build folders and what is no *.md, and does not enter linked folders', () => {
    expect(markdownFiles(root).map((path) => path.slice(root.length + 1))).toEqual([
      'A.md',
      'ä.md',
      'b.md',
      'GROSS.MD',
      'instrumente/unter/y.md',
      'instrumente/x.md',
      'link.md',
      'praxis/fall.md',
    ]);
  });

  it('lists the same files in the same order without blocking (the language server’s first index)', async () => {
    expect(await markdownFilesAsync(root)).toEqual(markdownFiles(root));
    expect(await markdownFilesAsync(join(root, 'b.md'))).toEqual([join(root, 'b.md')]);
    expect(await markdownFilesAsync(join(root, 'fehlt'))).toEqual([]);
  });
});
