// The real toolbox's documents as an in-memory copy, for tests that inject defects into it or compare readings of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOOLBOX = join(__dirname, '..', '..', 'toolbox');

/** Every Markdown file of the real toolbox by its path relative to the toolbox folder (with `/`). */
export function realToolbox(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(TOOLBOX, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(TOOLBOX.length + 1).split('\\').join('/'), readFileSync(file, 'utf8')];
      }),
  );
}
