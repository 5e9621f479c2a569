// The suite's entry inside VS Code's extension host (the @vscode/test-electron contract: `run()`).
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type MochaType from 'mocha';

declare const MOCHA_MODULE: string;
declare const RESULT_FILE: string;
// Loaded at run time from the toolchain (createRequire keeps the bundler from inlining it).
const Mocha = createRequire(__filename)(MOCHA_MODULE) as typeof MochaType;

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js'))) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const result = { passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? failures };
      writeFileSync(RESULT_FILE, JSON.stringify(result));
      console.log(`extension host: ${result.passed} passed, ${result.failed} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
  });
}

