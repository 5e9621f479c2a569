// Appending a dated update to one measure of a plan, as a text insertion into the frontmatter: every byte
// outside the new entry stays as it was (comments, order, quoting, line endings, the body). The YAML syntax
// tree only tells where the measure and its `updates` are and how they are indented.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { splitFrontmatter } from '../parse/frontmatter';
import { MEASURE_STATUSES } from '../vocabulary';
import { isMeasureStatus } from './measureData';
import { isDay } from './reportingDate';
import type { MeasureUpdate } from './statusReport';

export class AppendUpdateError extends Error {}

type Range = [number, number, number];
const rangeOf = (node: unknown): Range | undefined => (node as { range?: Range } | null)?.range;

/** The new text of the plan with `update` appended to the measure of `instrument`. */
export function appendUpdate(text: string, instrument: string, update: MeasureUpdate): string {
  checkUpdate(update);
  const split = splitFrontmatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (!split.block) throw new AppendUpdateError('Der Plan hat keinen lesbaren Kopfbereich (Frontmatter).');
  const { source, contentStart, contentEnd } = split.block;
  const doc = parseDocument(source, { keepSourceTokens: false });
  const line = (offset: number) => text.slice(0, contentStart + offset).split('\n').length;
  if (doc.errors.length) throw new AppendUpdateError(`Zeile ${line(doc.errors[0]!.pos[0])}: Der Kopfbereich des Plans enthält YAML-Fehler; der Status wird nicht eingetragen.`);
  const measures = doc.get('measures', true);
  if (!isSeq(measures)) throw new AppendUpdateError('Der Plan hat keine Liste „measures“.');
  const measure = measures.items.find((item): item is YAMLMap => isMap(item) && item.get('instrument') === instrument);
  if (!measure) throw new AppendUpdateError(`Der Plan hat keine Maßnahme zum Instrument „${instrument}“.`);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const edited = insertInto(source, measure, update, eol, line);
  const check = parseDocument(edited);
  if (check.errors.length) throw new AppendUpdateError('Der Eintrag ließe sich nicht lesbar einfügen; der Plan bleibt unverändert.');
  return text.slice(0, contentStart) + edited + text.slice(contentEnd);
}

function checkUpdate(update: MeasureUpdate): void {
  if (!isDay(update.date)) throw new AppendUpdateError(`Das Datum „${update.date}“ ist kein gültiger Tag (JJJJ-MM-TT).`);
  if (!isMeasureStatus(update.status)) throw new AppendUpdateError(`Der Status „${String(update.status)}“ ist nicht erlaubt. Erlaubt sind: ${MEASURE_STATUSES.join(', ')}.`);
}

function insertInto(source: string, measure: YAMLMap, update: MeasureUpdate, eol: string, line: (offset: number) => number): string {
  const pair = measure.items.find((p) => isScalar(p.key) && p.key.value === 'updates') as Pair<Node, unknown> | undefined;
  if (measure.flow && !pair) return splice(source, endOfLastField(measure), `, updates: [${flowEntry(update)}]`);
  if (!pair) return addUpdatesKey(source, measure, update, eol);
  const value = pair.value;
  if (value === null || (isScalar(value) && value.value === null)) {
    const at = lineEndAfter(source, rangeOf(pair.key)![1], eol);
    return splice(source, at.offset, at.prefix + blockEntry(update, itemColumn(source, measure, rangeOf(pair.key)![0]), eol));
  }
  if (!isSeq(value)) throw new AppendUpdateError(`Zeile ${line(rangeOf(value)?.[0] ?? 0)}: „updates“ der Maßnahme ist keine Liste; der Status wird nicht eingetragen.`);
  if (value.flow) return value.items.length ? insertBefore(source, rangeOf(value)![1], ']', `, ${flowEntry(update)}`) : replaceRange(source, rangeOf(value)!, `[${flowEntry(update)}]`);
  return appendToBlockSeq(source, value, update, eol);
}

/** A new item after the last one of a block list, in the style (block or `{ … }`) of the list's first item. */
function appendToBlockSeq(source: string, seq: YAMLSeq, update: MeasureUpdate, eol: string): string {
  const column = columnOf(source, rangeOf(seq)![0]);
  const last = seq.items[seq.items.length - 1];
  const at = lineEndAfter(source, rangeOf(last)?.[1] ?? rangeOf(seq)![1], eol);
  const first = seq.items[0];
  const entry = isMap(first) && first.flow ? `${' '.repeat(column)}- ${flowEntry(update)}${eol}` : blockEntry(update, column, eol);
  return splice(source, at.offset, at.prefix + entry);
}

/** `updates:` after the measure's last field, at its indentation, its list indented like the measure's other lists. */
function addUpdatesKey(source: string, measure: YAMLMap, update: MeasureUpdate, eol: string): string {
  const keyColumn = columnOf(source, rangeOf((measure.items[0] as Pair).key)![0]);
  const at = lineEndAfter(source, endOfLastField(measure), eol);
  const entry = `${' '.repeat(keyColumn)}updates:${eol}${blockEntry(update, itemColumn(source, measure, rangeOf((measure.items[0] as Pair).key)![0]), eol)}`;
  return splice(source, at.offset, at.prefix + entry);
}

function endOfLastField(measure: YAMLMap): number {
  const lastPair = measure.items[measure.items.length - 1] as Pair;
  return rangeOf(lastPair.value)?.[1] ?? rangeOf(lastPair.key)![1];
}

/** Where a list under a key of this measure puts its dashes: as its other block lists do, else two columns in. */
function itemColumn(source: string, measure: YAMLMap, keyOffset: number): number {
  const keyColumn = columnOf(source, keyOffset);
  for (const pair of measure.items) {
    if (isSeq(pair.value) && !pair.value.flow && rangeOf(pair.value)) return columnOf(source, rangeOf(pair.value)![0]) - columnOf(source, rangeOf(pair.key)![0]) + keyColumn;
  }
  return keyColumn + 2;
}

function blockEntry(update: MeasureUpdate, column: number, eol: string): string {
  const pad = ' '.repeat(column + 2);
  return fields(update).map((field, i) => `${i ? pad : `${' '.repeat(column)}- `}${field}${eol}`).join('');
}

function flowEntry(update: MeasureUpdate): string {
  return `{ ${fields(update).join(', ')} }`;
}

/** The entry's fields; texts double-quoted (JSON escapes are valid YAML), so no note can break the document. */
function fields(update: MeasureUpdate): string[] {
  const result = [`date: ${update.date}`, `status: ${update.status}`];
  if (update.milestone !== undefined) result.push(`milestone: ${JSON.stringify(update.milestone)}`);
  if (update.value !== undefined) result.push(`value: ${typeof update.value === 'number' ? String(update.value) : JSON.stringify(update.value)}`);
  if (update.note !== undefined) result.push(`note: ${JSON.stringify(update.note)}`);
  return result;
}

function columnOf(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}

/** The start of the line after the one holding `offset`; `prefix` is a line break when the source ends without one. */
function lineEndAfter(source: string, offset: number, eol: string): { offset: number; prefix: string } {
  if (offset > 0 && source[offset - 1] === '\n') return { offset, prefix: '' };
  const next = source.indexOf('\n', offset);
  return next === -1 ? { offset: source.length, prefix: eol } : { offset: next + 1, prefix: '' };
}

function insertBefore(source: string, end: number, bracket: string, insertion: string): string {
  return splice(source, source.lastIndexOf(bracket, end - 1), insertion);
}

function replaceRange(source: string, range: Range, replacement: string): string {
  return source.slice(0, range[0]) + replacement + source.slice(range[1]);
}

function splice(source: string, offset: number, insertion: string): string {
  return source.slice(0, offset) + insertion + source.slice(offset);
}
