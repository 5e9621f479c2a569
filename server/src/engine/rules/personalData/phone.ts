// Phone numbers in a normalised text (see text/normalize.ts), as people write them: `0345 1234567`,
// `0172.123.4567`, `0172 / 123 45 67`, `(0172) 1234567`, `+49 (0) 172-1234567`, `0049 172 1234567`,
// `0172–1234567`. A number starts with `+`, `0` or `(0`; each candidate is read within a bounded window,
// so the scan is linear. Dates, years, amounts, postal codes and file numbers fail the shape checks below.

export interface PhoneMatch {
  start: number;
  end: number;
  number: string;
}

type Separator = 'space' | 'dot' | 'dash' | 'slash';

interface Group {
  start: number;
  end: number;
  digits: number;
  /** The separator before the group (none for the first). */
  before?: Separator;
}

const DASHES = new Set(['-', '‐', '‒', '–', '—', '−']);
const MAX_GROUP_DIGITS = 16;
const MAX_GROUPS = 12;
const MAX_LENGTH = 48;
const MAX_SPACES = 2;

/** Digit counts a number may have: national (`0…`), international with `+` or with `00`. */
const DIGITS = { national: [8, 14], plus: [8, 15], zero: [10, 17] } as const;

// A number starts with `+`, `0` or `(`: the regular expression skips the text between them.
const NUMBER_CANDIDATE = /[+0(]/g;

/** Whether `text` has the digits of the shortest number `findPhones` reads. */
export function mayHoldPhone(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39 && ++digits === FEWEST_DIGITS) return true;
  }
  return false;
}

/** The digits of the shortest number of any kind (eight). */
const FEWEST_DIGITS = Math.min(DIGITS.national[0], DIGITS.plus[0], DIGITS.zero[0]);

export function findPhones(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  let lastEnd = 0;
  for (let i = candidateAt(text, 0); i >= 0; i = candidateAt(text, i + 1)) {
    if (!startsNumber(text, i, lastEnd)) continue;
    const end = phoneEndAt(text, i);
    if (end === undefined) continue;
    found.push({ start: i, end, number: text.slice(i, end) });
    lastEnd = end;
    i = end - 1;
  }
  return found;
}

function candidateAt(text: string, from: number): number {
  // Where candidates stand close together (`[a](…`), a look at the next characters is cheaper than the search.
  const near = Math.min(from + 4, text.length);
  for (let i = from; i < near; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2b /* + */ || code === 0x30 /* 0 */ || code === 0x28 /* ( */) return i;
  }
  NUMBER_CANDIDATE.lastIndex = near;
  return NUMBER_CANDIDATE.exec(text)?.index ?? -1;
}

/** Whether a number may start at `at`: not inside a word, a decimal, a path or the digit groups of another number. */
function startsNumber(text: string, at: number, lastEnd: number): boolean {
  const first = text[at];
  const next = text[at + 1] ?? '';
  if (first === '+' && !isDigit(next)) return false;
  if (first === '(' && next !== '0') return false;
  if (at === 0) return true;
  const before = text[at - 1]!;
  if (isDigit(before) || isLetter(before) || '_+,/-–'.includes(before)) return false;
  // `Tel.0345 …` is a number; `1.0345` is not.
  if (before === '.') return isLetter(text[at - 2] ?? '');
  // `DE89 3704 0044 0532 …`: a group after a digit group belongs to that number, unless it was reported itself.
  if ((before === ' ' || before === '\t') && isDigit(text[at - 2] ?? '') && at - 2 >= lastEnd) return false;
  return true;
}

/** The end of the phone number starting at `start`, or undefined when what starts there is none. */
function phoneEndAt(text: string, start: number): number | undefined {
  const plus = text[start] === '+';
  const international = plus ? 'plus' : text.startsWith('00', start) ? 'zero' : undefined;
  // The first group: the country code after `+`, or the area code, bare or in parentheses (`(0172)`).
  const first = plus ? start + 1 : start;
  const parenthesis = text[first] === '(';
  const firstEnd = digitsEnd(text, parenthesis ? first + 1 : first);
  if (parenthesis && (firstEnd - first - 1 < 2 || text[firstEnd] !== ')')) return undefined;
  const firstDigits = firstEnd - first - (parenthesis ? 1 : 0);
  let position = parenthesis ? firstEnd + 1 : firstEnd;
  // Most zeros in a text are a short figure followed by a word or punctuation: no number, nothing to collect.
  if (firstDigits < DIGITS.national[0] && !parenthesis && !mayContinue(text, position, international !== undefined)) return undefined;
  const groups: Group[] = [{ start: first, end: position, digits: firstDigits }];
  // The trunk zero an international number may show in parentheses: `+49 (0) 172 …`, `+49 (0)30 …`.
  if (international) {
    const trunk = skipSpaces(text, position);
    if (text.startsWith('(0)', trunk)) {
      const digits = skipSpaces(text, trunk + 3);
      const end = digitsEnd(text, digits);
      if (end === digits) return undefined;
      groups.push({ start: digits, end, digits: end - digits, before: 'space' });
      position = end;
    }
  }
  while (groups.length < MAX_GROUPS && position - start < MAX_LENGTH) {
    const separator = separatorAt(text, position, groups.length === 1 && parenthesis);
    if (!separator) break;
    const digits = position + separator.length;
    const end = digitsEnd(text, digits);
    groups.push({ start: digits, end, digits: end - digits, before: separator.kind });
    position = end;
  }
  // The longest run of groups that is a number; a trailing group after a plain space may be the next figure.
  for (let count = groups.length; count >= 1; count--) {
    if (count < groups.length && groups[count]!.before !== 'space') continue;
    if (isPhoneShape(text, groups, count, international ?? 'national')) return groups[count - 1]!.end;
  }
  return undefined;
}

/** Whether a separator (or, after a country code, a trunk zero `(0)`) may follow at `at`. */
function mayContinue(text: string, at: number, international: boolean): boolean {
  const character = text[at] ?? '';
  return character === ' ' || character === '\t' || character === '.' || character === '/' || (international && character === '(') || DASHES.has(character);
}

/** A separator between digit groups at `at`: `.`, or spaces around an optional `/` or dash. */
function separatorAt(text: string, at: number, afterParenthesis: boolean): { length: number; kind: Separator } | undefined {
  if (text[at] === '.') return isDigit(text[at + 1] ?? '') ? { length: 1, kind: 'dot' } : undefined;
  let position = skipSpaces(text, at);
  let kind: Separator | undefined = position > at || afterParenthesis ? 'space' : undefined;
  const character = text[position] ?? '';
  if (character === '/' || DASHES.has(character)) {
    kind = character === '/' ? 'slash' : 'dash';
    position = skipSpaces(text, position + 1);
  }
  return kind && isDigit(text[position] ?? '') ? { length: position - at, kind } : undefined;
}

/** Whether the first `count` groups form a phone number. */
function isPhoneShape(text: string, groups: Group[], count: number, kind: keyof typeof DIGITS): boolean {
  let digits = 0;
  for (let k = 0; k < count; k++) digits += groups[k]!.digits;
  const [min, max] = DIGITS[kind];
  if (digits < min || digits > max) return false;
  // An area code has three to six digits with its zero (`030`, `03643`): `01.10.2013` and `01/2015` are dates.
  if (kind !== 'plus' && count > 1 && (groups[0]!.digits < 3 || groups[0]!.digits > 6)) return false;
  // Dots separate groups of three or more digits (`0172.123.4567`), never the two-digit parts of a date or a time.
  for (let k = 1; k < count; k++) {
    if (groups[k]!.before === 'dot' && (groups[k]!.digits < 3 || groups[k - 1]!.digits < 3)) return false;
  }
  // An ISO date (`0999-12-31` would be the only one that starts with a zero).
  if (count === 3 && groups[1]!.before === 'dash' && groups[2]!.before === 'dash' && groups[0]!.digits === 4 && groups[1]!.digits === 2 && groups[2]!.digits === 2) return false;
  // The number ends where a word or a decimal does not go on.
  const end = groups[count - 1]!.end;
  const after = text[end] ?? '';
  if (isLetter(after) || isDigit(after)) return false;
  if ((after === ',' || after === '.') && isDigit(text[end + 1] ?? '')) return false;
  return true;
}

function digitsEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < MAX_GROUP_DIGITS && isDigit(text[end]!)) end++;
  return end;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at - from < MAX_SPACES && (text[at] === ' ' || text[at] === '\t')) at++;
  return at;
}

function isDigit(character: string): boolean {
  return character >= '0' && character <= '9';
}

const UNICODE_LETTER = /^[\p{L}\p{M}]$/u;

function isLetter(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x5f /* _ */;
  return UNICODE_LETTER.test(character);
}
