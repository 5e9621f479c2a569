// Which folder is the toolbox: one policy for the CLI, the language server and the extension. A path inside a
// folder named `toolbox` belongs to that folder (checking one file still resolves its references against the
// whole toolbox); a workspace or repository folder has its toolbox in a `toolbox` subfolder; a toolbox under
// another name (a copy, a backup) is the nearest folder that holds its kind folders.
import { URI, Utils } from 'vscode-uri';

export const TOOLBOX_FOLDER = 'toolbox';

/**
 * The toolbox that `uri` (a file or a folder) belongs to: the nearest of it and its ancestors named
 * `folderName`, else that subfolder of `uri` when it is a folder that has one, else the nearest of them that holds
 * the folders `eckpunkte/` and `instrumente/`; undefined when none of these exists.
 */
export function toolboxRootOf(uri: string, isDirectory: (uri: string) => boolean, folderName = TOOLBOX_FOLDER): string | undefined {
  const start = URI.parse(uri);
  const segments = start.path.split('/');
  const at = segments.lastIndexOf(folderName);
  if (at > 0) return start.with({ path: segments.slice(0, at + 1).join('/') }).toString();
  const inside = Utils.joinPath(start, folderName).toString();
  if (isDirectory(uri) && isDirectory(inside)) return inside;
  return nearestHoldingKindFolders(start, isDirectory);
}

/** The folders a toolbox has, whatever it is called: a copy in `backup/` is still a toolbox. */
const KIND_FOLDERS_OF_A_TOOLBOX = ['eckpunkte', 'instrumente'];

/** The nearest of `start` (when a folder) and its ancestors that holds the kind folders of a toolbox. */
function nearestHoldingKindFolders(start: URI, isDirectory: (uri: string) => boolean): string | undefined {
  const segments = start.path.split('/');
  for (let length = segments.length; length > 1; length--) {
    const candidate = start.with({ path: segments.slice(0, length).join('/') });
    if (KIND_FOLDERS_OF_A_TOOLBOX.every((folder) => isDirectory(Utils.joinPath(candidate, folder).toString()))) return candidate.toString();
  }
  return undefined;
}
