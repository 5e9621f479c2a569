import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { eckpunkt, instrument, instrumentBody } from '../testing/fixtures';
import { at, span, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';

const I = 'instrumente/terminsystem.md';

/** The instrument `terminsystem` with `links` as the last paragraph, beside an instrument `servicepoint`. */
function linkFindings(links: string, extraFiles: string[] = []) {
  const text = instrument({ body: `${instrumentBody}\n${links}\n` });
  const files = {
    'eckpunkte/binnenorganisation.md': eckpunkt(),
    'instrumente/servicepoint.md': instrument({ id: 'servicepoint', body: instrumentBody.replace('## Stolpersteine', '## Stolpersteine und Lösungen') }),
    [I]: text,
  };
  return { text, findings: workspace(files, extraFiles).diagnostics(I).filter((d) => d.code.startsWith('WK8')) };
}

describe('links rule', () => {
  it('accepts a link to an existing document', () => {
    expect(linkFindings('Siehe [Servicepoint](servicepoint.md).').findings).toEqual([]);
  });

  it('accepts a link to a document in another folder', () => {
    expect(linkFindings('Siehe [Eckpunkt](../eckpunkte/binnenorganisation.md#leitgedanke).').findings).toEqual([]);
  });

  describe('links out of the toolbox', () => {
    it('reports a link to an existing file outside the toolbox folder on its target (WK803), as an error', () => {
      const { text, findings } = linkFindings('Siehe [Geheim](../../geheim.txt) und [Passwörter](/etc/passwd).', ['file:///ws/geheim.txt', 'file:///etc/passwd']);
      expect(findings.map(at)).toEqual([span(Codes.linkOutsideToolbox, text, '../../geheim.txt'), span(Codes.linkOutsideToolbox, text, '/etc/passwd')]);
      expect(findings.every((f) => f.severity === 'error')).toBe(true);
      expect(findings[0]!.message).toBe('Der Link führt aus dem Werkzeugkoffer hinaus: „../../geheim.txt“. Das Handbuch veröffentlicht nur Dateien aus dem Werkzeugkoffer; legen Sie die Datei dort ab und verlinken Sie sie dort.');
    });

    it('accepts a link to a file inside the toolbox in another folder', () => {
      expect(linkFindings('Siehe [Bild](../bilder/plan.png).', ['bilder/plan.png']).findings).toEqual([]);
    });
  });

  describe('missing files', () => {
    it('reports a link to a missing file on its target, with a did-you-mean', () => {
      const { text, findings } = linkFindings('Siehe [Servicepoint](servicepoin.md).');
      expect(findings.map(at)).toEqual([span(Codes.linkTargetMissing, text, 'servicepoin.md')]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toBe('Der Link zeigt auf eine Datei, die es nicht gibt: „servicepoin.md“. Meinten Sie „servicepoint.md“?');
    });

    it('reports a missing file of a link with an anchor, naming the file only', () => {
      const { text, findings } = linkFindings('Siehe [Lotsen](lotsen.md#ziel).');
      expect(findings.map(at)).toEqual([span(Codes.linkTargetMissing, text, 'lotsen.md#ziel')]);
      expect(findings[0]!.message).toBe('Der Link zeigt auf eine Datei, die es nicht gibt: „lotsen.md“.');
    });

    it('reports a missing file of a reference-style definition', () => {
      const { text, findings } = linkFindings('Siehe [Lotsen][l].\n\n[l]: lotsen.md');
      expect(findings.map(at)).toEqual([span(Codes.linkTargetMissing, text, 'lotsen.md')]);
    });
  });

  describe('anchors', () => {
    it('reports a missing anchor in an existing file on the anchor, with a did-you-mean', () => {
      const { text, findings } = linkFindings('Siehe [Ziele](servicepoint.md#ziele).');
      expect(findings.map(at)).toEqual([span(Codes.linkAnchorMissing, text, '#ziele')]);
      expect(findings[0]!.message).toBe('Den Anker „#ziele“ gibt es in „servicepoint.md“ nicht. Meinten Sie „#ziel“?');
      expect(findings[0]!.data?.suggestions).toEqual(['#ziel']);
    });

    it('resolves an anchor with umlauts as github-slugger writes it', () => {
      expect(new GithubSlugger().slug('Stolpersteine und Lösungen')).toBe('stolpersteine-und-lösungen');
      expect(linkFindings('Siehe [Lösungen](servicepoint.md#stolpersteine-und-lösungen).').findings).toEqual([]);
      expect(linkFindings('Siehe [Lösungen](servicepoint.md#stolpersteine-und-l%C3%B6sungen).').findings).toEqual([]);
    });

    it('reports a transliterated umlaut anchor and suggests the real one', () => {
      const { text, findings } = linkFindings('Siehe [Lösungen](servicepoint.md#stolpersteine-und-loesungen).');
      expect(findings.map(at)).toEqual([span(Codes.linkAnchorMissing, text, '#stolpersteine-und-loesungen')]);
      expect(findings[0]!.message).toContain('Meinten Sie „#stolpersteine-und-lösungen“?');
    });

    it('lists the target’s first anchors when none is close', () => {
      const { findings } = linkFindings('Siehe [Kosten](servicepoint.md#kostenuebersicht-und-finanzierung).');
      expect(findings[0]!.message).toMatch(/^Den Anker „#kostenuebersicht-und-finanzierung“ gibt es in „servicepoint\.md“ nicht\. Vorhandene Anker: „#[^“]+“(, „#[^“]+“)*( …)?\.$/);
      expect(findings[0]!.data?.suggestions).toEqual([]);
    });

    it('accepts an existing anchor in the same document', () => {
      expect(linkFindings('Siehe [oben](#umsetzungsschritte) und [Beispiele](#beispiele-aus-der-praxis).').findings).toEqual([]);
    });

    it('finds anchors alike in a document of few headings and in one of many', () => {
      const many = Array.from({ length: 12 }, (_, i) => `## Abschnitt ${i + 1}\n\nText.\n`).join('\n');
      const { text, findings } = linkFindings(`${many}\nSiehe [eins](#abschnitt-1), [zwölf](#abschnitt-12), [fehlt](#abschnitt-13) und [oben](#umsetzungsschritte).`);
      expect(findings.map(at)).toEqual([span(Codes.linkAnchorMissing, text, '#abschnitt-13')]);
    });

    it('reports a missing anchor in the same document', () => {
      const { text, findings } = linkFindings('Siehe [oben](#umsetzungschritte).');
      expect(findings.map(at)).toEqual([span(Codes.linkAnchorMissing, text, '#umsetzungschritte')]);
      expect(findings[0]!.message).toBe('Den Anker „#umsetzungschritte“ gibt es in diesem Dokument nicht. Meinten Sie „#umsetzungsschritte“?');
    });
  });

  describe('links that are not checked or are no documents', () => {
    it('ignores external links', () => {
      expect(linkFindings('Siehe [BAMF](https://www.bamf.de/fehlt.md#nirgends), <https://example.org/x> und [Post](mailto:poststelle@example.org).').findings).toEqual([]);
    });

    it('accepts a link to an existing file that is not Markdown', () => {
      expect(linkFindings('Der [Leitfaden](../dateien/leitfaden.pdf) und ![Plan](../dateien/plan.png).', ['dateien/leitfaden.pdf', 'dateien/plan.png']).findings).toEqual([]);
    });

    it('does not look for anchors in a file that is not Markdown', () => {
      expect(linkFindings('Der [Leitfaden](../dateien/leitfaden.pdf#page=3).', ['dateien/leitfaden.pdf']).findings).toEqual([]);
    });

    it('reports a missing non-Markdown file and a missing image', () => {
      const { text, findings } = linkFindings('Der [Leitfaden](../dateien/leitfaden.pdf) und ![Plan](plan.png).');
      expect(findings.map(at)).toEqual([span(Codes.linkTargetMissing, text, '../dateien/leitfaden.pdf'), span(Codes.linkTargetMissing, text, 'plan.png')]);
    });
  });
});
