#!/usr/bin/env node
// Thin launcher: the CLI is bundled to out/cli/index.js by `npm run build:cli`.
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'out', 'cli', 'index.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('duizhao: the CLI is not built yet; run `npm run build:cli` in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(entry);
