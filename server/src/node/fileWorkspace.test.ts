import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedUnder, markdownFiles, readDocument, readFrontmatterOf } from './fileWorkspace';

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const text = (content: ReturnType<typeof readDocument>) => ('text' in content ? content.text : content.error);

beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'wk-head-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFrontmatterOf: a document read only as far as its frontmatter', () => {
  const frontmatter = '---\nkind: plan\nid: p\ntitle: "Plan — Größe"\n---\n';
  const body = `\n# Text\n\n${'Ein Absatz mit Umlauten: äöü. '.repeat(20_000)}\n`;

  it('stops after the closing fence, whatever the body’s length', () => {
    const path = file('lang.md', frontmatter + body);
    expect(text(readFrontmatterOf(path))).toBe(frontmatter);
    expect(text(readDocument(path)).startsWith(frontmatter)).toBe(true);
  });

  it('keeps a byte order mark, CRLF and a closing „...“ as readDocument reads them', () => {
    const crlf = '\ufeff---\r\nkind: plan\r\nid: p\r\n...\r\nRest\r\n';
    expect(text(readFrontmatterOf(file('crlf.md', crlf)))).toBe(text(readDocument(file('crlf2.md', crlf))).slice(0, crlf.indexOf('Rest') - 1));
  });

  it('reads a frontmatter that spans many chunks, and one that ends the file without a line break', () => {
    const long = `---\nkind: plan\n${Array.from({ length: 8000 }, (_, i) => `k${i}: ${'x'.repeat(20)}`).join('\n')}\n---`;
    expect(text(readFrontmatterOf(file('gross.md', long + '\n' + body)))).toBe(long + '\n');
    expect(text(readFrontmatterOf(file('ende.md', long)))).toBe(long);
  });

  it('reads a file without frontmatter only to its first line, and an unclosed one whole', () => {
    expect(text(readFrontmatterOf(file('ohne.md', '# Nur Text\n\nAbsatz\n')))).toBe('# Nur Text\n');
    const unclosed = `---\nkind: plan\n${body}`;
    expect(readFrontmatterOf(file('offen.md', unclosed))).toEqual(readDocument(join(dir, 'offen.md')));
    expect(readFrontmatterOf(file('leer.md', ''))).toEqual(readDocument(join(dir, 'leer.md')));
  });

  it('refuses what readDocument refuses in the part it reads: binary data, a folder, a FIFO', () => {
    const binary = file('binaer.md', Buffer.concat([Buffer.from('---\nkind: plan\ntitle: "'), Buffer.from([0, 1, 2]), Buffer.from('"\n---\n')]));
    expect(readFrontmatterOf(binary)).toEqual(readDocument(binary));
    expect(readFrontmatterOf(binary)).toHaveProperty('error');
    mkdirSync(join(dir, 'ordner.md'));
    expect(readFrontmatterOf(join(dir, 'ordner.md'))).toEqual(readDocument(join(dir, 'ordner.md')));
    execFileSync('mkfifo', [join(dir, 'fifo.md')]);
    expect(readFrontmatterOf(join(dir, 'fifo.md'))).toEqual(readDocument(join(dir, 'fifo.md')));
  });
});

describe('listedUnder: the files a walk of a folder would find under the toolbox, taken from its listing', () => {
  it('takes the listing where the walk reaches the toolbox as its own walk does, and walks otherwise', () => {
    const repo = join(dir, 'repo');
    const root = join(repo, 'toolbox');
    mkdirSync(join(root, 'instrumente'), { recursive: true });
    writeFileSync(join(root, 'instrumente', 'a.md'), '# A\n');
    writeFileSync(join(root, 'b.md'), '# B\n');
    const listed = markdownFiles(root);
    const walked = (path: string) => markdownFiles(path).filter((file) => file.startsWith(root + sep));
    for (const path of [root, repo]) expect(listedUnder(path, root, listed)).toEqual(walked(path));
    // Below the toolbox the walk covers less than the listing.
    expect(listedUnder(join(root, 'instrumente'), root, listed)).toBeUndefined();
    // A walk enters neither a hidden folder nor a linked one: from above them it would not find the toolbox.
    mkdirSync(join(dir, 'outer', '.versteckt'), { recursive: true });
    symlinkSync(root, join(dir, 'outer', '.versteckt', 'toolbox'));
    symlinkSync(root, join(dir, 'outer', 'verlinkt'));
    expect(listedUnder(join(dir, 'outer'), join(dir, 'outer', '.versteckt', 'toolbox'), listed)).toBeUndefined();
    expect(listedUnder(join(dir, 'outer'), join(dir, 'outer', 'verlinkt'), listed)).toBeUndefined();
    expect(markdownFiles(join(dir, 'outer'))).toEqual([]);
    expect(listedUnder(join(dir, 'anderswo'), root, listed)).toBeUndefined();
  });
});
