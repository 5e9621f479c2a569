#!/usr/bin/env node
// UI smoke test in the real VS Code workbench (headless Chromium), with the mouse and keyboard a person uses.
// In English (the default): open a plan, run "Action plan preview" from the command palette, read the preview, and
// the same for the status report.
// With `--locale de`: VS Code's display language German, from a minimal language pack made here (VS Code's own
// strings stay English, the extension's come from package.nls.de.json and l10n/), in a dark theme: the German
// command titles in the palette, the status bar entry without repeated counts, the preview, the export's
// notification with „Öffnen“ and „Im Ordner anzeigen“, and the assessment form in German — a cancelled save
// dialog keeps what was entered (with a note how to save), also after the form's tab was hidden and shown again;
// a declined „Plan aktualisieren“ closes its diff and keeps what was entered for the next form, until discarded.
// Screenshots go to test-results/.
// Usage: node ui-smoke.mjs <workspace folder> <extensions dir with the installed .vsix> [--locale de]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [workspace, extensionsDir, ...rest] = process.argv.slice(2);
const locale = rest[0] === '--locale' ? rest[1] : undefined;
const german = locale === 'de';
const home = process.env.VSCODE_E2E_HOME ?? join(homedir(), '.cache', 'werkzeugkoffer-vscode-e2e');
const { chromium } = createRequire(join(home, 'tools', 'node_modules', 'noop.js'))('playwright-core');
const serverDir = join(home, 'cs', 'node_modules', 'code-server', 'lib', 'vscode');
const shots = join(here, '..', '..', 'test-results');
const label = german ? 'ui smoke (de)' : 'ui smoke';
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
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
  'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'update.mode': 'none', 'git.enabled': false, 'workbench.enableExperiments': false, 'security.workspace.trust.enabled': false,
  ...(german ? { 'workbench.colorTheme': 'Default Dark Modern' } : {}),
}));
if (german) {
  // A language pack as VS Code records an installed one (languagepacks.json in the user data folder): German with
  // no translation of VS Code's own strings, which then stay English. It is enough for VS Code to run in German:
  // the workbench and the extension host get the language „de“, extensions their package.nls.de.json and l10n.
  const translations = join(tmp, 'sprachpaket', 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({
    de: { hash: 'werkzeugkoffer-test-de', extensions: [{ extensionIdentifier: { id: 'werkzeugkoffer-test.sprachpaket-de' }, version: '1.0.0' }], translations: { vscode: translations }, label: 'Deutsch' },
  }));
}
const server = spawn(join(home, 'node24', 'bin', 'node'), [join(serverDir, 'out', 'server-main.js'), '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--server-data-dir', join(tmp, 'server'), '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-workspace-trust', ...(locale ? ['--locale', locale] : [])], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, TMPDIR: tmp } });
let log = '';
server.stdout.on('data', (d) => (log += d));
server.stderr.on('data', (d) => (log += d));
for (let i = 0; i < 300 && !/Extension host agent listening/.test(log); i++) await new Promise((r) => setTimeout(r, 100));

const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  console.log(`${label}: ${ok ? 'ok' : 'FAILED'} – ${what}`);
};
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
  /** Runs `text` from the command palette (`>`) or opens a file by name; returns the label of the row taken. */
  const palette = async (prefix, text) => {
    const input = page.locator('.quick-input-widget input');
    for (let attempt = 0; attempt < 30; attempt++) {
      // The palette may close again before it is filled (a webview closing takes the focus): that is a retry too.
      try {
        await page.keyboard.press(prefix === '>' ? 'F1' : 'Control+P');
        await input.waitFor({ state: 'visible', timeout: 15_000 });
        await input.fill(`${prefix === '>' ? '>' : ''}${text}`, { timeout: 5000 });
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
        await row.waitFor({ timeout: 2000 });
        const taken = (await row.getAttribute('aria-label')) ?? (await row.innerText());
        await page.keyboard.press('Enter');
        return taken;
      } catch {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(1000);
      }
    }
    throw new Error(`not found in the palette: ${text}`);
  };
  /** The frame of the webview whose page has `selector`. */
  const webview = async (selector, timeout = 60_000) => {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      for (const frame of page.frames()) if (await frame.$(selector).catch(() => null)) return frame;
      await page.waitForTimeout(500);
    }
    throw new Error(`no webview shows ${selector}`);
  };

  await palette('', 'plan-stadt-musterstadt.md');
  await page.waitForSelector('.editor-instance .monaco-editor', { timeout: 30_000 });
  if (german) {
    const language = await page.evaluate(() => globalThis._VSCODE_NLS_LANGUAGE);
    check(language === 'de', `the workbench runs in German (its NLS language is „${language}“)`);
  }
  const taken = await palette('>', german ? 'Maßnahmenplan-Vorschau' : 'Action plan preview');
  check(taken.includes(german ? 'Werkzeugkoffer: Maßnahmenplan-Vorschau' : 'Werkzeugkoffer: Action plan preview'), `the palette offers the command by its ${german ? 'German' : 'English'} title („${taken}“)`);
  const preview = await webview('h2#aktionsplan-h');
  const text = await preview.locator('main#plan').innerText();
  console.log(`${label}: preview text (start): ${text.slice(0, 200).replace(/\s+/g, ' ')}`);
  check(text.includes('Maßnahmenplan Stadt Musterstadt') && text.includes('Aktionsplan') && text.includes('Was?'), 'the preview shows the plan view');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(shots, german ? 'vscode-plan-preview-dunkel.png' : 'vscode-plan-preview.png') });

  if (german) {
    // The charts in the dark theme: drawn on the editor's background, not in a white box.
    const chart = preview.locator('.diagramm svg').first();
    await chart.scrollIntoViewIfNeeded();
    const fill = await chart.locator(':scope > rect').first().evaluate((e) => getComputedStyle(e).fill);
    const [r, g, b] = (fill.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => (fill.startsWith('color(') ? v * 255 : v));
    check(r < 80 && g < 80 && b < 80, `the chart's background is the dark theme's, not white (${fill})`);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(shots, 'vscode-plan-preview-diagramm-dunkel.png') });

    // The German titles of the extension's commands (package.nls.de.json) in the palette.
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Werkzeugkoffer: Maßnahmenplan');
    await page.waitForTimeout(1500);
    const rows = await page.locator('.quick-input-list .monaco-list-row').evaluateAll((all) => all.map((r) => r.getAttribute('aria-label') ?? ''));
    await page.keyboard.press('Escape');
    for (const title of ['Werkzeugkoffer: Neuen Maßnahmenplan anlegen', 'Werkzeugkoffer: Maßnahmenplan exportieren', 'Werkzeugkoffer: Maßnahmenplan-Vorschau']) check(rows.some((r) => r.startsWith(title)), `the palette lists „${title}“`);
    check(!rows.some((r) => /Action plan/.test(r)), 'no English command title among them');

    // The status bar: VS Code's problems entry shows the counts; the extension's entry names them only for screen readers.
    const entry = page.locator('.statusbar [aria-label^="Werkzeugkoffer:"]').first();
    await entry.waitFor({ timeout: 30_000 });
    const [entryText, entryLabel] = [(await entry.innerText()).trim(), await entry.getAttribute('aria-label')];
    check(entryText === 'Werkzeugkoffer' && entryLabel === 'Werkzeugkoffer: 1 Warnung', `the status bar entry is „${entryText}“ without counts, named „${entryLabel}“`);

    // The export's notification and its two actions.
    await palette('>', 'Maßnahmenplan exportieren');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'exportiert' }).first();
    await toast.waitFor({ timeout: 90_000 });
    const buttons = await toast.locator('.monaco-button').allInnerTexts();
    check(buttons.includes('Öffnen') && buttons.includes('Im Ordner anzeigen'), `the export's notification offers ${buttons.map((b) => `„${b}“`).join(', ')}`);
    await page.screenshot({ path: join(shots, 'vscode-export-meldung.png') });

    // The assessment form in German; the save dialog cancelled.
    await palette('>', 'Neuen Maßnahmenplan anlegen');
    const form = await webview('form#wizard');
    const formText = await form.locator('main').innerText();
    check(formText.includes('Neuer Maßnahmenplan') && formText.includes('Wo stehen wir heute?') && formText.includes('Datum der Standortbestimmung'), 'the form is German');
    await form.locator('#name').fill('Ausländerbehörde Teststadt');
    await form.locator('#bundesland').selectOption('Hessen');
    await form.locator('select[id^="status--"]').first().selectOption('2');
    await page.screenshot({ path: join(shots, 'vscode-assistent-dunkel.png') });
    await form.locator('button[type="submit"]').click();
    const dialog = page.locator('.quick-input-widget');
    await dialog.waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    const note = form.locator('#info');
    await note.filter({ hasText: 'noch nicht gespeichert' }).waitFor({ timeout: 30_000 });
    check((await note.innerText()).startsWith('Der Plan ist noch nicht gespeichert. Ihre Bewertung bleibt im Formular erhalten'), `after the cancelled save the form says how to save („${(await note.innerText()).slice(0, 60)}…“)`);
    check((await form.locator('#name').inputValue()) === 'Ausländerbehörde Teststadt', 'the form keeps the name');
    const told = page.locator('.notifications-toasts .notification-toast', { hasText: 'noch nicht gespeichert' });
    check((await told.count()) > 0, 'a notification says the same');
    await page.screenshot({ path: join(shots, 'vscode-assistent-abgebrochen.png') });
    // Hidden and shown again (another tab in front of it, then the form's tab): VS Code rebuilds the page from its state.
    await page.locator('.tabs-container .tab', { hasText: 'plan-stadt-musterstadt.md' }).first().click();
    await page.waitForTimeout(1500);
    await page.locator('.tabs-container .tab', { hasText: 'Neuer Maßnahmenplan' }).first().click();
    const shown = await webview('form#wizard');
    await page.waitForTimeout(1500);
    check((await shown.locator('#name').inputValue()) === 'Ausländerbehörde Teststadt' && (await shown.locator('#bundesland').inputValue()) === 'Hessen' && (await shown.locator('select[id^="status--"]').first().inputValue()) === '2', 'shown again, the form has what was entered');
    check((await shown.locator('#info').innerText()).startsWith('Der Plan ist noch nicht gespeichert'), 'and the note');
    await shown.locator('#abbrechen').click();
    await page.locator('.tabs-container .tab', { hasText: 'Neuer Maßnahmenplan' }).waitFor({ state: 'detached', timeout: 15_000 });

    // „Plan aktualisieren“ with one score changed, the proposal declined: its diff closes, a notification says the
    // entries are kept, „Formular wieder öffnen“ shows the form with them and a note, „Eingaben verwerfen“ the plan's.
    await page.locator('.tabs-container .tab', { hasText: 'plan-stadt-musterstadt.md' }).first().click();
    await palette('>', 'Plan aktualisieren');
    const updateForm = await webview('h1:has-text("Plan aktualisieren")');
    check((await updateForm.locator('#status--bo-wartezeiten').inputValue()) === '3', 'the update form shows the plan’s score');
    await updateForm.locator('#status--bo-wartezeiten').selectOption('5');
    await updateForm.locator('button[type="submit"]').click();
    const question = page.locator('.monaco-dialog-box');
    await question.waitFor({ state: 'visible', timeout: 60_000 });
    check((await question.innerText()).includes('Aktualisierung übernehmen?'), 'the proposal asks whether to apply it');
    check((await page.locator('.tabs-container .tab', { hasText: 'vorgeschlagene Aktualisierung' }).count()) === 1, 'beside the proposal’s diff');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'hidden', timeout: 15_000 });
    const kept = page.locator('.notifications-toasts .notification-toast', { hasText: 'Ihre Eingaben bleiben erhalten' }).first();
    await kept.waitFor({ timeout: 30_000 });
    check((await kept.innerText()).includes('Beim nächsten „Plan aktualisieren“ oder „Neue Standortbestimmung erfassen“ für diesen Plan ist das Formular damit vorbelegt.'), 'declined, a notification says the entries are kept and where they come back');
    await page.waitForTimeout(1000);
    check((await page.locator('.tabs-container .tab', { hasText: 'vorgeschlagene Aktualisierung' }).count()) === 0, 'and the proposal’s diff is closed');
    await page.screenshot({ path: join(shots, 'vscode-aktualisierung-abgelehnt.png') });
    await kept.locator('.monaco-button', { hasText: 'Formular wieder öffnen' }).click();
    /** The update form once it shows `score` for bo-wartezeiten (a discarded form may linger a moment). */
    const updateFormWith = async (score) => {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        for (const frame of page.frames()) {
          const value = await frame.locator('h1:has-text("Plan aktualisieren") ~ form #status--bo-wartezeiten').inputValue({ timeout: 200 }).catch(() => undefined);
          if (value === score) return frame;
        }
        await page.waitForTimeout(500);
      }
      throw new Error(`no update form shows the score ${score}`);
    };
    const reopened = await updateFormWith('5');
    const keptNote = await reopened.locator('#vorbelegt').innerText();
    check(keptNote.startsWith('Vorbelegt mit Ihren Eingaben vom ') && keptNote.includes('„Eingaben verwerfen“'), `reopened, the form has the entry and says so („${keptNote.slice(0, 60)}…“)`);
    await page.screenshot({ path: join(shots, 'vscode-aktualisierung-vorbelegt.png') });
    await reopened.locator('#verwerfen').click();
    const discarded = await updateFormWith('3');
    check((await discarded.locator('#vorbelegt').count()) === 0, 'discarded, the form shows the plan’s score again, without the note');
    await discarded.locator('#abbrechen').click();
  }

  // The Statusbericht beside the plan: the counts with their Ampel words, a measure of each colour, the charts.
  await page.locator('.tabs-container .tab', { hasText: 'plan-stadt-musterstadt.md' }).first().click();
  const reportTitle = await palette('>', german ? 'Statusbericht anzeigen' : 'Show status report');
  check(reportTitle.includes(german ? 'Werkzeugkoffer: Statusbericht anzeigen' : 'Werkzeugkoffer: Show status report'), `the palette offers the status report („${reportTitle}“)`);
  const report = await webview('h2#empfehlungen-h');
  const reportText = await report.locator('body').innerText();
  console.log(`${label}: status report text (start): ${reportText.slice(0, 200).replace(/\s+/g, ' ')}`);
  check(/statusbericht/i.test(reportText) && reportText.includes('überfällig') && reportText.includes('Handlungsempfehlungen'), 'the status report shows the Ampel and the recommendations');
  check((await report.locator('svg[role="img"]').count()) >= 1, 'with its charts as accessible images');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(shots, german ? 'vscode-statusbericht-dunkel.png' : 'vscode-statusbericht.png') });
} catch (error) {
  failures.push(String(error.message ?? error));
  console.error(`${label}: ${error.stack ?? error}`);
  try {
    await browser.pages()[0]?.screenshot({ path: join(shots, german ? 'vscode-ui-error-de.png' : 'vscode-ui-error.png') });
  } catch {}
} finally {
  await browser.close().catch(() => {});
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
  rmSync(tmp, { recursive: true, force: true });
}
const ok = failures.length === 0;
console.log(`${label}: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exitCode = ok ? 0 : 1;
