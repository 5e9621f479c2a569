// Relative links resolve against the linking document's folder; a result kept for one document of a folder is the
// one every other document there gets, and a linking URI with a query keeps its own.
import { describe, expect, it } from 'vitest';
import { xorshift } from '../testing/random';
import { plainResolvedPath, resolveLink, uriResolvedPath } from './workspaceIndex';

describe('resolveLink', () => {
  it('resolves a relative link against the folder, the same for every document in it and on a second call', () => {
    for (let round = 0; round < 2; round++) {
      expect(resolveLink('file:///t/toolbox/instrumente/a.md', '../praxis/fall.md#ziel')).toEqual({ uri: 'file:///t/toolbox/praxis/fall.md', fragment: 'ziel' });
      expect(resolveLink('file:///t/toolbox/instrumente/b.md', '../praxis/fall.md')).toEqual({ uri: 'file:///t/toolbox/praxis/fall.md', fragment: '' });
      expect(resolveLink('file:///t/toolbox/praxis/c.md', '../praxis/fall.md')).toEqual({ uri: 'file:///t/toolbox/praxis/fall.md', fragment: '' });
      expect(resolveLink('file:///u/toolbox/instrumente/a.md', '../praxis/fall.md')).toEqual({ uri: 'file:///u/toolbox/praxis/fall.md', fragment: '' });
    }
  });

  it('resolves a root-relative path on the linking document’s host, and leaves external links', () => {
    expect(resolveLink('file:///t/toolbox/instrumente/a.md', '/t/toolbox/seiten/x.md')?.uri).toBe('file:///t/toolbox/seiten/x.md');
    expect(resolveLink('file:///t/toolbox/instrumente/a.md', 'https://example.org/x.md')).toBeUndefined();
    expect(resolveLink('file:///t/toolbox/instrumente/a.md', '#anker')).toEqual({ uri: 'file:///t/toolbox/instrumente/a.md', fragment: 'anker' });
  });

  it('keeps the query of a linking URI that has one, per document', () => {
    const first = resolveLink('git:/t/toolbox/instrumente/a.md?%7B%22ref%22%3A%22HEAD%22%7D', 'b.md')!.uri;
    const second = resolveLink('git:/t/toolbox/instrumente/c.md?%7B%22ref%22%3A%22main%22%7D', 'b.md')!.uri;
    expect(first).not.toBe(second);
    expect(second).toContain('main');
  });
});

describe('the plain resolution of links', () => {
  it('gives what vscode-uri gives, wherever it gives anything (50,000 random links from random documents, some 6,000 of them plain)', () => {
    const random = xorshift(20261207);
    const plainPieces = ['a', 'Fall', '1', '_', '-', '.', '..', '~', '.md', '/', '//', './', '../'];
    const otherPieces = ['%20', '%2e', '%2F', 'ä', ' ', '?', '#', ':', 'C:', '@', '+', '\\'];
    const piece = () => (random(20) ? plainPieces[random(plainPieces.length)]! : otherPieces[random(otherPieces.length)]!);
    const part = (n: number) => Array.from({ length: n }, piece).join('');
    let plain = 0;
    for (let i = 0; i < 50000; i++) {
      const fromUri = `file://${random(8) ? '' : 'host'}/${part(1 + random(6))}/${part(1 + random(3))}.md`;
      const path = part(1 + random(6));
      const fast = plainResolvedPath(fromUri, path);
      if (fast === undefined) continue;
      plain++;
      expect({ fromUri, path, target: fast }).toEqual({ fromUri, path, target: uriResolvedPath(fromUri, path) });
    }
    expect(plain).toBeGreaterThan(4000);
  });

  it.each([
    ['file:///t/toolbox/instrumente/a.md', '../praxis/fall.md', 'file:///t/toolbox/praxis/fall.md'],
    ['file:///t/a.md', '../../../x.md', 'file:///x.md'],
    ['file:///a.md', './b/./c//d.md', 'file:///b/c/d.md'],
    ['file:///t/a.md', 'dir/', 'file:///t/dir'],
    ['file:///t/a.md', '..', 'file:///'],
  ])('resolves %s + %s to %s', (fromUri, path, target) => {
    expect(plainResolvedPath(fromUri, path)).toBe(target);
    expect(uriResolvedPath(fromUri, path)).toBe(target);
  });

  it.each([
    ['an escape in the link', 'file:///t/a.md', 'b%20c.md'],
    ['a query in the link', 'file:///t/a.md', 'b.md?x'],
    ['a root-relative link', 'file:///t/a.md', '/b.md'],
    ['a host', 'file://server/t/a.md', 'b.md'],
    ['a drive letter', 'file:///c%3A/t/a.md', 'b.md'],
    ['a `..` in the document’s path', 'file:///t/../a.md', 'b.md'],
  ])('leaves %s to vscode-uri', (_what, fromUri, path) => {
    expect(plainResolvedPath(fromUri, path)).toBeUndefined();
  });
});
