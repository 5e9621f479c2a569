#!/usr/bin/env node
// `npm test`: the type check, Vitest and the real-editor suite, each run even when an earlier one failed, so one
// failing part never hides the others. Ends with one line of totals; the exit code is 1 when any part failed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNoiseFilter } from '../tests/vscode/noise.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs a command with its output passed through (line by line through `filter` when given); resolves to its exit code and its output. */
function run(command, args, filter) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    const forward = (stream, target) => {
      const lines = filter ? filter() : (line) => line;
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        output += chunk;
        pending += chunk;
        const parts = pending.split('\n');
        pending = parts.pop();
        for (const line of parts) if (lines(line) !== null) target.write(`${line}\n`);
      });
      stream.on('end', () => {
        if (pending && lines(pending) !== null) target.write(pending);
      });
    };
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('error', (error) => {
      process.stderr.write(`${command}: ${error.message}\n`);
      resolve({ code: 1, output });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

async function typecheck() {
  const { code } = await run(bin('tsc'), ['-p', '.', '--noEmit']);
  return { failed: code !== 0, summary: code === 0 ? 'Typprüfung ohne Fehler' : 'Typprüfung mit Fehlern' };
}

async function vitest() {
  const folder = mkdtempSync(join(tmpdir(), 'wk-vitest-'));
  const report = join(folder, 'report.json');
  try {
    const { code } = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
    let counts;
    try {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      counts = { passed: json.numPassedTests, failed: json.numFailedTests };
    } catch {
      counts = { passed: 0, failed: 1 };
    }
    const failed = code !== 0 || counts.failed > 0;
    return { failed, summary: `Vitest ${plural(counts.passed, 'Test', 'Tests')} bestanden, ${counts.failed} fehlgeschlagen${failed && !counts.failed ? ' (Abbruch)' : ''}` };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function realEditor() {
  const { code, output } = await run(process.execPath, [join(root, 'tests', 'vscode', 'run.mjs')], createNoiseFilter);
  const match = /^vscode: (\d+) passed, (\d+) failed$/m.exec(output);
  const passed = match ? Number(match[1]) : 0;
  const failed = match ? Number(match[2]) : 1;
  return { failed: code !== 0 || failed > 0, summary: `VS Code ${passed} bestanden, ${failed} fehlgeschlagen` };
}

const parts = [];
for (const part of [typecheck, vitest, realEditor]) parts.push(await part());
const failed = parts.some((part) => part.failed);
console.log(`\nGesamt: ${parts.map((part) => part.summary).join(' · ')} — ${failed ? 'FEHLGESCHLAGEN' : 'alles bestanden'}`);
process.exitCode = failed ? 1 : 0;
