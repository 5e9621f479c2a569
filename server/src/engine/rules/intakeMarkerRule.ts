// A marker of the intake is left (WK906): `frage neu` replaced a personal datum of an incoming question by
// „[entfernen: …]“ (the vocabulary's INTAKE_MARKER) so that the editor rewrites the sentence; a document that still
// holds one is not ready to publish. Found in every document, in the frontmatter's string values (not in keys or
// comments) and in the body, also when a line break stands between the marker's words.
import { isScalar, visit, type Scalar } from 'yaml';
import type { ParsedDocument } from '../parse/document';
import { nodeSpan } from '../parse/yamlPath';
import { INTAKE_MARKER, PERSONAL_DATUM, type PersonalDatumKind } from '../vocabulary/labels';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

/** Each marker, its words separated by blanks with at most one line break (a wrapped line in YAML or Markdown). */
const MARKER_PATTERN = new RegExp(
  Object.values(INTAKE_MARKER)
    .map((marker) => marker.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)'))
    .join('|'),
  'g',
);

/** Offsets [start, end) of the markers in the document's text, with the marker as written. */
export function intakeMarkers(document: ParsedDocument): { start: number; end: number; text: string }[] {
  const found = [...document.text.matchAll(MARKER_PATTERN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
  const block = document.split.block;
  if (!block || !found.some((m) => m.start < document.split.bodyStart)) return found;
  const values = document.yaml ? stringValueSpans(document, block.contentStart) : [];
  return found.filter((m) => m.start >= document.split.bodyStart || values.some(([start, end]) => start <= m.start && m.end <= end));
}

/** The spans of the frontmatter's string values (keys left out), in the whole text. */
function stringValueSpans(document: ParsedDocument, offset: number): [number, number][] {
  const spans: [number, number][] = [];
  visit(document.yaml!.doc, {
    Scalar(key, node: Scalar) {
      if (key === 'key' || !isScalar(node) || typeof node.value !== 'string') return;
      const span = nodeSpan(node);
      if (span) spans.push([span[0] + offset, span[1] + offset]);
    },
  });
  return spans;
}

/** The kind of datum a marker stood for, by its words („Telefonnummer“ for „[entfernen: Telefonnummer]“). */
const LABEL_OF_MARKER = new Map(Object.entries(INTAKE_MARKER).map(([kind, marker]) => [marker, PERSONAL_DATUM[kind as PersonalDatumKind]]));

export const intakeMarkerRule: Rule = {
  name: 'intake-marker',
  scope: 'document',
  check(document) {
    const what = document.kind === 'frage' ? 'die Frage' : 'das Dokument';
    return intakeMarkers(document).map((marker) => {
      const text = marker.text.replace(/\s+/g, ' ');
      return diagnostic(document, [marker.start, marker.end], 'error', Codes.intakeMarker,
        `Hier steht noch eine Markierung aus der Aufnahme der Frage („${text}“): An dieser Stelle stand ein personenbezogenes Datum (${LABEL_OF_MARKER.get(text)}), das nicht veröffentlicht wird. Löschen Sie die Markierung oder formulieren Sie den Satz ohne sie um, bevor ${what} veröffentlicht wird.`);
    });
  },
};
