// Builds the bundles once before the tests that spawn the CLI or the language server.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: join(__dirname, '..', '..') });
}
