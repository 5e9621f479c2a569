#!/usr/bin/env node
// The "VS Code executable" given to @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It accepts the desktop CLI args test-electron passes (--extensionDevelopmentPath, --extensionTestsPath,
// --user-data-dir, --extensions-dir, a folder, ...), starts the VS Code *server* bundled in the code-server
// npm package (lib/vscode/out/server-main.js, run with Node 24) with --enable-smoke-test-driver, opens the
// workbench in headless Debian chromium (playwright-core) with the dev/test paths in the URL `payload`, and
// exits with the extension-test exit code reported through window.codeAutomationExit.
// Env: VSCODE_SERVER_DIR (lib/vscode dir), VSCODE_SERVER_NODE (node 24 binary), PLAYWRIGHT_CORE (module path),
//      CHROMIUM (default /usr/bin/chromium), SHIM_TIMEOUT_S (default 300), VERBOSE=1.
const cp = require('child_process'), fs = require('fs'), os = require('os'), path = require('path'), util = require('util'), net = require('net');
const E2E = process.env.VSCODE_E2E_HOME || path.join(os.homedir(), '.cache', 'werkzeugkoffer-vscode-e2e');
const SERVER_DIR = process.env.VSCODE_SERVER_DIR || `${E2E}/cs/node_modules/code-server/lib/vscode`;
const NODE = process.env.VSCODE_SERVER_NODE || `${E2E}/node24/bin/node`;
const { chromium } = require(process.env.PLAYWRIGHT_CORE || `${E2E}/tools/node_modules/playwright-core`);

const argv = process.argv.slice(2);
const dev = [], positional = [];
let tests, userDataDir, extensionsDir;
for (let i = 0; i < argv.length; i++) {
  let a = argv[i], v;
  const m = /^(--[^=]+)=(.*)$/s.exec(a);
  if (m) { a = m[1]; v = m[2]; }
  const take = () => (v !== undefined ? v : argv[++i]);
  switch (a) {
    case '--extensionDevelopmentPath': dev.push(path.resolve(take())); break;
    case '--extensionTestsPath': tests = path.resolve(take()); break;
    case '--user-data-dir': userDataDir = path.resolve(take()); break;
    case '--extensions-dir': extensionsDir = path.resolve(take()); break;
    default: if (!a.startsWith('-')) positional.push(path.resolve(a)); // flags like --no-sandbox are ignored
  }
}
const freePort = () => new Promise(r => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); });

(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-shim-'));
  userDataDir ||= path.join(tmp, 'ud'); extensionsDir ||= path.join(tmp, 'ext');
  // quiet, offline-friendly user settings (only if the caller did not provide any)
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(settingsFile, JSON.stringify({
      'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none',
      'git.enabled': false, 'github.gitAuthentication': false, 'workbench.enableExperiments': false,
    }, null, 2));
  }
  const port = await freePort();
  const server = cp.spawn(NODE, [path.join(SERVER_DIR, 'out/server-main.js'), '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--server-data-dir', path.join(tmp, 'sd'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-workspace-trust'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true,
      env: { ...process.env, TMPDIR: tmp } }); // keeps the server's ipc sockets inside tmp, removed at the end
  let serverOut = '';
  server.stdout.on('data', d => { serverOut += d; if (process.env.VERBOSE) process.stderr.write(d); });
  server.stderr.on('data', d => { serverOut += d; if (process.env.VERBOSE) process.stderr.write(d); });
  const killServer = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch {} };
  process.on('exit', killServer);
  for (let i = 0; i < 300 && !/Extension host agent listening/.test(serverOut); i++) await new Promise(r => setTimeout(r, 100));
  if (!/Extension host agent listening/.test(serverOut)) { console.error('server did not start:\n' + serverOut); process.exit(2); }

  const host = `127.0.0.1:${port}`;
  const remote = p => `vscode-remote://${host}${p}`;
  const payload = [...dev.map(d => ['extensionDevelopmentPath', remote(d)])];
  if (tests) payload.push(['extensionTestsPath', remote(tests)]);
  const q = new URLSearchParams();
  const target = positional[0];
  if (target && fs.existsSync(target) && fs.statSync(target).isDirectory()) q.set('folder', target);
  else if (target && target.endsWith('.code-workspace')) q.set('workspace', target);
  else q.set('ew', 'true');
  q.set('payload', JSON.stringify(payload));
  const url = `http://${host}/?${q}`;

  const ctx = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let code = 1;
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    const done = new Promise(resolve => {
      page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = util.format(...(args || []));
        if (process.env.VERBOSE || !/\[AgentHost\]|\[ChatModelSelection\]/.test(line)) (type === 'error' ? console.error : console.log)(line);
      });
      page.exposeFunction('codeAutomationExit', c => resolve(c));
    });
    await page.goto(url);
    const t = Number(process.env.SHIM_TIMEOUT_S || 300);
    const r = await Promise.race([done, new Promise(res => setTimeout(() => res('timeout'), t * 1000))]);
    if (r === 'timeout') console.error(`vscode-shim: timed out after ${t}s waiting for the extension tests`); else code = r;
  } catch (e) { console.error('vscode-shim error', e); }
  finally { await ctx.close().catch(() => {}); killServer(); fs.rmSync(tmp, { recursive: true, force: true }); }
  process.exit(code);
})();
