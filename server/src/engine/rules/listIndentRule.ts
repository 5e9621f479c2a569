// A list entry indented further than the entry above it (WK205): YAML reads it as the continuation of that entry, so
// the list silently holds one merged value („bo-erstkontakt - bo-wartezeiten“). Reported on the swallowed line's
// „- …“, once; the schema and reference rules leave the merged value alone (misindented.ts). The quick fix moves the
// line's dash under the one above (features/codeActions.ts).
import { quoted } from '../vocabulary/quoted';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';
import { misindentedEntries } from './misindented';

export const listIndentRule: Rule = {
  name: 'list-indent',
  scope: 'document',
  check(document) {
    return misindentedEntries(document).flatMap(({ value, misindentation: { column, lines, entries } }) =>
      lines.map((line, i) => {
        const entry = entries[i + 1]!;
        const above = shown(entries[0]!);
        const shift = line.dash - line.start - column;
        const message = `Der Listeneintrag ${entry === '' ? '„-“' : shown(entry)} ist wahrscheinlich falsch eingerückt: Er steht ${places(shift)} weiter rechts `
          + `als der Eintrag ${above} und wird deshalb als dessen Fortsetzung gelesen, als ein einziger Eintrag ${shown(value)}. `
          + `Setzen Sie seinen Bindestrich genau unter den von ${above}.`;
        return diagnostic(document, [line.dash, line.end], 'error', Codes.listEntryIndent, message, { column, entry, above: entries[0]! });
      }),
    );
  },
};

function places(count: number): string {
  return count === 1 ? 'eine Stelle' : `${count === 2 ? 'zwei' : count === 3 ? 'drei' : String(count)} Stellen`;
}

/** A value in German quotation marks, a long one shortened (a list of roles or participants holds whole phrases). */
function shown(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return quoted(oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine);
}
