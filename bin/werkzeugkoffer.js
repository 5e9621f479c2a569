#!/usr/bin/env node
'use strict';
const { join } = require('node:path');
const { requireWithCodeCache } = require('../dist/codeCache.js');

const args = process.argv.slice(2);
// The command and its subcommand (`plan report`) name the code cache: each runs, and V8 compiles, other parts of the bundle.
const words = [];
for (const arg of args.slice(0, 2)) {
  if (!/^[a-z]+$/.test(arg)) break;
  words.push(arg);
}
requireWithCodeCache(join(__dirname, '..', 'dist', 'cli.js'), words.join('-') || 'main')
  .main(args)
  .then((code) => {
    process.exitCode = code;
  });
