// Where „Neues Dokument“ writes: the kind's folder in the toolbox and the id as the file name. Free of VS Code, so a
// unit test pins it. The kind and the id come in as command arguments too (from other extensions, from a command
// link), so both are checked here: an unknown kind or an id that is no id never becomes a path.
import { isDocumentKind, isValidId, KINDS } from '../../server/src/engine/vocabulary';

/** The path segments below the workspace folder, or what is wrong (in English, translated by the caller's l10n). */
export function newDocumentPath(toolbox: string, kind: string, id: string): { segments: string[] } | { refused: 'kind' | 'id' } {
  if (!isDocumentKind(kind)) return { refused: 'kind' };
  if (!isValidId(id)) return { refused: 'id' };
  return { segments: [toolbox, KINDS[kind].toolboxFolder, `${id}.md`] };
}
