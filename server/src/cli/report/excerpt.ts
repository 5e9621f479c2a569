// The source line under a human-format message and its caret line. A line wider than the room is cut to a window
// centred on the error column, with „…“ at each cut end; the caret stays under the error. Widths are terminal
// columns: CJK and emoji take two, combining marks none, a tab and an escaped control character what is shown.
import { terminalLine } from './terminal';

const ELLIPSIS = '…';
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b\u200d\ufe0f]$/u;
const WIDE =
  /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\p{Emoji_Presentation}]$/u;

interface Cell {
  /** UTF-16 offset of the code point in the source line. */
  offset: number;
  /** Its UTF-16 length in the source (what it is shown as may be longer: an escaped control character). */
  length: number;
  /** What the terminal shows for it. */
  text: string;
  /** Display column where it starts. */
  column: number;
  width: number;
}

export interface Excerpt {
  line: string;
  /** Spaces before the caret. */
  indent: number;
  /** Number of carets. */
  carets: number;
}

/** Columns a single shown character takes in a terminal. */
export function charWidth(character: string): number {
  if (ZERO_WIDTH.test(character)) return 0;
  return WIDE.test(character) ? 2 : 1;
}

function cellsOf(source: string): Cell[] {
  const cells: Cell[] = [];
  let offset = 0;
  let column = 0;
  for (const character of source) {
    const text = character === '\t' ? ' ' : terminalLine(character);
    const width = text === character ? charWidth(character) : text.length;
    cells.push({ offset, length: character.length, text, column, width });
    offset += character.length;
    column += width;
  }
  return cells;
}

function columnAt(cells: Cell[], offset: number, total: number): number {
  const cell = cells.find((c) => c.offset >= offset);
  if (cell) return cell.column;
  // Past the end of the line (a missing value after `key:`): the caret stands that far beyond it.
  const last = cells[cells.length - 1];
  const length = last ? last.offset + last.length : 0;
  return total + Math.max(0, offset - length);
}

/**
 * The excerpt of `source` for an error from UTF-16 offset `start` to `end` in at most `room` columns
 * (`room` at least 10).
 */
export function excerpt(source: string, start: number, end: number, room: number): Excerpt {
  const cells = cellsOf(source);
  const total = cells.reduce((sum, c) => sum + c.width, 0);
  const from = columnAt(cells, start, total);
  const to = Math.max(from + 1, columnAt(cells, end, total));
  if (total <= room && to <= room) return { line: cells.map((c) => c.text).join(''), indent: from, carets: to - from };
  // Window of `room` columns whose centre is the start of the error (a long error shows its beginning).
  const span = Math.min(to - from, Math.floor(room / 2));
  const windowStart = Math.max(0, Math.min(from - Math.floor((room - span) / 2), Math.max(total, to) - room));
  const cutLeft = windowStart > 0;
  const cutRight = windowStart + room < total;
  const contentStart = windowStart + (cutLeft ? 1 : 0);
  const contentEnd = windowStart + room - (cutRight ? 1 : 0);
  const shown = cells.filter((c) => c.column >= contentStart && c.column + c.width <= contentEnd);
  const firstColumn = shown[0]?.column ?? contentStart;
  const prefix = cutLeft ? 1 : 0;
  const line = `${cutLeft ? ELLIPSIS : ''}${shown.map((c) => c.text).join('')}${cutRight ? ELLIPSIS : ''}`;
  const caretEnd = Math.min(to, contentEnd);
  return { line, indent: prefix + from - firstColumn, carets: Math.max(1, caretEnd - from) };
}
