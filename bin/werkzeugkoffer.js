#!/usr/bin/env node
'use strict';
const { join } = require('node:path');
const { requireWithCodeCache } = require('../dist/codeCache.js');

const args = process.argv.slice(2);
/**
 * The name of the code cache: each command runs, and V8 compiles, other parts of the bundle. The command, with its
 * subcommand where it has some (`plan report`, `frage neu`); a call for help has its own, so it never seeds a command's.
 */
function profile() {
  if (args.some((arg) => arg === '--help' || arg === '-h')) return 'help';
  const [command, sub] = args;
  if (!command || !/^[a-z]+$/.test(command)) return 'main';
  return (command === 'plan' || command === 'frage') && sub && /^[a-z]+$/.test(sub) ? `${command}-${sub}` : command;
}
requireWithCodeCache(join(__dirname, '..', 'dist', 'cli.js'), profile())
  .main(args)
  .then((code) => {
    process.exitCode = code;
  });
