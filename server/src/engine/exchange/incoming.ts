// What an incoming question is made of, read from its text: a GitHub issue-form or GitLab template body
// (`### <Label>` sections), else a plain e-mail (headers, quoted lines, greeting, closing and signature).
// Every part keeps the line it came from, so a finding can name the line of the text as written.
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
  /** The line of the e-mail's subject. */
  subjectLine?: number;
  /** Lines left out because they name or reach a person (headers, greeting, closing, signature), as German notes. */
  dropped: string[];
  /** Text that may say who asks (signature, sender) without being kept: searched for the kind of office and the Land. */
  context: string;
}

const FORM_LABELS: Record<string, 'question' | 'instrument' | 'authority' | 'bundesland'> = {
  frage: 'question',
  instrument: 'instrument',
  'art der behörde': 'authority',
  bundesland: 'bundesland',
};

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
  return lines.some((l) => /^###\s+Frage\s*$/i.test(l.text)) ? readForm(lines) : readMail(lines);
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
      const field = FORM_LABELS[heading[1]!.toLowerCase()];
      current = field ? [] : undefined;
      if (field && !sections.has(field)) sections.set(field, current!);
      continue;
    }
    if (/^\/\w+/.test(line.text)) continue;
    current?.push(line);
  }
  const value = (field: string) => {
    const text = trimLines(sections.get(field) ?? []).map((l) => l.text.trim()).join(' ').trim();
    return text && !NO_RESPONSE.test(text) ? text : undefined;
  };
  const question = trimLines(sections.get('question') ?? []).filter((l) => !NO_RESPONSE.test(l.text.trim()));
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
