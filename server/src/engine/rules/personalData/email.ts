// E-mail addresses in a normalised text (see text/normalize.ts), written plainly or spelled out:
// `anna@web.de`, `anna [at] web [punkt] de`, `anna(at)web(dot)de`, `anna-at-web.de`, `anna at web dot de`.
// The scan starts at each at-sign or its spelled form, reads a bounded local part backwards and a bounded
// domain forwards; the work per marker is constant, so the whole scan is linear in the text.

export interface EmailMatch {
  start: number;
  end: number;
  /** The address as it is meant: `anna@web.de`. */
  address: string;
  /** Whether `@` or `.` are spelled out or spaced (`[at]`, ` punkt `, `anna @ web.de`). */
  spelledOut: boolean;
}

// `[at]`, `(ät)`, `{ at }`, `(@)`; besides them `@`, `-at-` and the bare word ` at ` between whitespace.
const BRACKETED_AT = /\[ ?(?:at|ät|@) ?\]|\( ?(?:at|ät|@) ?\)|\{ ?(?:at|ät|@) ?\}/iy;
const BRACKETED_DOT = /\[ ?(?:punkt|dot|\.) ?\]|\( ?(?:punkt|dot|\.) ?\)|\{ ?(?:punkt|dot|\.) ?\}/iy;
const BRACKETED_DOT_AT_END = / ?(?:\[ ?(?:punkt|dot|\.) ?\]|\( ?(?:punkt|dot|\.) ?\)|\{ ?(?:punkt|dot|\.) ?\}) ?$/i;
const WORD_DOT = /(?:punkt|dot)(?=\s)/iy;
// In the local part only the lowercase word counts: in prose the noun is `Punkt`, and `anna punkt muster at …` is spelled so.
const WORD_DOT_AT_END = /[ \t]{1,3}(?:punkt|dot)[ \t]{1,3}$/;
const LONGEST_WORD_DOT = 'punkt'.length + 2 * 3;
const LONGEST_BRACKETED_DOT = '[ punkt ]'.length + 2;

const MAX_LOCAL = 64;
const MAX_LABEL = 63;
const MAX_LABELS = 10;
const MAX_SPACES = 3;

// Bare words (` at `, ` punkt `, ` dot `) are ordinary words too; an address spelled with them must end in a
// top-level domain people actually use, so German prose around the words never completes one by chance.
const COMMON_TOP_LEVEL_DOMAINS = new Set([
  'de', 'at', 'ch', 'li', 'lu', 'eu', 'com', 'org', 'net', 'info', 'biz', 'gov', 'edu', 'io', 'me',
  'berlin', 'hamburg', 'bayern', 'nrw', 'koeln', 'ruhr', 'saarland', 'uk', 'nl', 'be', 'fr', 'it', 'pl', 'dk', 'se',
]);

const UNICODE_ALNUM = /^[\p{L}\p{N}\p{M}]$/u;
const TOP_LEVEL_DOMAIN = /^\p{L}{2,24}$/u;

// Where a marker may start (atMarkerAt decides): an at-sign, an opening bracket, a hyphen or the letters `at`.
// The regular expression skips the text between them far faster than a look at every character.
const MARKER_CANDIDATE = /[@[({-]|[aA][tT]/g;

function nextCandidate(text: string, from: number): number {
  // Where candidates stand close together (`[[[…`, `[a](…`), a look at the next characters is cheaper than the search.
  const near = Math.min(from + 4, text.length);
  for (let i = from; i < near; i++) if (isCandidateAt(text, i)) return i;
  MARKER_CANDIDATE.lastIndex = near;
  // `test` moves lastIndex past the match without making a match object (German prose has an `at` every few words).
  if (!MARKER_CANDIDATE.test(text)) return -1;
  const end = MARKER_CANDIDATE.lastIndex;
  // The match is one of `@[({-`, or `at`: a `t` ends only the latter.
  return (text.charCodeAt(end - 1) | 0x20) === 0x74 ? end - 2 : end - 1;
}

/** Whether `text` may hold an address: every marker `atMarkerAt` reads has an at-sign or the letters `at` or `ät`. */
export function mayHoldEmail(text: string): boolean {
  return MAY_HOLD_MARKER.test(text);
}

const MAY_HOLD_MARKER = /@|[aAäÄ][tT]/;

export function findEmails(text: string): EmailMatch[] {
  const found: EmailMatch[] = [];
  const runs = new Runs(text);
  let floor = 0;
  for (let i = nextCandidate(text, 0); i >= 0; i = nextCandidate(text, i + 1)) {
    const marker = atMarkerAt(text, i);
    if (!marker) continue;
    const markerEnd = i + marker.length;
    const localEnd = skipSpacesBackward(text, i, floor);
    const domainStart = skipSpacesForward(text, markerEnd);
    // Most markers in a text are no address at all; a look at both neighbours rules them out before any parsing.
    if (localEnd === floor || (!isLocalCharacter(text[localEnd - 1]!) && !spelledDotEndingAt(text, localEnd, floor)) || !dotAfter(text, runs.labelEnd(domainStart))) {
      i = markerEnd - 1;
      continue;
    }
    const local = localPartBefore(text, runs, localEnd, floor);
    const domain = local && domainAfter(text, runs, domainStart, marker.kind === 'word');
    if (local && domain) {
      const spaced = localEnd !== i || domainStart !== markerEnd;
      found.push({ start: local.start, end: domain.end, address: `${local.text}@${domain.text}`, spelledOut: marker.kind !== 'sign' || spaced || local.spelledOut || domain.spelledOut });
      floor = domain.end;
      i = domain.end - 1;
    } else i = markerEnd - 1;
  }
  return found;
}

/** Whether MARKER_CANDIDATE matches at `at`. */
function isCandidateAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 0x40 || code === 0x5b || code === 0x28 || code === 0x7b || code === 0x2d) return true;
  return (code | 0x20) === 0x61 && (text.charCodeAt(at + 1) | 0x20) === 0x74;
}

/** The at-sign or its spelled form starting at `at`: `@`, `[at]`, `(ät)`, `{@}`, `-at-`, or ` at ` as a word. */
function atMarkerAt(text: string, at: number): { length: number; kind: 'sign' | 'spelled' | 'word' } | undefined {
  const code = text.charCodeAt(at);
  if (code === 0x40 /* @ */) return { length: 1, kind: 'sign' };
  if (code === 0x5b /* [ */ || code === 0x28 /* ( */ || code === 0x7b /* { */) {
    if (!mayOpenBracketedAt(text, at + 1)) return undefined;
    BRACKETED_AT.lastIndex = at;
    const match = BRACKETED_AT.exec(text);
    return match ? { length: match[0].length, kind: 'spelled' } : undefined;
  }
  if (code === 0x2d /* - */) return readsAt(text, at + 1) && text[at + 3] === '-' ? { length: 4, kind: 'spelled' } : undefined;
  if (readsAt(text, at) && isSpace(text[at - 1] ?? '') && isSpace(text[at + 2] ?? '')) return { length: 2, kind: 'word' };
  return undefined;
}

/** Whether the text after an opening bracket can begin `at`, `ät` or `@` (after one space): BRACKETED_AT's first step, without it. */
function mayOpenBracketedAt(text: string, at: number): boolean {
  const code = text.charCodeAt(text.charCodeAt(at) === 0x20 ? at + 1 : at);
  return code === 0x40 || (code | 0x20) === 0x61 || code === 0xe4 || code === 0xc4;
}

/** Whether the text at `at` reads `at`, in any case. */
function readsAt(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 0x20) === 0x61 && (text.charCodeAt(at + 1) | 0x20) === 0x74;
}

/**
 * The runs of label characters (forwards) and local-part characters (backwards) around the markers. Markers
 * close together read the same run; remembering the last one keeps the scan linear in the text, not in the
 * text times the longest label.
 */
class Runs {
  private labelFrom = -1;
  private labelTo = -1;
  private localFrom = -1;
  private localTo = -1;

  constructor(private readonly text: string) {}

  /** The end of a domain label from `start`: letters and digits, hyphens inside, at most 63 characters. */
  labelEnd(start: number): number {
    const text = this.text;
    if (start >= text.length || !isAlnum(text[start]!)) return start;
    if (start < this.labelFrom || start >= this.labelTo) {
      let to = start + 1;
      while (to < text.length && (isAlnum(text[to]!) || text[to] === '-')) to++;
      this.labelFrom = start;
      this.labelTo = to;
    }
    let end = Math.min(this.labelTo, start + MAX_LABEL);
    while (text[end - 1] === '-') end--;
    return end;
  }

  /** The start of the run of local-part characters that ends at `end`, not before `floor` (which only grows). */
  localStart(end: number, floor: number): number {
    if (end < this.localFrom || end > this.localTo) {
      let from = end;
      while (from > floor && isLocalCharacter(this.text[from - 1]!)) {
        from--;
        // The run reaches the one read before: it is all one run.
        if (from === this.localTo && this.localFrom >= 0) {
          from = this.localFrom;
          break;
        }
      }
      this.localFrom = from;
      this.localTo = end;
    }
    return Math.max(this.localFrom, floor);
  }
}

/** The local part ending at `end`: letters, digits and `._%+-`, its dots possibly spelled (`anna[punkt]muster`). */
function localPartBefore(text: string, runs: Runs, end: number, floor: number): { start: number; text: string; spelledOut: boolean } | undefined {
  const parts: [number, number][] = [];
  let partEnd = end;
  let start = end;
  let count = 0;
  for (;;) {
    start = Math.max(runs.localStart(partEnd, floor), partEnd - (MAX_LOCAL - count));
    count += partEnd - start;
    const dot = count < MAX_LOCAL && start > floor ? spelledDotEndingAt(text, start, floor) : 0;
    if (!dot || start - dot <= floor || !isAlnum(text[start - dot - 1]!)) break;
    parts.unshift([start, partEnd]);
    partEnd = start - dot;
  }
  parts.unshift([start, partEnd]);
  // An address starts with a letter or digit; leading punctuation belongs to the sentence.
  while (parts.length) {
    const part = parts[0]!;
    while (part[0] < part[1] && !isAlnum(text[part[0]]!)) part[0]++;
    if (part[0] < part[1]) break;
    parts.shift();
  }
  if (!parts.length || parts[parts.length - 1]![1] !== end) return undefined;
  return { start: parts[0]![0], text: parts.map(([from, to]) => text.slice(from, to)).join('.'), spelledOut: parts.length > 1 };
}

interface Label {
  start: number;
  end: number;
  /** Whether a bare word (` at `, ` punkt `) was needed to reach this label. */
  bare: boolean;
  spelledOut: boolean;
}

/** The domain from `start`: labels joined by `.` or a spelled dot, ending in a top-level domain. */
function domainAfter(text: string, runs: Runs, start: number, bareAt: boolean): { end: number; text: string; spelledOut: boolean } | undefined {
  const labels: Label[] = [];
  let position = start;
  let bare = bareAt;
  let spelledOut = false;
  while (labels.length < MAX_LABELS) {
    const end = runs.labelEnd(position);
    if (end === position) break;
    labels.push({ start: position, end, bare, spelledOut });
    const dot = dotAfter(text, end);
    if (!dot) break;
    if (dot.kind !== 'plain') spelledOut = true;
    if (dot.kind === 'word') bare = true;
    position = end + dot.length;
  }
  for (let k = labels.length - 1; k >= 1; k--) {
    const label = labels[k]!;
    const end = topLevelDomainEnd(text, label);
    if (end === undefined) continue;
    const names = labels.slice(0, k).map((l) => text.slice(l.start, l.end));
    return { end, text: `${names.join('.')}.${text.slice(label.start, end)}`, spelledOut: label.spelledOut };
  }
  return undefined;
}

/** The end of the top-level domain in `label` (`de` in `de-Adresse`), or undefined when it is none. */
function topLevelDomainEnd(text: string, label: Label): number | undefined {
  const whole = text.slice(label.start, label.end);
  const dash = whole.indexOf('-');
  const name = TOP_LEVEL_DOMAIN.test(whole) ? whole : dash > 0 ? whole.slice(0, dash) : '';
  if (!TOP_LEVEL_DOMAIN.test(name)) return undefined;
  if (label.bare && !COMMON_TOP_LEVEL_DOMAINS.has(name.toLowerCase())) return undefined;
  return label.start + name.length;
}

/** A dot between labels at `at`: `.`, a bracketed `[punkt]`/`(dot)`/`[.]` with optional spaces, or a bare ` punkt `. */
function dotAfter(text: string, at: number): { length: number; kind: 'plain' | 'bracketed' | 'word' } | undefined {
  if (text[at] === '.') return isAlnum(text[at + 1] ?? '') ? { length: 1, kind: 'plain' } : undefined;
  const from = skipSpacesForward(text, at);
  const first = text.charCodeAt(from);
  if (first === 0x5b /* [ */ || first === 0x28 /* ( */ || first === 0x7b /* { */) {
    BRACKETED_DOT.lastIndex = from;
    const bracketed = BRACKETED_DOT.exec(text);
    if (!bracketed) return undefined;
    const next = skipSpacesForward(text, from + bracketed[0].length);
    return isAlnum(text[next] ?? '') ? { length: next - at, kind: 'bracketed' } : undefined;
  }
  if (from === at || ((first | 0x20) !== 0x70 /* p */ && (first | 0x20) !== 0x64 /* d */)) return undefined;
  WORD_DOT.lastIndex = from;
  const word = WORD_DOT.exec(text);
  if (!word) return undefined;
  const next = skipSpacesForward(text, from + word[0].length);
  return isAlnum(text[next] ?? '') ? { length: next - at, kind: 'word' } : undefined;
}

/** The length of a spelled dot (with its spaces) that ends at `end` in a local part, or 0. */
function spelledDotEndingAt(text: string, end: number, floor: number): number {
  const last = text[end - 1];
  if (last !== ']' && last !== ')' && last !== '}' && last !== ' ' && last !== '\t') return 0;
  const tail = text.slice(Math.max(floor, end - Math.max(LONGEST_BRACKETED_DOT, LONGEST_WORD_DOT)), end);
  const match = BRACKETED_DOT_AT_END.exec(tail) ?? WORD_DOT_AT_END.exec(tail);
  return match ? tail.length - match.index : 0;
}

function skipSpacesBackward(text: string, from: number, floor: number): number {
  let at = from;
  while (at > floor && from - at < MAX_SPACES && isSpace(text[at - 1]!)) at--;
  return at;
}

function skipSpacesForward(text: string, from: number): number {
  let at = from;
  while (at < text.length && at - from < MAX_SPACES && isSpace(text[at]!)) at++;
  return at;
}

function isSpace(character: string): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r';
}

function isAlnum(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return UNICODE_ALNUM.test(character);
}

function isLocalCharacter(character: string): boolean {
  return isAlnum(character) || character === '.' || character === '_' || character === '%' || character === '+' || character === '-';
}
