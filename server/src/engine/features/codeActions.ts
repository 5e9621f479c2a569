// Quick fixes for the engine's own diagnostics: apply a did-you-mean, insert missing required fields,
// insert missing sections as a skeleton, make `related` mutual, move a private e-mail into a contact entry,
// delete a marker the intake of a question left, move a wrongly indented list entry under the one above.
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { isMap, isSeq, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostic';
import type { ParsedDocument } from '../parse/document';
import { locate, nodeSpan } from '../parse/yamlPath';
import { Codes } from '../rules/codes';
import { intakeMarkers } from '../rules/intakeMarkerRule';
import type { PathSegment, SchemaNode } from '../schema/registry';
import type { MeasureStatus } from '../vocabulary';
import type { FeatureContext } from './completion';
import { relativePath } from './paths';
import { appendUpdate, AppendUpdateError } from '../monitoring/appendUpdate';
import { isMeasureStatus, updatesOf, type MonitoredMeasure } from '../monitoring/measureData';
import { isDay, planBeginning } from '../monitoring/reportingDate';
import { textChange } from '../text/textChange';

const SUGGESTION_CODES = new Set<string>([Codes.kindUnknown, Codes.schemaEnum, Codes.schemaUnknownKey, Codes.refUnresolved, Codes.refWrongKind, Codes.linkAnchorMissing, Codes.idFileName]);

function overlaps(a: Range, b: Range): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function codeActions(
  document: ParsedDocument,
  range: Range,
  diagnostics: Diagnostic[],
  { schemas, index, today }: FeatureContext,
  toLsp: (d: Diagnostic) => LspDiagnostic,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (uri: string, edits: TextEdit[]) => ({ changes: { [uri]: edits } });
  for (const diagnostic of diagnostics) {
    if (!overlaps(diagnostic.range, range)) continue;
    const fix = (title: string, changes: { [uri: string]: TextEdit[] }, preferred = false) =>
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [toLsp(diagnostic)], isPreferred: preferred, edit: { changes } });
    const data = diagnostic.data ?? {};

    if (SUGGESTION_CODES.has(diagnostic.code)) {
      (data.suggestions ?? []).forEach((suggestion, i) => {
        const replacement = diagnostic.code === Codes.linkAnchorMissing ? suggestion : suggestion;
        fix(`Ändern in „${replacement}“`, edit(document.uri, [{ range: diagnostic.range, newText: replacement }]).changes, i === 0);
      });
    }
    if (diagnostic.code === Codes.linkTargetMissing) {
      for (const name of data.suggestions ?? []) {
        const target = [...index.uris()].find((u) => u.endsWith(`/${name}`));
        if (!target) continue;
        const original = document.text.slice(document.lines.offsetAt(diagnostic.range.start), document.lines.offsetAt(diagnostic.range.end));
        const fragment = original.includes('#') ? original.slice(original.indexOf('#')) : '';
        fix(`Link auf „${relativePath(document.uri, target)}“ ändern`, edit(document.uri, [{ range: diagnostic.range, newText: `${relativePath(document.uri, target)}${fragment}` }]).changes);
      }
    }
    if (diagnostic.code === Codes.schemaRequired && data.missing && document.kind && document.yaml && document.split.block) {
      const path = (data.path as PathSegment[] | undefined) ?? [];
      const insertion = insertFields(document, path, data.missing, schemas.at(document.kind, path.map((p) => (typeof p === 'number' ? 0 : p))), schemas, document.kind);
      if (insertion) fix(data.missing.length === 1 ? `Pflichtfeld „${data.missing[0]}“ ergänzen` : `Pflichtfelder ergänzen: ${data.missing.join(', ')}`, edit(document.uri, [insertion]).changes, true);
    }
    if (diagnostic.code === Codes.sectionMissing && data.missing) {
      const at = document.lines.positionAt(Number(data.insertOffset ?? document.text.length));
      const atEnd = Number(data.insertOffset ?? document.text.length) >= document.text.length;
      const sections = data.missing.map((heading) => {
        const spec = document.kind ? schemas.sections(document.kind).find((s) => s.heading === heading) : undefined;
        return `## ${heading}\n\n${spec?.format === 'ordered-list' ? '1. …' : '…'}\n`;
      });
      const text = atEnd ? `${document.text.endsWith('\n') ? '' : '\n'}\n${sections.join('\n')}` : `${sections.join('\n')}\n`;
      fix(data.missing.length === 1 ? `Abschnitt „${data.missing[0]}“ einfügen` : 'Gerüst der Pflichtabschnitte einfügen', edit(document.uri, [{ range: { start: at, end: at }, newText: text }]).changes, true);
      if (typeof data.replaceHeading === 'string') {
        const heading = document.body.headings.find((h) => h.text === data.replaceHeading);
        if (heading) fix(`Überschrift in „## ${data.missing[0]}“ ändern`, edit(document.uri, [{ range: document.lines.range(heading.start, heading.end), newText: `## ${data.missing[0]}` }]).changes, true);
      }
    }
    if (diagnostic.code === Codes.measureOverdue && typeof data.instrument === 'string' && isMeasureStatus(data.status) && today) {
      const change = statusToday(document, data.instrument, data.status, today());
      if (change) fix('Status heute aktualisieren', edit(document.uri, [change]).changes, true);
    }
    if (diagnostic.code === Codes.relatedNotMutual && typeof data.otherUri === 'string' && typeof data.missingId === 'string') {
      const other = index.get(data.otherUri);
      const insertion = other && appendToList(other, 'related', data.missingId);
      if (insertion) fix(`„${data.missingId}“ auch bei „${String(data.otherId)}“ als verwandt eintragen`, { [other!.uri]: [insertion] }, true);
    }
    if (diagnostic.code === Codes.personalEmail && typeof data.value === 'string' && document.kind && schemas.at(document.kind, ['contacts'])) {
      const contact = appendContact(document, data.value);
      if (contact) {
        fix('E-Mail-Adresse in einen Kontakteintrag verschieben (Rolle, Institution und Rechtsgrundlage prüfen)', edit(document.uri, [{ range: emailRange(document, diagnostic.range, data.value), newText: '' }, contact]).changes);
      }
    }
    if (diagnostic.code === Codes.listEntryIndent && typeof data.column === 'number' && typeof data.above === 'string') {
      // The finding starts at the swallowed line's dash, after nothing but blanks: they become the list's indentation.
      const lineStart = { line: diagnostic.range.start.line, character: 0 };
      const entry = typeof data.entry === 'string' && data.entry !== '' ? data.entry : '-';
      fix(`„${entry}“ so weit einrücken wie „${data.above}“`, edit(document.uri, [{ range: { start: lineStart, end: diagnostic.range.start }, newText: ' '.repeat(data.column) }]).changes, true);
    }
    if (diagnostic.code === Codes.intakeMarker) {
      const deletion = markerDeletion(document, diagnostic.range);
      if (deletion) fix(`Markierung „${deletion.marker}“ löschen`, edit(document.uri, [deletion.edit]).changes);
    }
  }
  return actions;
}

/**
 * Deleting a marker of the intake: the marker and the blanks before it (so „an [entfernen: …] oder“ becomes
 * „an oder“), or, where no blank or only the line's indentation stands before it, the blanks after it
 * („"[entfernen: …] Text"“ becomes „"Text"“). Line breaks stay.
 */
function markerDeletion(document: ParsedDocument, range: Range): { marker: string; edit: TextEdit } | undefined {
  const start = document.lines.offsetAt(range.start);
  const end = document.lines.offsetAt(range.end);
  const marker = intakeMarkers(document).find((m) => m.start === start && m.end === end);
  if (!marker) return undefined;
  const text = document.text;
  let from = start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  let to = end;
  if (from === start || from === 0 || text[from - 1] === '\n' || text[from - 1] === '\r') {
    from = start;
    while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
  }
  return { marker: marker.text.replace(/\s+/g, ' '), edit: { range: document.lines.range(from, to), newText: '' } };
}

/**
 * The span to delete when an e-mail address moves into a contact entry: in the frontmatter the diagnostic
 * covers the whole value, of which only the address (and the separator before it) goes, not the rest.
 */
function emailRange(document: ParsedDocument, range: Range, email: string): Range {
  const start = document.lines.offsetAt(range.start);
  const text = document.text.slice(start, document.lines.offsetAt(range.end));
  const at = text.indexOf(email);
  if (at < 0 || text === email) return range;
  const separator = /[\s,;]*$/.exec(text.slice(0, at))![0].length;
  const from = at - separator > 0 && !/^["']$/.test(text.slice(0, at - separator)) ? at - separator : at;
  return document.lines.range(start + from, start + at + email.length);
}

function placeholder(schema: SchemaNode | undefined): string {
  if (!schema) return '""';
  if (schema.enum?.length) return String(schema.enum[0]);
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1);
  if (schema.type === 'array') return '[]';
  if (schema.type === 'object') return '{}';
  return '""';
}

/** An edit that adds `missing` keys to the mapping at `path`, after its last entry, at its indentation. */
function insertFields(document: ParsedDocument, path: PathSegment[], missing: string[], object: SchemaNode | undefined, schemas: FeatureContext['schemas'], kind: string): TextEdit | undefined {
  const block = document.split.block!;
  const doc = document.yaml!.doc;
  const lines = (indent: string) => missing.map((name) => `${indent}${name}: ${placeholder(schemas.at(kind, [...path.map((p) => (typeof p === 'number' ? 0 : p)), name]) ?? object?.properties?.[name])}\n`).join('');
  if (path.length === 0) {
    const at = document.lines.positionAt(block.contentEnd);
    return { range: { start: at, end: at }, newText: lines('') };
  }
  const node = locate(doc, path)?.value as Node | null | undefined;
  if (node && isMap(node) && node.items.length > 0) {
    const firstKey = nodeSpan(node.items[0]!.key as Node)!;
    const column = document.lines.positionAt(block.contentStart + firstKey[0]).character;
    const end = document.lines.positionAt(block.contentStart + nodeSpan(node)![1]);
    const lineEnd = { line: end.character === 0 ? end.line : end.line + 1, character: 0 };
    if ((node as { flow?: boolean }).flow) return undefined;
    return { range: { start: lineEnd, end: lineEnd }, newText: lines(' '.repeat(column)) };
  }
  return undefined;
}

function appendToList(document: ParsedDocument, key: string, value: string): TextEdit | undefined {
  const block = document.split.block;
  if (!block || !document.yaml) return undefined;
  const location = locate(document.yaml.doc, [key]);
  const node = location?.value as Node | null | undefined;
  if (node && isSeq(node)) {
    const span = nodeSpan(node)!;
    if ((node as { flow?: boolean }).flow) {
      const close = document.lines.positionAt(block.contentStart + span[1] - 1);
      return { range: { start: close, end: close }, newText: node.items.length ? `, ${value}` : value };
    }
    const first = nodeSpan(node.items[0] as Node);
    const column = first ? document.lines.positionAt(block.contentStart + first[0]).character - 2 : 2;
    const end = document.lines.positionAt(block.contentStart + span[1]);
    const at = { line: end.character === 0 ? end.line : end.line + 1, character: 0 };
    return { range: { start: at, end: at }, newText: `${' '.repeat(Math.max(0, column))}- ${value}\n` };
  }
  if (location) return undefined;
  const at = document.lines.positionAt(block.contentEnd);
  return { range: { start: at, end: at }, newText: `${key}:\n  - ${value}\n` };
}

function appendContact(document: ParsedDocument, email: string): TextEdit | undefined {
  const block = document.split.block;
  if (!block || !document.yaml) return undefined;
  const entry = (indent: string) => `${indent}- role: ""\n${indent}  institution: ""\n${indent}  email: ${email}\n${indent}  legal_basis: einwilligung\n`;
  const node = locate(document.yaml.doc, ['contacts'])?.value as Node | null | undefined;
  if (node && isSeq(node) && !(node as { flow?: boolean }).flow && node.items.length) {
    const end = document.lines.positionAt(block.contentStart + nodeSpan(node)![1]);
    const first = nodeSpan(node.items[0] as Node)!;
    const column = document.lines.positionAt(block.contentStart + first[0]).character - 2;
    const at = { line: end.character === 0 ? end.line : end.line + 1, character: 0 };
    return { range: { start: at, end: at }, newText: entry(' '.repeat(Math.max(0, column))) };
  }
  if (node) return undefined;
  const at = document.lines.positionAt(block.contentEnd);
  return { range: { start: at, end: at }, newText: `contacts:\n${entry('  ')}` };
}

/**
 * „Status heute aktualisieren“: an entry dated today with the measure's current status, to be completed with a note.
 * Not offered where today would break the order of the entries or lie before the plan began.
 */
function statusToday(document: ParsedDocument, instrument: string, status: MeasureStatus, today: string): TextEdit | undefined {
  const measures = Array.isArray(document.data?.measures) ? (document.data.measures as MonitoredMeasure[]) : [];
  const measure = measures.find((m) => m?.instrument === instrument);
  const latest = measure ? updatesOf(measure).at(-1)?.date : undefined;
  const beginning = planBeginning(document.data);
  if (!isDay(today) || (latest && today < latest) || (beginning && today < beginning)) return undefined;
  try {
    return textChange(document.lines, document.text, appendUpdate(document.text, instrument, { date: today, status }));
  } catch (error) {
    if (error instanceof AppendUpdateError) return undefined;
    throw error;
  }
}
