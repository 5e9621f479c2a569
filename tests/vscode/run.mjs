#!/usr/bin/env node
// The real-editor suite: packages the extension as a .vsix, installs it into the real VS Code 1.139.1 of the
// test toolchain (tests/vscode/setup.sh, cached outside the clone), runs the mocha suite inside that VS Code's
// extension host over a copy of the toolbox, then the UI smoke test in headless Chromium, in English and in German.
// Prints the plain closing line `N passed, N failed`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const home = process.env.VSCODE_E2E_HOME ?? join(homedir(), '.cache', 'werkzeugkoffer-vscode-e2e');
const env = { ...process.env, VSCODE_E2E_HOME: home };
const step = (text) => console.log(`\n[vscode-e2e] ${text}`);

step('toolchain');
execFileSync('bash', [join(here, 'setup.sh')], { stdio: 'inherit', env });
const tools = join(home, 'tools', 'node_modules');
const requireTool = createRequire(join(tools, 'noop.js'));
const serverDir = join(home, 'cs', 'node_modules', 'code-server', 'lib', 'vscode');
const node24 = join(home, 'node24', 'bin', 'node');

step('package the .vsix');
execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
const vsix = join(root, 'dist', 'werkzeugkoffer.vsix');

const work = mkdtempSync(join(tmpdir(), 'wk-vscode-'));
const extensionsDir = join(work, 'extensions');
const results = { passed: 0, failed: 0 };
try {
  step('install the .vsix into the real VS Code');
  const install = spawnSync(node24, [join(serverDir, 'out', 'server-main.js'), '--extensions-dir', extensionsDir, '--install-extension', vsix, '--accept-server-license-terms'], { encoding: 'utf8', env });
  process.stdout.write(install.stdout);
  process.stderr.write(install.stderr);
  const installed = spawnSync(node24, [join(serverDir, 'out', 'server-main.js'), '--extensions-dir', extensionsDir, '--list-extensions', '--show-versions', '--accept-server-license-terms'], { encoding: 'utf8', env }).stdout;
  const id = `bamf-werkzeugkoffer.werkzeugkoffer@${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}`;
  if (install.status !== 0 || !installed.includes(id)) throw new Error(`the .vsix did not install: ${installed}`);
  console.log(`installed: ${id}`);

  // The tests run against the files the .vsix ships: unpack it and use that as the extension.
  const JSZip = requireTool('jszip');
  const zip = await JSZip.loadAsync(readFileSync(vsix));
  const unpacked = join(work, 'vsix');
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !name.startsWith('extension/')) continue;
    const target = join(unpacked, name.slice('extension/'.length));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }

  step('workspace: a copy of the toolbox');
  const workspace = join(work, 'arbeitsbereich');
  cpSync(join(root, 'toolbox'), join(workspace, 'toolbox'), { recursive: true });

  step('suite inside the extension host');
  const suite = join(work, 'suite');
  const { build } = await import('esbuild');
  const resultFile = join(work, 'result.json');
  // The extension host does not pass NODE_PATH on, so the suite learns where mocha and its result file are at build time.
  await build({
    entryPoints: [join(here, 'suite', 'index.ts'), join(here, 'suite', 'extension.test.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outdir: suite, external: ['vscode'], logLevel: 'warning',
    define: { MOCHA_MODULE: JSON.stringify(join(tools, 'mocha')), RESULT_FILE: JSON.stringify(resultFile) },
  });
  const { runTests } = requireTool('@vscode/test-electron');
  const testEnv = { ...env, NODE_PATH: tools, WK_RESULT_FILE: resultFile, WK_WORKSPACE: workspace, VSCODE_SERVER_DIR: serverDir, VSCODE_SERVER_NODE: node24, PLAYWRIGHT_CORE: join(tools, 'playwright-core'), SHIM_TIMEOUT_S: '600' };
  Object.assign(process.env, testEnv);
  try {
    // Profile and extensions in the run's own folder: test-electron would put them under .vscode-test/ in the clone.
    await runTests({ vscodeExecutablePath: join(here, 'shim.js'), extensionDevelopmentPath: unpacked, extensionTestsPath: join(suite, 'index.js'), launchArgs: [workspace, `--user-data-dir=${join(work, 'user-data')}`, `--extensions-dir=${join(work, 'extensions')}`] });
  } catch (error) {
    console.error(`suite: ${error.message}`);
  }
  const suiteResult = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : { passed: 0, failed: 1 };
  results.passed += suiteResult.passed;
  results.failed += suiteResult.failed || (suiteResult.passed ? 0 : 1);

  // The UI smoke test twice: in English, and with VS Code's display language German. Each gets a fresh copy of
  // the toolbox (the suite has edited its workspace, the German run exports).
  for (const locale of [undefined, 'de']) {
    step(`UI smoke test${locale ? ` (${locale})` : ''}`);
    const smokeWorkspace = join(work, locale ? `oberflaeche-${locale}` : 'oberflaeche');
    cpSync(join(root, 'toolbox'), join(smokeWorkspace, 'toolbox'), { recursive: true });
    const smoke = spawnSync(process.execPath, [join(here, 'ui-smoke.mjs'), smokeWorkspace, extensionsDir, ...(locale ? ['--locale', locale] : [])], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: testEnv });
    process.stdout.write(smoke.stdout);
    if (smoke.status === 0) results.passed++;
    else results.failed++;
  }
} catch (error) {
  console.error(`[vscode-e2e] ${error.stack ?? error.message}`);
  results.failed++;
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`\nvscode: ${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed ? 1 : 0;
