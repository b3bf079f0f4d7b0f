#!/usr/bin/env node
// Thin launcher: `npm run build:cli` writes out/cli/index.js (which turns on Node's compile cache,
// then loads the bundle out/cli/duizhao.js).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'out', 'cli', 'index.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('duizhao: the CLI is not built yet; run `npm run build:cli` in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(entry);
