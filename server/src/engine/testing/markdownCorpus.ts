// Test support: the Markdown the body readings are held to — the CommonMark examples and every Markdown file of
// the real toolbox and of the test fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The package is plain CommonJS without type declarations. The spec writes tabs as →.
const { tests } = require('commonmark-spec') as { tests: { markdown: string; number: number; section: string }[] };
export const specExamples = tests.map((example) => ({ ...example, markdown: example.markdown.replaceAll('→', '\t') }));

const root = join(__dirname, '../../../..');

export interface CorpusFile {
  /** Path relative to the repository. */
  name: string;
  text: string;
  /** Where the body starts, after the frontmatter. */
  bodyStart: number;
  inToolbox: boolean;
}

export function markdownCorpus(): CorpusFile[] {
  return ['toolbox', 'tests/fixtures'].flatMap((folder) =>
    readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        const text = readFileSync(file, 'utf8');
        const bodyStart = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
        return { name: file.slice(root.length + 1), text, bodyStart, inToolbox: folder === 'toolbox' };
      }),
  );
}
