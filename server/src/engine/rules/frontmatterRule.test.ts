import { describe, expect, it } from 'vitest';
import { eckpunkt } from '../testing/fixtures';
import { at, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';

describe('frontmatter rule', () => {
  it('accepts a document that opens with a closed frontmatter block', () => {
    expect(workspace({ 'e.md': eckpunkt('e', ['e-a', 'e-b', 'e-c']) }).diagnostics('e.md', Codes.frontmatterMissing)).toEqual([]);
  });

  it('reports a missing frontmatter on the first line', () => {
    const ws = workspace({ 'x.md': '# Nur Text\n\nKein Kopfbereich.\n' });
    expect(ws.diagnostics('x.md').map(at)).toEqual(['WK101 0:0-0:10']);
  });

  it('reports a frontmatter that is not at the top at its opening fence', () => {
    const ws = workspace({ 'x.md': '\n---\nkind: case\n---\n' });
    expect(ws.diagnostics('x.md').map(at)).toEqual(['WK102 1:0-1:3']);
  });

  it('reports an unclosed frontmatter at its opening fence', () => {
    const ws = workspace({ 'x.md': '---\nkind: case\nid: x\n' });
    expect(ws.diagnostics('x.md').map(at)).toEqual(['WK103 0:0-0:3']);
  });

  it('reads frontmatter after a byte order mark and with CRLF line ends', () => {
    const text = `\uFEFF${eckpunkt('e', ['e-a', 'e-b', 'e-c']).replace(/\n/g, '\r\n')}`;
    const ws = workspace({ 'e.md': text });
    expect(ws.diagnostics('e.md').filter((d) => d.code.startsWith('WK1') && d.code !== 'WK1001').map(at)).toEqual([]);
    expect(ws.service.document(ws.service.uris()[0]!)?.id).toBe('e');
  });
});
