// Keeping the consultant's layout of a plan's frontmatter. The YAML library edits a document node by node
// and keeps comments, order and quoting, but it writes the whole document in its own layout (a comment after
// `assessment:` moves to the next line, indentation is normalised). The edit is therefore laid onto the
// original text: lines the edit did not touch are taken from the original, byte for byte.
import { diffArrays } from 'diff';
import { parseDocument, type Document } from 'yaml';

interface Block {
  /** Lines of the library's layout of the unedited document. */
  base: string[];
  /** The same part of the document as the original text has it. */
  source: string[];
}

/** The original text cut into lines the library writes alike (one line each) and parts it lays out otherwise. */
function blocks(layout: string[], source: string[]): Block[] {
  const result: Block[] = [];
  let open: Block | undefined;
  for (const part of diffArrays(layout, source)) {
    if (!part.added && !part.removed) {
      open = undefined;
      for (const line of part.value) result.push({ base: [line], source: [line] });
      continue;
    }
    if (!open) result.push((open = { base: [], source: [] }));
    (part.removed ? open.base : open.source).push(...part.value);
  }
  return result;
}

/**
 * The text of `edited` with the layout of `source` wherever the edit left a line alone. `layout` is the
 * library's writing of the unedited document, `edited` its writing after the edit. A part of the original
 * that the library lays out differently is kept as written unless the edit changed a line inside it; then
 * that part is written as the library writes it.
 */
export function keepLayout(source: string, layout: string, edited: string): string {
  if (source === layout) return edited;
  const base = layout.split('\n');
  const next = edited.split('\n');
  const kept: boolean[] = new Array<boolean>(base.length).fill(false);
  const insertedBefore = new Map<number, string[]>();
  let b = 0;
  for (const part of diffArrays(base, next)) {
    if (part.added) {
      insertedBefore.set(b, [...(insertedBefore.get(b) ?? []), ...part.value]);
      continue;
    }
    if (!part.removed) for (let i = 0; i < part.value.length; i++) kept[b + i] = true;
    b += part.value.length;
  }
  const out: string[] = [];
  const emitted = new Set<number>();
  const insertions = (at: number) => {
    if (emitted.has(at)) return;
    emitted.add(at);
    out.push(...(insertedBefore.get(at) ?? []));
  };
  let at = 0;
  for (const block of blocks(base, source.split('\n'))) {
    const end = at + block.base.length;
    insertions(at);
    let untouched = true;
    for (let i = at; i < end; i++) if (!kept[i] || (i > at && insertedBefore.has(i))) untouched = false;
    if (untouched) out.push(...block.source);
    else {
      for (let i = at; i < end; i++) {
        if (i > at) insertions(i);
        if (kept[i]) out.push(base[i]!);
      }
    }
    at = end;
  }
  insertions(base.length);
  return out.join('\n');
}

/**
 * Edits a frontmatter's YAML through the Document API and writes it back in the original layout (see
 * `keepLayout`), with the original line endings: `edit` changes the parsed document in place.
 */
export function editYaml(source: string, edit: (doc: Document) => void): string {
  const crlf = source.includes('\r\n');
  const text = crlf ? source.replace(/\r\n/g, '\n') : source;
  const doc = parseDocument(text);
  const layout = doc.toString({ lineWidth: 0 });
  edit(doc);
  const written = keepLayout(text, layout, doc.toString({ lineWidth: 0 }));
  return crlf ? written.replace(/\n/g, '\r\n') : written;
}
