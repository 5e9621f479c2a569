import { describe, expect, it } from 'vitest';
import { caseDocument, eckpunkt, instrument } from '../testing/fixtures';
import { at, find, span, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';

const E = eckpunkt('e', ['e-a', 'e-b', 'e-c']);

/** The findings of the YAML rule family (WK2xx) of a single-file workspace. */
function yamlFindings(text: string, path = 'e.md') {
  return workspace({ [path]: text }).diagnostics(path).filter((d) => d.code.startsWith('WK2'));
}

/** Billion laughs: nine levels of nine aliases each, 9^9 strings once expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (const name of 'bcdefghi') {
    const previous = String.fromCharCode(name.charCodeAt(0) - 1);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return `---\nkind: eckpunkt\nid: e\n${lines.join('\n')}\n---\n\n## Leitgedanke\n\nText.\n`;
}

describe('yaml rule', () => {
  it('accepts well-formed YAML', () => {
    expect(yamlFindings(E)).toEqual([]);
  });

  it('shows an unclosed [ or { at the bracket, not as an indentation error on the next line', () => {
    const list = instrument().replace('effort: mittel', 'effort: [mittel');
    expect(list).not.toBe(instrument());
    const findings = yamlFindings(list, 'terminsystem.md');
    expect(findings.map(at)).toEqual([span(Codes.yamlSyntax, list, '[', 'effort:')]);
    expect(findings[0]!.message).toBe('Die Liste, die hier mit „[“ beginnt, wird nicht mit „]“ geschlossen (oder ihre nächste Zeile ist nicht weit genug eingerückt).');
    const map = instrument().replace('effort: mittel', 'effort: { stufe: mittel');
    expect(yamlFindings(map, 'terminsystem.md').map((d) => [at(d), d.message.slice(0, 40)])).toEqual([[span(Codes.yamlSyntax, map, '{', 'effort:'), 'Die Zuordnung, die hier mit „{“ beginnt,']]);
  });

  it('accepts anchors and aliases used in moderation', () => {
    const text = instrument().replace('title: Instrument terminsystem', 'title: &titel Instrument terminsystem').replace('  - title: Eine Quelle des Modellprojekts', '  - title: *titel');
    expect(yamlFindings(text, 'terminsystem.md')).toEqual([]);
  });

  describe('syntax errors', () => {
    it('reports two independent errors, each at its own position', () => {
      const text = E.replace('title: Binnenorganisation', 'title: @Binnenorganisation').replace('order: 2', 'order: `2');
      const findings = yamlFindings(text);
      expect(findings.map(at)).toEqual([span(Codes.yamlSyntax, text, '@'), span(Codes.yamlSyntax, text, '`')]);
      expect(findings.map((d) => d.severity)).toEqual(['error', 'error']);
      expect(findings[0]!.message).toContain('Anführungszeichen');
    });

    it('reports different kinds of errors on different lines with their own messages', () => {
      const text = E.replace('title: Binnenorganisation', 'title: "Binnen\\qorganisation"').replace('order: 2', 'order: @2');
      const findings = yamlFindings(text);
      expect(findings.map(at)).toEqual([span(Codes.yamlSyntax, text, '\\'), span(Codes.yamlSyntax, text, '@')]);
      expect(findings[0]!.message).toBe('Ungültige Escape-Sequenz in einem Text in doppelten Anführungszeichen.');
      expect(findings[1]!.message).toContain('Ein Wert darf nicht mit diesem Zeichen beginnen');
    });

    it('shows an error at the very end of the YAML inside the frontmatter, not past the closing fence', () => {
      const text = caseDocument().replace('  - Ausländerbehörde Weimar\n', '  - "Ausländerbehörde Weimar\n');
      const findings = yamlFindings(text, 'weimar-servicepoint.md');
      const close = find(text, '---', 'sources:');
      const lastLine = close.line - 1;
      const lastLength = text.split('\n')[lastLine]!.length;
      expect(findings.map(at)).toEqual([`${Codes.yamlSyntax} ${lastLine}:${lastLength}-${close.line}:0`]);
      expect(findings[0]!.message).toContain('schließendes Anführungszeichen');
    });
  });

  describe('duplicate keys', () => {
    it('reports the second occurrence of a key, over the whole key, naming the line of the first', () => {
      const text = E.replace('order: 2', 'order: 2\norder: 3');
      const findings = yamlFindings(text);
      expect(findings.map(at)).toEqual([span(Codes.yamlDuplicateKey, text, 'order', 'order: 3')]);
      const firstLine = text.split('\n').indexOf('order: 2') + 1;
      expect(findings[0]!.message).toBe(`Dieser Schlüssel kommt im selben Abschnitt doppelt vor. („order“, zuerst in Zeile ${firstLine})`);
    });

    it('reports a duplicate key in a flow mapping on the second key', () => {
      const text = E.replace('order: 2', 'order: {von: 1, von: 2}');
      expect(yamlFindings(text).map(at)).toEqual([span(Codes.yamlDuplicateKey, text, 'von', '1, ')]);
    });

    it('covers a quoted duplicate key including its quotes', () => {
      const text = E.replace('order: 2', 'order: 2\n"order": 3');
      const findings = yamlFindings(text);
      expect(findings.map(at)).toEqual([span(Codes.yamlDuplicateKey, text, '"order"')]);
    });

    it('does not report the same key in different mappings', () => {
      // `id` and `text` repeat in every criterion, and `id` also at the top level.
      expect(yamlFindings(E).filter((d) => d.code === Codes.yamlDuplicateKey)).toEqual([]);
    });
  });

  describe('limits', () => {
    it('refuses an alias bomb with WK203 at the opening fence, without crashing', () => {
      const ws = workspace({ 'e.md': aliasBomb() });
      const all = ws.diagnostics('e.md');
      expect(all.filter((d) => d.code.startsWith('WK2')).map(at)).toEqual([`${Codes.yamlLimit} 0:0-0:3`]);
      expect(all.find((d) => d.code === Codes.yamlLimit)!.message).toContain('Alias-Bombe');
      expect(all.map((d) => d.code)).not.toContain('WK000');
      // Nothing validated the expanded data: no schema findings.
      expect(all.filter((d) => d.code.startsWith('WK4'))).toEqual([]);
    });

    it('refuses 200 nested flow sequences with WK203', () => {
      const text = E.replace('order: 2', `order: ${'['.repeat(200)}${']'.repeat(200)}`);
      const ws = workspace({ 'e.md': text });
      expect(ws.diagnostics('e.md').filter((d) => d.code.startsWith('WK2')).map(at)).toEqual([`${Codes.yamlLimit} 0:0-0:3`]);
      expect(ws.diagnostics('e.md', Codes.yamlLimit)[0]!.message).toBe('Die Verschachtelung ist tiefer als 64 Ebenen.');
      expect(ws.diagnostics('e.md').map((d) => d.code)).not.toContain('WK000');
    });

    it('refuses 200 unclosed nested flow sequences with WK203 as well', () => {
      const text = E.replace('order: 2', `order: ${'['.repeat(200)}`);
      expect(yamlFindings(text).map(at)).toEqual([`${Codes.yamlLimit} 0:0-0:3`]);
    });

    it('refuses deep nesting by indentation', () => {
      const nested = Array.from({ length: 70 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n');
      const text = `---\nkind: eckpunkt\nid: e\n${nested} x\n---\n`;
      expect(yamlFindings(text).map(at)).toEqual([`${Codes.yamlLimit} 0:0-0:3`]);
    });

    it('accepts nesting within the limit', () => {
      const text = E.replace('order: 2', `order: ${'['.repeat(40)}${']'.repeat(40)}`);
      expect(yamlFindings(text)).toEqual([]);
    });
  });

  describe('frontmatter that is not a mapping', () => {
    it('reports a list as WK204 at the opening fence', () => {
      const ws = workspace({ 'e.md': '---\n- kind: eckpunkt\n- id: e\n---\n\nText.\n' });
      const all = ws.diagnostics('e.md');
      expect(all.map(at)).toEqual([`${Codes.yamlNotMapping} 0:0-0:3`]);
      expect(all[0]!.message).toContain('nicht aus einer Liste');
    });

    it('reports a single value as WK204', () => {
      const ws = workspace({ 'e.md': '---\neckpunkt\n---\n' });
      expect(ws.diagnostics('e.md').map(at)).toEqual([`${Codes.yamlNotMapping} 0:0-0:3`]);
    });

    it('reports an empty frontmatter as WK204', () => {
      for (const text of ['---\n---\n\nText.\n', '---\n\n\n---\n', '---\n# nur ein Kommentar\n---\n']) {
        const ws = workspace({ 'e.md': text });
        const all = ws.diagnostics('e.md');
        expect(all.map(at), JSON.stringify(text)).toEqual([`${Codes.yamlNotMapping} 0:0-0:3`]);
        expect(all[0]!.message).toContain('Der Kopfbereich ist leer');
      }
    });
  });

  describe('tabs', () => {
    it('reports tab indentation at the tab', () => {
      const text = caseDocument().replace(/period: .*\n  .*\n/, 'period:\n\tfrom: 2014\n');
      const findings = yamlFindings(text, 'weimar-servicepoint.md');
      expect(findings.map(at)).toEqual([span(Codes.yamlSyntax, text, '\t')]);
      expect(findings[0]!.message).toBe('Tabulatoren sind zum Einrücken nicht erlaubt; verwenden Sie Leerzeichen.');
    });

    it('accepts a tab that is not indentation', () => {
      const text = caseDocument().replace('region: Weimar', 'region:\tWeimar\t# Stadt');
      expect(yamlFindings(text, 'weimar-servicepoint.md')).toEqual([]);
    });
  });
});
