// Whether CommonMark's reading of a body (micromark, also under remark) stays within its budget, decided by one
// linear pass over the lines before micromark sees them. micromark's work grows faster than the text in a few
// places: containers opened on one line (`> > > …`, `- - - …`), paragraphs full of characters that open or close
// inline constructs (`[a](` repeated, `[[[…`, `*a _b …`), and labels looked up among many definitions
// (`[^1]` … `[^1]: …`). The estimate follows those costs; the limits are in limits.ts.
import { MAX_INLINE_WORK, MAX_LABEL_LOOKUPS, MAX_MARKDOWN_NESTING } from './limits';

/** Why a body is not read, and where (offsets into the whole document). */
export interface BudgetExceeded {
  start: number;
  end: number;
  message: string;
}

const SPACE = 32;
const TAB = 9;
/** `[ ] ( ) * _ \` < & ! \\`: the characters that can open or close an inline construct. */
const INLINE_MARKS = new Uint8Array(128);
for (const char of '[]()*_`<&!\\') INLINE_MARKS[char.charCodeAt(0)] = 1;

/** The number of containers (block quotes, list items) the line opens, and where its content starts. */
function containerPrefix(body: string, start: number, end: number): { depth: number; listItem: boolean; content: number } {
  let depth = 0;
  let listItem = false;
  let i = start;
  for (;;) {
    while (i < end && (body.charCodeAt(i) === SPACE || body.charCodeAt(i) === TAB)) i++;
    const code = body.charCodeAt(i);
    if (i < end && code === 62 /* > */) {
      depth++;
      i++;
      continue;
    }
    let marker = i;
    if (code === 45 /* - */ || code === 43 /* + */ || code === 42 /* * */) marker = i + 1;
    else {
      let digits = i;
      while (digits < end && digits - i < 9 && body.charCodeAt(digits) >= 48 && body.charCodeAt(digits) <= 57) digits++;
      const delimiter = body.charCodeAt(digits);
      if (digits > i && (delimiter === 46 /* . */ || delimiter === 41 /* ) */)) marker = digits + 1;
    }
    const after = body.charCodeAt(marker);
    if (marker > i && marker <= end && (marker === end || after === SPACE || after === TAB)) {
      depth++;
      listItem = true;
      i = marker;
      continue;
    }
    return { depth, listItem, content: i };
  }
}

/** Whether the content of a line is an ATX heading (`#` to `######`, then a space or the end of the line). */
function isHeading(body: string, content: number, end: number): boolean {
  let i = content;
  while (i < end && i - content < 7 && body.charCodeAt(i) === 35 /* # */) i++;
  return i > content && i - content <= 6 && (i === end || body.charCodeAt(i) === SPACE || body.charCodeAt(i) === TAB);
}

/** Undefined when the body (from `bodyStart` of `text`) may be read; otherwise where and why not. */
export function markdownBudget(text: string, bodyStart: number): BudgetExceeded | undefined {
  let work = 0;
  /** The current paragraph (lines not separated by a blank line or a new block): its marks and first line. */
  let marks = 0;
  /** Lines of the current paragraph so far. */
  let runLines = 0;
  let runStart = bodyStart;
  let definitions = 0;
  let firstDefinition = bodyStart;
  let closers = 0;
  const endRun = (): BudgetExceeded | undefined => {
    work += marks * marks;
    if (work > MAX_INLINE_WORK) {
      return {
        start: runStart,
        end: lineEndAt(text, runStart),
        message: `Der Textteil ist für die Markdown-Auswertung zu aufwendig: Dieser Absatz enthält ${marks} Zeichen, die Links, Hervorhebungen oder Code öffnen oder schließen („[“, „]“, „(“, „)“, „*“, „_“, „\`“, „<“, „&“, „!“, „\\“). Teilen Sie ihn in kürzere Absätze. Überschriften, Abschnitte und Links dieses Dokuments werden nicht geprüft.`,
      };
    }
    marks = 0;
    runLines = 0;
    return undefined;
  };

  let end = bodyStart - 1;
  for (let start = bodyStart; start <= text.length; start = end + 1) {
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 /* \r */ ? end - 1 : end;
    const prefix = containerPrefix(text, start, lineEnd);
    if (prefix.depth > MAX_MARKDOWN_NESTING) {
      return {
        start,
        end: lineEnd,
        message: `Diese Zeile verschachtelt ${prefix.depth} Zitate oder Listen ineinander; die Markdown-Auswertung liest höchstens ${MAX_MARKDOWN_NESTING} Ebenen. Überschriften, Abschnitte und Links dieses Dokuments werden nicht geprüft.`,
      };
    }
    const blank = prefix.content === lineEnd;
    // A blank line, a list item and a heading end the paragraph before them (they never continue it).
    if (blank || prefix.listItem || isHeading(text, prefix.content, lineEnd)) {
      const exceeded = endRun();
      if (exceeded) return exceeded;
    }
    // A definition (`[label]: destination`) is no inline content, but only where a paragraph could begin: a
    // definition cannot interrupt a paragraph, so inside one the line is text like any other.
    const definition = runLines === 0 && !blank && isDefinition(text, prefix.content, lineEnd);
    if (definition) {
      if (definitions++ === 0) firstDefinition = start;
    } else if (!blank) runLines++;
    for (let i = prefix.content; i < lineEnd; i++) {
      const code = text.charCodeAt(i);
      if (code < 128 && INLINE_MARKS[code]) {
        if (code === 93 /* ] */) closers++;
        if (definition) continue;
        // The paragraph is reported from its first line with such a character.
        if (marks++ === 0) runStart = start;
      }
    }
  }
  const exceeded = endRun();
  if (exceeded) return exceeded;
  // Each closing bracket may look its label up among the definitions (remark's reading compares them one by one).
  if (definitions * closers > MAX_LABEL_LOOKUPS) {
    return {
      start: firstDefinition,
      end: lineEndAt(text, firstDefinition),
      message: `Der Textteil ist für die Markdown-Auswertung zu aufwendig: ${definitions} Linkdefinitionen („[name]: …“) und ${closers} schließende eckige Klammern. Überschriften, Abschnitte und Links dieses Dokuments werden nicht geprüft.`,
    };
  }
  return undefined;
}

function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const lineEnd = end < 0 ? text.length : end;
  return lineEnd > offset && text.charCodeAt(lineEnd - 1) === 13 /* \r */ ? lineEnd - 1 : lineEnd;
}

/** Whether a line's content starts like a link reference definition: `[`, a label without `[`, `]:`. */
function isDefinition(text: string, content: number, end: number): boolean {
  if (text.charCodeAt(content) !== 91 /* [ */) return false;
  for (let i = content + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 91 /* [ */) return false;
    if (code === 93 /* ] */) return text.charCodeAt(i + 1) === 58; /* : */
  }
  return false;
}
