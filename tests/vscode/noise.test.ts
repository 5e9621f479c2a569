import { describe, expect, it } from 'vitest';
import { createNoiseFilter } from './noise.mjs';

const filtered = (text: string) => {
  const filter = createNoiseFilter();
  return text
    .split('\n')
    .filter((line) => filter(line) !== null)
    .join('\n');
};

describe('the noise filter of the real-editor run', () => {
  it('drops marketplace look-ups with their stacks, the auth provider and the service worker, keeps the results', () => {
    const output = [
      '[vscode-e2e] suite inside the extension host',
      'Resolving connection token (127.0.0.1:36419)...',
      "[Service Worker] registration [Error [TypeError]: Failed to register a ServiceWorker for scope ('http://127.0.0.1:36419/')",
      'getaddrinfo ENOTFOUND open-vsx.org: Failed: getaddrinfo ENOTFOUND open-vsx.org',
      '    at egt.queryRawGalleryExtensions (http://127.0.0.1:36419/workbench.js:1637:54742)',
      '    at async egt.queryGalleryExtensions (http://127.0.0.1:36419/workbench.js:1637:50188)',
      "Timed out waiting for authentication provider 'github' to register.: Error: Timed out",
      '    at ppt.tryActivateProvider (http://127.0.0.1:36419/workbench.js:840:73682)',
      '  Werkzeugkoffer in a real VS Code',
      '    ✔ activates on the toolbox',
      '    1) shows the diagnostics of a broken document',
      'TypeError: Cannot read properties of undefined',
      '    at Context.<anonymous> (suite/extension.test.js:10:5)',
      'vscode: 9 passed, 1 failed',
    ].join('\n');
    expect(filtered(output)).toBe(
      [
        '[vscode-e2e] suite inside the extension host',
        '  Werkzeugkoffer in a real VS Code',
        '    ✔ activates on the toolbox',
        '    1) shows the diagnostics of a broken document',
        'TypeError: Cannot read properties of undefined',
        '    at Context.<anonymous> (suite/extension.test.js:10:5)',
        'vscode: 9 passed, 1 failed',
      ].join('\n'),
    );
  });

  it('drops the file list of vsce package and keeps its closing line', () => {
    const output = [' INFO  Files included in the VSIX:', 'werkzeugkoffer.vsix', '├─ [Content_Types].xml ', ' DONE  Packaged: dist/werkzeugkoffer.vsix (19 files, 2.89 MB)'].join('\n');
    expect(filtered(output)).toBe(' DONE  Packaged: dist/werkzeugkoffer.vsix (19 files, 2.89 MB)');
  });
});
