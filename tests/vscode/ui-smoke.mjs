#!/usr/bin/env node
// UI smoke test in the real VS Code workbench (headless Chromium): open a plan, run "Action plan preview"
// from the command palette, read the preview's text out of its webview and save a screenshot.
// Usage: node ui-smoke.mjs <workspace folder> <extensions dir with the installed .vsix>
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [workspace, extensionsDir] = process.argv.slice(2);
const home = process.env.VSCODE_E2E_HOME ?? join(homedir(), '.cache', 'werkzeugkoffer-vscode-e2e');
const { chromium } = createRequire(join(home, 'tools', 'node_modules', 'noop.js'))('playwright-core');
const serverDir = join(home, 'cs', 'node_modules', 'code-server', 'lib', 'vscode');
const shots = join(here, '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });

const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const tmp = mkdtempSync(join(tmpdir(), 'wk-ui-'));
const userData = join(tmp, 'user');
mkdirSync(join(userData, 'User'), { recursive: true });
const { writeFileSync } = await import('node:fs');
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ 'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none', 'git.enabled': false, 'workbench.enableExperiments': false, 'security.workspace.trust.enabled': false }));
const server = spawn(join(home, 'node24', 'bin', 'node'), [join(serverDir, 'out', 'server-main.js'), '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--server-data-dir', join(tmp, 'server'), '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-workspace-trust'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, TMPDIR: tmp } });
let log = '';
server.stdout.on('data', (d) => (log += d));
server.stderr.on('data', (d) => (log += d));
for (let i = 0; i < 300 && !/Extension host agent listening/.test(log); i++) await new Promise((r) => setTimeout(r, 100));

let ok = false;
const browser = await chromium.launchPersistentContext(join(tmp, 'chromium'), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench .statusbar', { timeout: 90_000 });
  await page.waitForTimeout(3000);
  const palette = async (prefix, text) => {
    const input = page.locator('.quick-input-widget input');
    for (let attempt = 0; attempt < 30; attempt++) {
      await page.keyboard.press(prefix === '>' ? 'F1' : 'Control+P');
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill(`${prefix === '>' ? '>' : ''}${text}`);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
      try {
        await row.waitFor({ timeout: 2000 });
        await page.keyboard.press('Enter');
        return;
      } catch {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(1000);
      }
    }
    throw new Error(`not found in the palette: ${text}`);
  };
  await palette('', 'plan-stadt-musterstadt.md');
  await page.waitForSelector('.editor-instance .monaco-editor', { timeout: 30_000 });
  await palette('>', 'Action plan preview');
  await page.waitForSelector('iframe.webview.ready', { timeout: 60_000 });
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const heading = preview.locator('h2#aktionsplan-h');
  await heading.waitFor({ timeout: 60_000 });
  const text = await preview.locator('main#plan').innerText();
  console.log(`preview text (start): ${text.slice(0, 300).replace(/\s+/g, ' ')}`);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(shots, 'vscode-plan-preview.png') });
  ok = text.includes('Maßnahmenplan Stadt Musterstadt') && text.includes('Aktionsplan') && text.includes('Was?');
  if (!ok) console.error('the preview did not show the plan view');
} catch (error) {
  console.error(`ui smoke: ${error.stack ?? error}`);
  try {
    await browser.pages()[0]?.screenshot({ path: join(shots, 'vscode-ui-error.png') });
  } catch {}
} finally {
  await browser.close().catch(() => {});
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`ui smoke: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exitCode = ok ? 0 : 1;
