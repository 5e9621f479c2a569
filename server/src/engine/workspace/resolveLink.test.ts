// Relative links resolve against the linking document's folder; a result kept for one document of a folder is the
// one every other document there gets, and a linking URI with a query keeps its own.
import { describe, expect, it } from 'vitest';
import { resolveLink } from './workspaceIndex';

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
