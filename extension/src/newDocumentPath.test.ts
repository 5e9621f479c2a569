import { describe, expect, it } from 'vitest';
import { newDocumentPath } from './newDocumentPath';

describe('newDocumentPath', () => {
  it('puts a document into its kind’s folder of the toolbox, named by its id', () => {
    expect(newDocumentPath('toolbox', 'instrument', 'servicepoint')).toEqual({ segments: ['toolbox', 'instrumente', 'servicepoint.md'] });
  });

  it('refuses a kind it does not know and an id that is no id, so a command argument never leaves the folder', () => {
    expect(newDocumentPath('toolbox', '../../etc', 'x')).toEqual({ refused: 'kind' });
    expect(newDocumentPath('toolbox', 'instrument', '../../etc/passwd')).toEqual({ refused: 'id' });
    expect(newDocumentPath('toolbox', 'instrument', 'Servicepoint')).toEqual({ refused: 'id' });
  });
});
