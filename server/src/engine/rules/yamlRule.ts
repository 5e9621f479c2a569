// Rule 2: every YAML syntax error at its own position, duplicate keys, and limits (alias bombs, nesting).
import { isMap, type YAMLError } from 'yaml';
import { Codes } from './codes';
import { diagnostic, frontmatterAnchor, type Rule } from './context';
import { summaryOf, withinLimit, type Omitted } from './findingLimit';
import type { DuplicateKey } from '../parse/duplicateKeys';
import { DuplicateKeyError } from '../parse/frontmatter';
import type { ParsedDocument } from '../parse/document';

const MESSAGES: Record<string, string> = {
  ALIAS_PROPS: 'Ein Alias darf keine Anker oder Tags tragen.',
  BAD_ALIAS: 'Dieser Alias verweist auf keinen bekannten Anker.',
  BAD_DIRECTIVE: 'Unbekannte oder fehlerhafte YAML-Direktive.',
  BAD_DQ_ESCAPE: 'Ungültige Escape-Sequenz in einem Text in doppelten Anführungszeichen.',
  BAD_INDENT: 'Die Einrückung stimmt hier nicht.',
  BAD_PROP_ORDER: 'Anker und Tag stehen in der falschen Reihenfolge.',
  BAD_SCALAR_START: 'Ein Wert darf nicht mit diesem Zeichen beginnen; setzen Sie ihn in Anführungszeichen.',
  BLOCK_AS_IMPLICIT_KEY: 'Hier beginnt eine verschachtelte Struktur, wo ein einfacher Schlüssel erwartet wird. Fehlt ein Leerzeichen nach dem Doppelpunkt, oder ist die Einrückung falsch?',
  BLOCK_IN_FLOW: 'Eine Block-Struktur ist innerhalb von [ ] oder { } nicht erlaubt.',
  DUPLICATE_KEY: 'Dieser Schlüssel kommt im selben Abschnitt doppelt vor.',
  IMPOSSIBLE: 'Die YAML-Struktur ist an dieser Stelle nicht auswertbar.',
  KEY_OVER_1024_CHARS: 'Der Schlüssel ist länger als 1024 Zeichen.',
  MISSING_CHAR: 'Hier fehlt ein Zeichen, etwa ein schließendes Anführungszeichen oder eine Klammer.',
  MULTILINE_IMPLICIT_KEY: 'Ein Schlüssel muss auf einer Zeile stehen. Fehlt ein Doppelpunkt oder ein schließendes Zeichen?',
  MULTIPLE_ANCHORS: 'Ein Wert darf nur einen Anker haben.',
  MULTIPLE_DOCS: 'Der Kopfbereich darf nur ein YAML-Dokument enthalten.',
  MULTIPLE_TAGS: 'Ein Wert darf nur ein Tag haben.',
  NON_STRING_KEY: 'Schlüssel müssen einfache Texte sein.',
  TAB_AS_INDENT: 'Tabulatoren sind zum Einrücken nicht erlaubt; verwenden Sie Leerzeichen.',
  TAG_RESOLVE_FAILED: 'Dieses YAML-Tag ist unbekannt.',
  UNEXPECTED_TOKEN: 'Unerwartetes Zeichen an dieser Stelle.',
  BAD_COLLECTION_TYPE: 'Der Typ dieser Liste oder Zuordnung passt nicht.',
};

export const yamlRule: Rule = {
  name: 'yaml',
  scope: 'document',
  check(document) {
    // Read by the fast reader: known to hold no error or warning and to be a mapping, without building the tree.
    if (document.yamlClean) return [];
    const block = document.split.block;
    // Duplicate keys as the only errors, read from the events: no tree either (see duplicateKeys.ts).
    const duplicates = document.yamlDuplicateKeys;
    const yaml = duplicates ? undefined : document.yaml;
    if (!block || !(yaml || duplicates)) return [];
    const offset = block.contentStart;
    const codeOf = (error: YAMLError) => (error.code === 'DUPLICATE_KEY' ? Codes.yamlDuplicateKey : Codes.yamlSyntax);
    // Within the limit before placing: 5,000 duplicate keys are found in one walk, but each costs a line look-up.
    const { kept, omitted } = duplicates ? duplicatesWithinLimit(duplicates) : withinLimit([...yaml!.doc.errors, ...yaml!.doc.warnings], codeOf);
    const severityOf = (error: YAMLError) => (error.name === 'YAMLWarning' ? 'warning' : 'error');
    let findings = kept.map((error: YAMLError) => {
      const isDuplicate = error.code === 'DUPLICATE_KEY';
      // A duplicate key is reported over the whole key (see parseYaml).
      const [start, end] = error.pos;
      const unclosed = unclosedFlow(error, block.source);
      const text = unclosed?.message ?? MESSAGES[error.code] ?? 'Fehler in der YAML-Syntax.';
      const label = isDuplicate ? `${text} („${block.source.slice(start, end)}“${firstOccurrence(error, document, offset)})` : text;
      const span = unclosed ? clampToBlock([offset + unclosed.at, offset + unclosed.at + 1], block.contentStart, block.contentEnd) : yamlErrorSpan(error, block);
      return diagnostic(document, span, severityOf(error), codeOf(error), label);
    });
    // After the first error on a line the parser has lost its footing: what follows there restates it.
    findings = findings.filter((finding, i) => i === 0 || finding.range.start.line !== findings[i - 1]!.range.start.line);
    for (const { first, count } of omitted.values()) findings.push(summaryOf(diagnostic(document, yamlErrorSpan(first, block), severityOf(first), codeOf(first), ''), count));
    if (!yaml) return findings;
    if (yaml.limitError) findings.push(diagnostic(document, frontmatterAnchor(document), 'error', Codes.yamlLimit, yaml.limitError));
    const contents = yaml.doc.contents;
    if (findings.length === 0 && !isMap(contents)) {
      const message = contents === null
        ? 'Der Kopfbereich ist leer. Erwartet werden YAML-Felder wie kind, id und title.'
        : 'Der Kopfbereich muss aus Feldern der Form „schlüssel: wert“ bestehen, nicht aus einer Liste oder einem einzelnen Wert.';
      findings.push(diagnostic(document, frontmatterAnchor(document), 'error', Codes.yamlNotMapping, message));
    }
    return findings;
  },
};

/** The duplicate keys read from the events within the limit, as the errors the tree's reading gives for them. */
function duplicatesWithinLimit(duplicates: DuplicateKey[]): { kept: YAMLError[]; omitted: Map<string, Omitted<YAMLError>> } {
  const asError = (duplicate: DuplicateKey) => new DuplicateKeyError([duplicate.start, duplicate.end], duplicate.firstStart);
  const { kept, omitted } = withinLimit(duplicates, () => Codes.yamlDuplicateKey);
  return {
    kept: kept.map(asError),
    omitted: new Map([...omitted].map(([code, { first, count }]) => [code, { first: asError(first), count }])),
  };
}

/**
 * An unclosed `[` or `{` („effort: [mittel“): the parser reports it where the next line begins, as an indentation
 * error. The reader is shown the bracket that stays open instead.
 */
function unclosedFlow(error: YAMLError, source: string): { message: string; at: number } | undefined {
  const match = /^Flow (sequence|map|mapping) in block collection must be sufficiently indented and end with a ([\]}])/.exec(error.message);
  if (!match) return undefined;
  const [opening, closing, what] = match[2] === ']' ? ['[', ']', 'Liste'] : ['{', '}', 'Zuordnung'];
  const at = source.lastIndexOf(opening, error.pos[0] - 1);
  if (at < 0) return undefined;
  return { message: `Die ${what}, die hier mit „${opening}“ beginnt, wird nicht mit „${closing}“ geschlossen (oder ihre nächste Zeile ist nicht weit genug eingerückt).`, at };
}

/** „, zuerst in Zeile 3“: where the key given twice stands first, so that the reader can choose which one to keep. */
function firstOccurrence(error: YAMLError, document: ParsedDocument, offset: number): string {
  if (!(error instanceof DuplicateKeyError)) return '';
  return `, zuerst in Zeile ${document.lines.positionAt(offset + error.firstPos).line + 1}`;
}

/** Where a YAML error of the frontmatter `block` is shown, as offsets in the whole text. */
export function yamlErrorSpan(error: YAMLError, block: { contentStart: number; contentEnd: number }): [number, number] {
  const [start, end] = error.pos;
  const span: [number, number] = [block.contentStart + start, block.contentStart + Math.max(end, start + 1)];
  return clampToBlock(span, block.contentStart, block.contentEnd);
}

/** An error at the very end of the YAML is shown on its last character, never past the closing fence. */
function clampToBlock(span: [number, number], start: number, end: number): [number, number] {
  const clampedEnd = Math.min(span[1], Math.max(end, start));
  const clampedStart = Math.min(span[0], Math.max(clampedEnd - 1, start));
  return [clampedStart, Math.max(clampedStart, clampedEnd)];
}
