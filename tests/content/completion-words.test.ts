// Completion on the real toolbox: an instrument is found by a word of its title or summary, a criterion by a word
// of its statement — what an editor types when they do not know the id. The label is the German title, the id is
// what is inserted. The editor's filter is modelled as VS Code's for a plain prefix: the typed text must start a
// word of the item's filterText (case-insensitive).
import { describe, expect, it } from 'vitest';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { find, uri, workspace } from '../../server/src/engine/testing/memoryWorkspace';
import { realToolbox } from '../support/realToolbox';

const real = realToolbox();
const TS = 'instrumente/terminsystem.md';

/** The items an editor still shows after `typed` replaced the first entry of `field` in the Terminsystem. */
function offered(typed: string, field = 'related:'): CompletionItem[] {
  const text = real[TS]!.replace(new RegExp(`(${field}\\n  - )[a-z-]+`), `$1${typed}`);
  const ws = workspace({ ...real, [TS]: text });
  const at = find(text, typed, field);
  const items = ws.service.completion(uri(TS), { line: at.line, character: at.character + typed.length }).items;
  const wordStart = new RegExp(`(^|[^\\p{L}\\p{N}])${typed}`, 'iu');
  return items.filter((item) => wordStart.test(item.filterText ?? item.label));
}

describe('completion finds instruments by the words of their title and summary', () => {
  it('„Brosch“ offers the Willkommensbroschüre, labelled by its title, inserting its id', () => {
    const items = offered('Brosch');
    expect(items.map((i) => i.label)).toContain('Willkommensbroschüre');
    const item = items.find((i) => i.label === 'Willkommensbroschüre')!;
    expect(item.labelDetails).toEqual({ description: 'willkommensbroschuere' });
    expect((item.textEdit as TextEdit).newText).toBe('willkommensbroschuere');
  });

  it('„Front“ offers the Servicepoint (Front-Office)', () => {
    expect(offered('Front').map((i) => [i.label, (i.textEdit as TextEdit).newText])).toContainEqual(['Servicepoint (Front-Office)', 'servicepoint']);
  });

  it('a criterion is found by a word of its statement and labelled by it', () => {
    const items = offered('Wartez', 'addresses:');
    expect(items.map((i) => [i.labelDetails?.description, (i.textEdit as TextEdit).newText])).toContainEqual(['bo-wartezeiten', 'bo-wartezeiten']);
    expect(items.find((i) => i.labelDetails?.description === 'bo-wartezeiten')!.label).toMatch(/^Wartezeiten /);
  });

  it('a word that no title or summary has offers nothing', () => {
    expect(offered('Xylophon')).toEqual([]);
  });
});
