// Offset ↔ position conversion for one text. Positions are 0-based lines and UTF-16 columns, as in LSP.
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * The lines of a text whose characters are not held (a document whose text was released after its analysis, see
 * parse/textOnDemand.ts): positions need only where the lines start and how long the text is; the rest reads the
 * text through `text()`.
 */
export interface LineTable {
  length: number;
  starts: ArrayLike<number>;
  text(): string;
}

export class LineIndex {
  private starts?: ArrayLike<number>;
  private readonly textOf: () => string;
  private readonly length: number;

  constructor(text: string | LineTable) {
    if (typeof text === 'string') {
      this.textOf = () => text;
      this.length = text.length;
    } else {
      this.textOf = () => text.text();
      this.length = text.length;
      this.starts = text.starts;
    }
  }

  private get text(): string {
    return this.textOf();
  }

  /** Read on first use: most documents of a check have no finding, so their lines are never counted. */
  private get lineStarts(): ArrayLike<number> {
    return (this.starts ??= lineStartsOf(this.text));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset just before the line break of `line`. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.length;
    const text = this.text;
    let end = next;
    if (text.charCodeAt(end - 1) === 10) end--;
    if (text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    const start = this.lineStarts[line];
    if (start === undefined) return '';
    return this.text.slice(start, this.lineEnd(line));
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(Math.max(startOffset, endOffset)) };
  }

  /** The whole of `line`, without its line break. */
  lineRange(line: number): Range {
    const start = this.lineStarts[Math.min(line, this.lineStarts.length - 1)]!;
    return this.range(start, this.lineEnd(line));
  }
}

/** Where each line of `text` starts: after LF, CRLF or a lone CR. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Line feeds are found by the engine's own search, far faster than a look at every character; a text with a
  // carriage return (Windows, old Mac) is read character by character.
  if (text.indexOf('\r') === -1) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) starts.push(i + 1);
    else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
