// Which folder is the toolbox: one policy for the CLI, the language server and the extension. A path inside a
// folder named `toolbox` belongs to that folder (checking one file still resolves its references against the
// whole toolbox); a workspace or repository folder has its toolbox in a `toolbox` subfolder.
import { URI, Utils } from 'vscode-uri';

export const TOOLBOX_FOLDER = 'toolbox';

/**
 * The toolbox that `uri` (a file or a folder) belongs to: the nearest of it and its ancestors named
 * `folderName`, else that subfolder of `uri` when it is a folder that has one; undefined when neither exists.
 */
export function toolboxRootOf(uri: string, isDirectory: (uri: string) => boolean, folderName = TOOLBOX_FOLDER): string | undefined {
  const start = URI.parse(uri);
  const segments = start.path.split('/');
  const at = segments.lastIndexOf(folderName);
  if (at > 0) return start.with({ path: segments.slice(0, at + 1).join('/') }).toString();
  const inside = Utils.joinPath(start, folderName).toString();
  return isDirectory(uri) && isDirectory(inside) ? inside : undefined;
}
