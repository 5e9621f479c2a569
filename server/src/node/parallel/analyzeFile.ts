// The unit of work of the thread pool: one file read, parsed and checked by the document-local rules, in the form
// that crosses threads. A job (see pool.ts) may add a result of its own: the build renders a page's body.
import { analyzeDocument, MAX_DOCUMENT_LENGTH, type Diagnostic, type DocumentContent } from '../../engine';
import { pathOf, readDocument } from '../fileWorkspace';
import { toPortable, type PortableDocument } from './transfer';

/** A parsed file, or its content when it could not be parsed (unreadable, too large: the service says why). */
export type Analyzed<Extra = unknown> = { uri: string; portable: PortableDocument; local: Diagnostic[]; extra?: Extra } | { uri: string; content: DocumentContent };

/** Reads `uri` (only a regular file whose real path lies inside `roots`) and hands the text to `analyzeText`. */
export function readAndAnalyze<Extra>(uri: string, roots: readonly string[] | undefined, analyzeText: (uri: string, text: string) => Analyzed<Extra>): Analyzed<Extra> {
  const content = readDocument(pathOf(uri), roots);
  if ('error' in content || content.text.length > MAX_DOCUMENT_LENGTH) return { uri, content };
  return analyzeText(uri, content.text);
}

/** What the check needs of one file: the document and its local findings; the text left behind with `releaseText`. */
export function analyzeFile(uri: string, roots?: readonly string[], releaseText = false): Analyzed<never> {
  return readAndAnalyze(uri, roots, (uri, text) => {
    const { document, local } = analyzeDocument(uri, text);
    return { uri, portable: toPortable(document, releaseText), local };
  });
}
