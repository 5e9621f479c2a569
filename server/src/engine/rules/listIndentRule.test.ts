import { describe, expect, it } from 'vitest';
import { fixtureText, fixtureToolbox, PLAN, TS } from '../testing/fixtureToolbox';
import { at, find, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';
import { misindentation } from './misindented';

const TS_TEXT = fixtureText(TS);
const PLAN_TEXT = fixtureText(PLAN);

/** Every finding of the fixture toolbox with `path` changed to `text`, as `path code line:col-line:col`. */
function workspaceFindings(path: string, text: string): string[] {
  const ws = workspace({ ...fixtureToolbox(), [path]: text });
  return ws.service.uris().flatMap((u) => ws.service.diagnostics(u).map((d) => `${u.split('/toolbox/')[1]} ${at(d)}`));
}

function findingsOf(path: string, text: string) {
  return workspace({ ...fixtureToolbox(), [path]: text }).diagnostics(path);
}

/** `WK205 line:col-line:col` over `needle` (after `after`). */
function indentAt(text: string, needle: string, after?: string): string {
  const start = find(text, needle, after);
  return `${Codes.listEntryIndent} ${start.line}:${start.character}-${start.line}:${start.character + needle.length}`;
}

describe('list indent rule (WK205)', () => {
  it('reports an entry one place too far right on its „- …“, as the one finding of the whole toolbox', () => {
    const text = TS_TEXT.replace('  - bo-ablaeufe\n', '   - bo-ablaeufe\n');
    expect(workspaceFindings(TS, text)).toEqual([`${TS} ${indentAt(text, '- bo-ablaeufe')}`]);
    const [finding] = findingsOf(TS, text);
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toBe('Der Listeneintrag „bo-ablaeufe“ ist wahrscheinlich falsch eingerückt: Er steht eine Stelle weiter rechts als der Eintrag „bo-wartezeiten“ und wird deshalb als dessen Fortsetzung gelesen, als ein einziger Eintrag „bo-wartezeiten - bo-ablaeufe“. Setzen Sie seinen Bindestrich genau unter den von „bo-wartezeiten“.');
    expect(finding!.data).toEqual({ column: 2, entry: 'bo-ablaeufe', above: 'bo-wartezeiten' });
  });

  it('counts the places: two too far right', () => {
    const text = TS_TEXT.replace('  - bo-ablaeufe\n', '    - bo-ablaeufe\n');
    const findings = findingsOf(TS, text);
    expect(findings.map(at)).toEqual([indentAt(text, '- bo-ablaeufe')]);
    expect(findings[0]!.message).toContain('Er steht zwei Stellen weiter rechts als der Eintrag „bo-wartezeiten“');
  });

  it('finds it in a list that starts at its key’s column', () => {
    const text = TS_TEXT.replace('  - bo-wartezeiten\n  - bo-ablaeufe\n', '- bo-wartezeiten\n - bo-ablaeufe\n');
    const findings = findingsOf(TS, text);
    expect(findings.map(at)).toEqual([indentAt(text, '- bo-ablaeufe')]);
    expect(findings[0]!.data).toMatchObject({ column: 0 });
  });

  it('finds it in a list inside a plan’s measure, where the merged text is no error of its own', () => {
    const text = PLAN_TEXT.replace('    owner: Sachgebiet Service\n', '    owner: Sachgebiet Service\n    participants:\n      - Servicepoint\n       - Personalrat\n');
    const findings = findingsOf(PLAN, text);
    expect(findings.map(at)).toEqual([indentAt(text, '- Personalrat')]);
    expect(findings[0]!.message).toContain('als ein einziger Eintrag „Servicepoint - Personalrat“');
    expect(findings[0]!.data).toMatchObject({ column: 6 });
  });

  it('reports each of two swallowed lines, both measured against the entry that swallowed them', () => {
    const text = TS_TEXT.replace('related:\n  - servicepoint\n', 'related:\n  - servicepoint\n   - terminsystem\n   - front-back-office\n');
    const findings = findingsOf(TS, text);
    expect(findings.map(at)).toEqual([indentAt(text, '- terminsystem', 'related:'), indentAt(text, '- front-back-office')]);
    expect(findings.map((d) => d.message.slice(0, d.message.indexOf(':')))).toEqual([
      'Der Listeneintrag „terminsystem“ ist wahrscheinlich falsch eingerückt',
      'Der Listeneintrag „front-back-office“ ist wahrscheinlich falsch eingerückt',
    ]);
    for (const finding of findings) expect(finding.message).toContain('als der Eintrag „servicepoint“ und wird deshalb als dessen Fortsetzung gelesen, als ein einziger Eintrag „servicepoint - terminsystem - front-back-office“.');
  });

  it('names an empty entry by its dash', () => {
    const text = TS_TEXT.replace('  - bo-ablaeufe\n', '  - bo-ablaeufe\n   -\n');
    const findings = findingsOf(TS, text);
    const line = find(text, '   -\n').line;
    expect(findings.map(at)).toEqual([`${Codes.listEntryIndent} ${line}:3-${line}:4`]);
    expect(findings[0]!.message).toMatch(/^Der Listeneintrag „-“ ist wahrscheinlich falsch eingerückt: .* als ein einziger Eintrag „bo-ablaeufe -“\./);
  });

  it('reads a document with CRLF line ends alike', () => {
    const text = TS_TEXT.replace('  - bo-ablaeufe\n', '   - bo-ablaeufe\n').replace(/\n/g, '\r\n');
    expect(findingsOf(TS, text).map(at)).toEqual([indentAt(text, '- bo-ablaeufe')]);
  });

  describe('leaves alone', () => {
    const roles = (lines: string) => TS_TEXT.replace('sources:\n', `roles:\n${lines}sources:\n`);

    it('an entry folded over lines without a dash, even with „ - “ in it', () => {
      const text = roles('  - Leitung der Ausländerbehörde -\n    auch die Stellvertretung\n  - Sachgebiet Aufenthalt - Team Studium\n');
      expect(findingsOf(TS, text)).toEqual([]);
    });

    it('a quoted entry that spans lines (the quotes say it is one entry)', () => {
      const text = roles('  - "Leitung\n     - Stellvertretung"\n');
      expect(findingsOf(TS, text)).toEqual([]);
    });

    it('a field’s single value continued on a line with a dash: no list entry, the schema judges the value', () => {
      const text = TS_TEXT.replace('effort: mittel\n', 'effort: mittel\n  - hoch\n');
      expect(findingsOf(TS, text).map((d) => d.code)).toEqual([Codes.schemaEnum]);
    });
  });
});

describe('misindentation (from the source of a value)', () => {
  const of = (text: string, value: string) => {
    const start = text.indexOf(value);
    return misindentation(text, start, start + value.length);
  };

  it('gives the list’s column, each swallowed line and the entries as they were meant', () => {
    const text = 'related:\n  - a\n   - b\n    c\n   - d\n';
    const found = of(text, 'a\n   - b\n    c\n   - d');
    expect(found).toEqual({
      column: 2,
      lines: [{ start: text.indexOf('   - b'), dash: text.indexOf('- b'), end: text.indexOf('- b') + 3 }, { start: text.indexOf('   - d'), dash: text.indexOf('- d'), end: text.indexOf('- d') + 3 }],
      entries: ['a', 'b c', 'd'],
    });
  });

  it('takes the inner dash of a list in a list', () => {
    expect(of('r:\n  - - a\n     - b\n', 'a\n     - b')?.column).toBe(4);
  });

  it('needs a dash of a list entry right before the value', () => {
    expect(of('r:\n  - k: a\n     - b\n', 'a\n     - b')).toBeUndefined();
    expect(of('r: a\n  - b\n', 'a\n  - b')).toBeUndefined();
  });

  it('needs a swallowed line that begins with „- “ (not „-x“)', () => {
    expect(of('r:\n  - a\n   -b\n', 'a\n   -b')).toBeUndefined();
  });
});
