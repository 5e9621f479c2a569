// Watches the Markdown files of a folder tree for the preview. One watcher per folder, not Node's recursive
// watch: on Linux that follows each file's inode, so a file an editor or `sed -i` replaces by renaming a new one
// over it goes unnoticed after the first such save. A folder's watcher sees every name that changes in it.
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, sep } from 'node:path';

export interface TreeWatcher {
  close(): void;
}

/** Whether a folder or file of this name is left out (hidden, dependencies), as the check leaves it out. */
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

/** Calls `changed` with the path of every `.md` file that is written, replaced, created or removed under `root`. */
export function watchMarkdownTree(root: string, changed: (path: string) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();

  const add = (dir: string, announce: boolean) => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => name && seen(dir, String(name)));
    } catch {
      return; // gone already, or not readable: nothing to watch
    }
    // A folder that is removed ends its watcher with an error on some systems: it is forgotten.
    watcher.on('error', () => forget(dir));
    watchers.set(dir, watcher);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      // Symbolic links are not followed, as the check does not follow linked folders.
      if (entry.isDirectory()) add(join(dir, entry.name), announce);
      else if (announce && entry.name.toLowerCase().endsWith('.md')) changed(join(dir, entry.name));
    }
  };

  const forget = (dir: string) => {
    for (const [path, watcher] of watchers) {
      if (path === dir || path.startsWith(dir + sep)) {
        watcher.close();
        watchers.delete(path);
      }
    }
  };

  const seen = (dir: string, name: string) => {
    if (skipped(name)) return;
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    // A new folder (or one moved in) is watched, and the documents it brings are changes; a removed one is forgotten.
    if (stat?.isDirectory()) add(path, true);
    else if (!stat && watchers.has(path)) forget(path);
    if (name.toLowerCase().endsWith('.md')) changed(path);
  };

  add(root, false);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
