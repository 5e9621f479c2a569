// What an incoming question is made of, read from its text: a GitHub issue-form or GitLab template body
// (`### <Label>` sections), else a plain e-mail (headers, quoted lines, greeting, closing and signature).
// Every part keeps the line it came from, so a finding can name the line of the text as written. The prompts the
// GitLab template keeps under its headings are no answers and are left out; a title line „Frage zum Instrument
// „…““ (the title, or the subject the handbook's „Frage stellen“ sets) names the instrument wherever it stands.
import { CLOSING_FORMULA, GREETING } from './personalData';

export interface SourceLine {
  text: string;
  /** 1-based line in the incoming text. */
  line: number;
}

export interface IncomingQuestion {
  format: 'formular' | 'e-mail';
  question: SourceLine[];
  subject?: string;
  instrument?: string;
  authority?: string;
  bundesland?: string;
  date?: string;
  /** The instrument a title line „Frage zum Instrument „…““ names (the title or the e-mail's subject). */
  titleInstrument?: string;
  /** The line of the e-mail's subject. */
  subjectLine?: number;
  /** Lines left out because they name or reach a person (headers, greeting, closing, signature), as German notes. */
  dropped: string[];
  /** Text that may say who asks (signature, sender) without being kept: searched for the kind of office and the Land. */
  context: string;
}

type FormField = 'question' | 'instrument' | 'authority' | 'bundesland';

/**
 * The sections of the question forms, by their heading: the GitHub form (.github/ISSUE_TEMPLATE/frage.yml) shows
 * the labels only, the GitLab template (.gitlab/issue_templates/Frage.md) keeps a prompt in plain text under the
 * heading, which an asker may leave standing above the answer. One definition for both: tests/handbook/exchange.test.ts
 * holds the template's prompts to these.
 */
export const QUESTION_FORM: readonly { label: string; field: FormField; prompt?: string }[] = [
  { label: 'Frage', field: 'question', prompt: 'Ihre Frage in ein bis vier Sätzen: was Sie vorhaben und woran es hakt.' },
  { label: 'Instrument', field: 'instrument', prompt: 'Das Instrument des Werkzeugkoffers, um das es geht (steht im Titel, wenn Sie aus dem Handbuch kommen).' },
  { label: 'Art der Behörde', field: 'authority', prompt: 'Stadt, Landeshauptstadt oder Landkreis.' },
  { label: 'Bundesland', field: 'bundesland' },
];

const FORM_FIELDS = new Map(QUESTION_FORM.map((section) => [section.label.toLowerCase(), section]));

/** The subject the handbook's „Frage stellen“ gives a question about an instrument (handbook/askLink.ts), read back. */
const TITLE_LINE = /^\s*(?:#{1,6}\s+)?(?:(?:betreff|subject|titel|title)\s*:\s*)?(?:(?:re|aw|wg|fwd?)\s*:\s*)*frage zum instrument\s+(.+?)\s*$/i;
const QUOTED = /^[„"“‚'«»]\s*([^„"“”‚‘'«»]+?)\s*[“"”‘'«»]$/;

/**
 * The instrument a title line names, in quotation marks or not (an issue's „(#12)“ left out), else undefined. A
 * line that goes on to say more („Frage zum Instrument Terminsystem: Wie …?“) is a sentence of the question, no title.
 */
export function titleInstrument(line: string): string | undefined {
  const rest = TITLE_LINE.exec(line)?.[1]?.replace(/\s*\(?#\d+\)?$/, '').trim();
  if (!rest) return undefined;
  const quoted = QUOTED.exec(rest);
  if (quoted) return quoted[1]!.trim() || undefined;
  if (rest.length > 80 || /[?!:;„"“”]|\.\s/.test(rest)) return undefined;
  return rest.replace(/\.$/, '').trim() || undefined;
}

/** Blanks collapsed, for comparing a line with a prompt however it was wrapped or spaced. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A section's lines without its prompt: the prompt at the start of the section (on one line or wrapped over several,
 * its final full stop optional), and the answer after it, on the next lines or on the prompt's own line. A section
 * that does not begin with its prompt is left as it is.
 */
function withoutPrompt(lines: SourceLine[], prompt: string | undefined): SourceLine[] {
  if (!prompt) return lines;
  const content = trimLines(lines);
  let rest = squeezed(prompt).toLowerCase();
  for (let k = 0; k < content.length; k++) {
    const text = squeezed(content[k]!.text);
    const lower = text.toLowerCase();
    if (!lower) continue;
    if (lower.startsWith(rest) || lower === rest.replace(/[.:]$/, '')) {
      const after = text.slice(Math.min(rest.length, text.length)).trim();
      return after ? [{ text: after, line: content[k]!.line }, ...content.slice(k + 1)] : content.slice(k + 1);
    }
    if (!rest.startsWith(`${lower} `)) return lines;
    rest = rest.slice(lower.length + 1);
  }
  return [];
}

/** GitHub writes this into an optional field left empty. */
const NO_RESPONSE = /^_no response_$/i;

function linesOf(text: string): SourceLine[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((line, i) => ({ text: line, line: i + 1 }));
}

function trimLines(lines: SourceLine[]): SourceLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.text.trim() === '') start++;
  while (end > start && lines[end - 1]!.text.trim() === '') end--;
  return lines.slice(start, end);
}

export function readIncoming(text: string): IncomingQuestion {
  const lines = linesOf(text);
  const result = lines.some((l) => /^###\s+Frage\s*$/i.test(l.text)) ? readForm(lines) : readMail(lines);
  // The title line names the instrument wherever it stands (pasted above the form, appended by the handbook's
  // link below it, the e-mail's subject); it is no part of the question.
  const titled = [result.subject, ...lines.map((l) => l.text)].map((line) => (line === undefined ? undefined : titleInstrument(line))).find(Boolean);
  if (titled) result.titleInstrument = titled;
  result.question = trimLines(result.question.filter((l) => !titleInstrument(l.text)));
  return result;
}

/** The sections of an issue form or template; HTML comments, the privacy checkbox and quick actions are left out. */
function readForm(lines: SourceLine[]): IncomingQuestion {
  const sections = new Map<string, SourceLine[]>();
  let current: SourceLine[] | undefined;
  let inComment = false;
  for (const line of lines) {
    if (inComment || line.text.trimStart().startsWith('<!--')) {
      inComment = !line.text.includes('-->');
      continue;
    }
    const heading = /^###\s+(.+?)\s*$/.exec(line.text);
    if (heading) {
      const field = FORM_FIELDS.get(heading[1]!.toLowerCase())?.field;
      current = field ? [] : undefined;
      if (field && !sections.has(field)) sections.set(field, current!);
      continue;
    }
    if (/^\/\w+/.test(line.text)) continue;
    current?.push(line);
  }
  const answer = (field: FormField) => withoutPrompt(sections.get(field) ?? [], QUESTION_FORM.find((s) => s.field === field)?.prompt);
  const value = (field: FormField) => {
    const text = trimLines(answer(field)).map((l) => l.text.trim()).join(' ').trim();
    return text && !NO_RESPONSE.test(text) ? text : undefined;
  };
  const question = trimLines(answer('question')).filter((l) => !NO_RESPONSE.test(l.text.trim()));
  return { format: 'formular', question, instrument: value('instrument'), authority: value('authority'), bundesland: value('bundesland'), dropped: [], context: '' };
}

const HEADER = /^(from|von|to|an|cc|subject|betreff|date|datum|gesendet|sent)\s*:\s*(.*)$/i;

/** A plain e-mail: headers up to the first empty line, then the body up to the closing formula or the signature. */
function readMail(lines: SourceLine[]): IncomingQuestion {
  const result: IncomingQuestion = { format: 'e-mail', question: [], dropped: [], context: '' };
  let index = 0;
  while (index < lines.length && lines[index]!.text.trim() === '') index++;
  while (index < lines.length) {
    const header = HEADER.exec(lines[index]!.text.trim());
    if (!header) break;
    const name = header[1]!.toLowerCase();
    const value = header[2]!.trim();
    if (name === 'subject' || name === 'betreff') {
      result.subject = value;
      result.subjectLine = lines[index]!.line;
    } else if (name === 'date' || name === 'datum' || name === 'gesendet' || name === 'sent') result.date = mailDate(value);
    else {
      result.dropped.push(`Kopfzeile „${header[1]}“ (Zeile ${lines[index]!.line})`);
      result.context += `${value}\n`;
    }
    index++;
  }
  const body: SourceLine[] = [];
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const text = line.text.trim();
    if (line.text === '-- ' || text === '--' || CLOSING_FORMULA.test(text)) {
      const rest = trimLines(lines.slice(index));
      result.dropped.push(`${CLOSING_FORMULA.test(text) ? 'Grußformel und Unterschrift' : 'Signatur'} (Zeilen ${line.line}–${rest[rest.length - 1]!.line})`);
      result.context += rest.map((l) => l.text).join('\n');
      break;
    }
    if (text.startsWith('>')) continue;
    if (GREETING.test(text)) {
      result.dropped.push(`Anrede (Zeile ${line.line})`);
      continue;
    }
    body.push(line);
  }
  result.question = trimLines(body);
  return result;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `2026-12-03`, `03.12.2026` or an RFC 2822 date (`Thu, 3 Dec 2026 09:12:00 +0100`) as JJJJ-MM-TT. */
export function mailDate(value: string): string | undefined {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const german = /(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})/.exec(value);
  if (german) return `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(value);
  const month = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) : -1;
  if (rfc && month >= 0) return `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  return undefined;
}
