import { describe, expect, it } from 'vitest';
import { withoutSoftHyphenText } from './pdf';

describe('the text layer of a printed PDF', () => {
  it('loses the soft hyphens of its ActualText spans and keeps every other text', () => {
    const content = [
      '/Span<</ActualText <FEFF00AD> >> BDC\n5.04 0 Td <0003> Tj\nEMC',
      '/Span<</ActualText <FEFF006600ad> >> BDC\n<0049> Tj\nEMC',
      '/Span<</ActualText (fi) >> BDC\n<13B2> Tj\nEMC',
      '/Span<</ActualText <FEFF00660069> >> BDC\n<13B2> Tj\nEMC',
    ].join('\n');
    expect(withoutSoftHyphenText(content)).toBe(
      [
        '/Span<</ActualText () >> BDC\n5.04 0 Td <0003> Tj\nEMC',
        '/Span<</ActualText <FEFF0066> >> BDC\n<0049> Tj\nEMC',
        '/Span<</ActualText (fi) >> BDC\n<13B2> Tj\nEMC',
        '/Span<</ActualText <FEFF00660069> >> BDC\n<13B2> Tj\nEMC',
      ].join('\n'),
    );
  });

  it('takes no code unit apart: a U+00AD must start on a unit boundary', () => {
    // <FEFF 1000 AD00>: "00AD" appears across two units and is not a soft hyphen.
    expect(withoutSoftHyphenText('/ActualText <FEFF1000AD00>')).toBe('/ActualText <FEFF1000AD00>');
  });
});
