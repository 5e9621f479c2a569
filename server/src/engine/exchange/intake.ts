// Taking a question in: the text of an issue form, a GitLab template or an e-mail becomes a `frage` document
// skeleton. The instrument is looked up in the toolbox, the asker kept only as a kind of office and a Land, and
// every personal datum the intake knows (personalData.ts: names, dates of birth, case and customer numbers,
// passport and residence-permit numbers, IBANs, addresses, e-mail addresses and phone numbers) is cut out of the
// question and title and put in its place a marker „[entfernen: …]“ naming its kind (the vocabulary's
// INTAKE_MARKER): the datum never reaches the file, the editor sees where it stood and rewrites the sentence
// (`check` reports every marker left, WK906), and `findings` lists each one with its line in the incoming text.
import type { SchemaRegistry } from '../schema/registry';
import { builtinSchemas } from '../schema/registry';
import { skeletonData, skeletonText } from '../features/skeleton';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { BUNDESLAENDER, ID_MAX_LENGTH, slugify } from '../vocabulary/ids';
import { AUTHORITY, INTAKE_MARKER, PERSONAL_DATUM, type PersonalDatumKind } from '../vocabulary/labels';
import { readIncoming, type IncomingQuestion, type SourceLine } from './incoming';
import { findPersonalData, GREETING } from './personalData';

export interface IntakeFinding {
  kind: PersonalDatumKind;
  /** What kind of datum, in German, as the marker names it („Name“, „Geburtsdatum“, …). */
  label: string;
  /** The datum as written in the incoming text. */
  excerpt: string;
  /** 1-based line in the incoming text. */
  line: number;
}

export interface IntakeResult {
  /** The new document: frontmatter and the empty section „Antwort“. */
  text: string;
  id: string;
  /** The instrument's id, or null when the text names none the toolbox has. */
  instrument: string | null;
  findings: IntakeFinding[];
  /** What the editor should know, in German: what was dropped, what could not be found. */
  notes: string[];
}

export interface IntakeOptions {
  /** The day the question counts as asked when the text carries no date (JJJJ-MM-TT). */
  today: string;
  /** The id to use instead of one derived from the question. */
  id?: string;
  schemas?: SchemaRegistry;
}

export function questionFromText(text: string, index: WorkspaceIndex, options: IntakeOptions): IntakeResult {
  const incoming = readIncoming(text);
  const notes = [...incoming.dropped.map((part) => `Weggelassen: ${part}.`)];
  const { text: question, findings } = withoutPersonalData(incoming.question);
  const subject = incoming.subject === undefined ? undefined : withoutPersonalData([{ text: incoming.subject, line: incoming.subjectLine ?? 1 }]);
  const instrument = findInstrument(incoming, index);
  if (!instrument) {
    const named = incoming.instrument ?? incoming.titleInstrument;
    notes.push(named
      ? `Kein Instrument des Werkzeugkoffers passt zu „${named}“; bitte unter „instruments“ eintragen.`
      : 'Der Text nennt kein Instrument des Werkzeugkoffers; bitte unter „instruments“ eintragen.');
  }
  const asker = askerOf(incoming, question);
  if (!asker.authority) notes.push('Die Art der Behörde (Stadt, Landeshauptstadt, Landkreis) steht nicht im Text; bitte unter „asked_by“ eintragen.');
  if (!asker.bundesland) notes.push('Das Bundesland steht nicht im Text; bitte unter „asked_by“ eintragen.');
  const { title, fromSubject } = titleOf(subject?.text, question);
  // A datum in the subject reaches the file only when the subject is the title: then it is found there.
  if (fromSubject) findings.unshift(...subject!.findings);
  const id = options.id ?? uniqueId(title.split(MARKER).join(' '), index);
  const schemas = options.schemas ?? builtinSchemas();
  const data = skeletonData('frage', id, title, schemas);
  Object.assign(data, {
    question,
    asked_by: { authority: asker.authority ?? '', bundesland: asker.bundesland ?? '' },
    asked: incoming.date ?? options.today,
    example: false,
    instruments: instrument ? [instrument] : [],
  });
  return { text: skeletonText('frage', data, schemas), id, instrument, findings, notes };
}

/** The markers, to leave them out of an id. */
const MARKER = new RegExp(Object.values(INTAKE_MARKER).map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/**
 * The lines as one paragraph, every personal datum replaced by its marker; the findings name the incoming line. The
 * lines are searched together, so that a name after „Mit freundlichen Grüßen“ on the next line, or one wrapped
 * after „Frau“, is found.
 */
function withoutPersonalData(lines: SourceLine[]): { text: string; findings: IntakeFinding[] } {
  const text = lines.map((l) => l.text).join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.text.length + 1;
  }
  const lineAt = (at: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return lines[low]!.line;
  };
  const findings: IntakeFinding[] = [];
  let result = '';
  let last = 0;
  for (const hit of findPersonalData(text)) {
    findings.push({ kind: hit.kind, label: PERSONAL_DATUM[hit.kind], excerpt: text.slice(hit.start, hit.end), line: lineAt(hit.start) });
    result += text.slice(last, hit.start) + INTAKE_MARKER[hit.kind];
    last = hit.end;
  }
  result += text.slice(last);
  return { text: result.split('\n').map((part) => part.trim()).filter((part) => part !== '').join(' '), findings };
}

/** Lower case, umlauts written out, only letters and digits: „Servicepoint / Empfang“ and „servicepoint-empfang“ compare equal. */
function comparable(text: string): string {
  return slugify(text, Number.MAX_SAFE_INTEGER).replace(/-/g, '');
}

/**
 * The instrument the text names: the form's field, else a title line „Frage zum Instrument „…““ (by the instrument's
 * title or id, in any case, with or without umlauts, or a part of the title); when it names none, the one whose title
 * the e-mail's subject or the question contains. The longest match wins.
 */
function findInstrument(incoming: IncomingQuestion, index: WorkspaceIndex): string | null {
  const instruments = index.ofKind('instrument').filter((d) => d.id).map((d) => ({
    id: d.id!,
    keys: [comparable(d.id!), comparable(typeof d.data?.title === 'string' ? d.data.title : d.id!)],
  }));
  const best = (matches: (key: string) => boolean) => {
    let found: { id: string; length: number } | undefined;
    for (const instrument of instruments) {
      for (const key of instrument.keys) if (key && matches(key) && (!found || key.length > found.length)) found = { id: instrument.id, length: key.length };
    }
    return found?.id ?? null;
  };
  const named = [incoming.instrument, incoming.titleInstrument].filter((name): name is string => name !== undefined);
  for (const name of named) {
    const wanted = comparable(name);
    if (!wanted) continue;
    const found = best((key) => key === wanted) ?? best((key) => key.includes(wanted) || (key.length >= 6 && wanted.includes(key)));
    if (found) return found;
  }
  if (named.length) return null;
  const text = comparable(`${incoming.subject ?? ''} ${incoming.question.map((l) => l.text).join(' ')}`);
  return best((key) => key.length >= 6 && text.includes(key));
}

const AUTHORITIES: [RegExp, string][] = [
  [/\blandeshauptstadt\b/i, 'landeshauptstadt'],
  [/\b(landkreis|landratsamt|kreisverwaltung|kreis)\b/i, 'landkreis'],
  [/\b(stadt|stadtverwaltung)\b/i, 'stadt'],
];

/**
 * The kind of office and the Land: the form's fields (the value itself, else a word in it), else what the question,
 * sender or signature says of them.
 */
function askerOf(incoming: IncomingQuestion, question: string): { authority?: string; bundesland?: string } {
  const field = incoming.authority ?? '';
  const text = `${question}\n${incoming.context}`;
  const authority = Object.keys(AUTHORITY).find((key) => comparable(field) === key || comparable(field) === comparable(AUTHORITY[key]!))
    ?? AUTHORITIES.find(([pattern]) => pattern.test(field))?.[1]
    ?? AUTHORITIES.find(([pattern]) => pattern.test(text))?.[1];
  const land = comparable(incoming.bundesland ?? '');
  // The longest name first, so that „Sachsen-Anhalt“ is not read as „Sachsen“.
  const longestFirst = [...BUNDESLAENDER].sort((a, b) => b.length - a.length);
  const bundesland = BUNDESLAENDER.find((name) => comparable(name) === land)
    ?? longestFirst.find((name) => (incoming.bundesland ?? '').includes(name))
    ?? longestFirst.find((name) => text.includes(name));
  return { authority, bundesland };
}

/**
 * The subject when it asks (without „Re:“, „AW:“, „Frage:“), else the question's first sentence that ends with „?“,
 * else the subject or the question's first sentence made a question. A candidate without a marker of a personal
 * datum is preferred, so that the title rarely needs rewriting.
 */
function titleOf(subject: string | undefined, question: string): { title: string; fromSubject: boolean } {
  const cleaned = (subject ?? '').replace(/^((re|aw|wg|fwd?|frage)\s*:\s*)+/i, '').trim();
  const askingSubject = cleaned.endsWith('?') ? cleaned : undefined;
  // A greeting before the first sentence („Hallo …, wie …?“) is no part of a title.
  const asking = [...question.matchAll(/[^.!?]*\?/g)].map((m) => m[0].replace(LEADING_GREETING, '').trim()).filter(Boolean).map(capitalized);
  const clean = (text: string | undefined) => text !== undefined && !MARKER.test(text);
  if (clean(askingSubject)) return { title: askingSubject!, fromSubject: true };
  const cleanAsking = asking.find(clean);
  if (cleanAsking) return { title: cleanAsking, fromSubject: false };
  if (askingSubject) return { title: askingSubject, fromSubject: true };
  if (asking[0]) return { title: asking[0], fromSubject: false };
  const first = (cleaned || question.split(/(?<=[.!])\s/)[0] || 'Neue Frage').replace(/[.!:\s]+$/, '');
  return { title: `${first}?`, fromSubject: Boolean(cleaned) };
}

const LEADING_GREETING = new RegExp(`${GREETING.source}[^,!?.]*[,!]\\s*`, 'iu');

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('de') + text.slice(1);
}

/** `frage-` and the first words of the title, made unique among the toolbox's questions. */
function uniqueId(title: string, index: WorkspaceIndex): string {
  const words = slugify(title).split('-').filter((w) => w.length > 3).slice(0, 5).join('-') || 'neu';
  const base = slugify(`frage-${words}`, ID_MAX_LENGTH - 3);
  const taken = new Set(index.ofKind('frage').map((d) => d.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
