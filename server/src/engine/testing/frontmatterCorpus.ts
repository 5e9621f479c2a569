// Test support: frontmatter sources for the differential tests of the YAML readings (fast reader, events' offsets,
// duplicate keys against the tree). Not part of any bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticToolbox } from '../../../../scripts/bench/synthetic';
import { splitFrontmatter } from '../parse/frontmatter';

const TOOLBOX = join(__dirname, '..', '..', '..', '..', 'toolbox');

/** The frontmatter of every Markdown file of the real toolbox. */
export function realFrontmatters(): string[] {
  return readdirSync(TOOLBOX, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => splitFrontmatter(readFileSync(join(entry.parentPath, entry.name), 'utf8')).block?.source)
    .filter((source): source is string => source !== undefined);
}

/** The frontmatters of the bench's synthetic toolbox of `count` documents (seeded), bodies of about 2.5 KB. */
export function syntheticFrontmatters(count: number, seed: number): string[] {
  return syntheticToolbox(count, seed, '2.5 KB')
    .map((file) => splitFrontmatter(file.text).block?.source)
    .filter((source): source is string => source !== undefined);
}
