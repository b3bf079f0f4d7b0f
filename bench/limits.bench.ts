/**
 * Speed limits that used to be wall-clock assertions inside the tests (where a loaded machine could
 * fail them and a fast one proved little): segmentation stays linear, hostile input is refused at
 * once, a CLI input error exits quickly. Each limit is checked here on CPU time (the CLI on wall
 * time, as a user waits for it) and a breach fails `npm run bench`. The tests keep what the code
 * does with the same inputs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FormatError, importFile } from '../core/formats';
import { parseTermBaseFile } from '../core/glossary';
import type { Lang } from '../core/model/types';
import { segmentSentences } from '../core/segment';

export const title = 'Limits: linear segmentation, hostile input refused at once, fast CLI errors';

const root = join(__dirname, '..');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Milliseconds of CPU (user + system) one call takes: the least of `runs`, so a busy moment does not decide. */
async function cpuMs(runs: number, f: () => unknown): Promise<number> {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const start = process.cpuUsage();
    await f();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

async function refused(name: string, bytes: Uint8Array): Promise<void> {
  try {
    await importFile(name, bytes);
  } catch (err) {
    if (err instanceof FormatError) return;
    throw err;
  }
  throw new Error(`${name} was not refused`);
}

const TBX_BOMB = `<?xml version="1.0"?>
<!DOCTYPE tbx [
  <!ENTITY a "${'a'.repeat(63)}">
  ${Array.from({ length: 30 }, (_, i) => `<!ENTITY b${i + 1} "${`&${i === 0 ? 'a' : `b${i}`};`.repeat(10)}">`).join('\n  ')}
]>
<tbx><text><body><conceptEntry id="x"><langSec xml:lang="zh"><termSec><term>&b30;</term></termSec></langSec></conceptEntry></body></text></tbx>`;

function xliffBomb(): string {
  let dtd = '<!ENTITY lol0 "lol">';
  for (let i = 1; i < 10; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  return `<?xml version="1.0"?>\n<!DOCTYPE xliff [${dtd}]>\n<xliff version="1.2"><file source-language="zh" target-language="en"><body><trans-unit id="1"><source>&lol9;</source></trans-unit></body></file></xliff>`;
}

export default async function run(): Promise<string[]> {
  const lines: string[] = [];
  const breaches: string[] = [];
  const limit = (what: string, ms: number, max: number): void => {
    lines.push(`${what}: ${ms.toFixed(1)} ms (limit ${max.toFixed(0)} ms)`);
    if (!(ms < max)) breaches.push(`${what} took ${ms.toFixed(1)} ms, limit ${max.toFixed(0)} ms`);
  };

  // Segmentation: four times the input must cost ~4 times the CPU (16 when quadratic).
  const samples: Array<[Lang, string]> = [
    ['en', readFileSync(join(root, 'samples', 'strategic-stability-2025-05-08.en.txt'), 'utf8')],
    ['zh', readFileSync(join(root, 'samples', 'joint-statement-2025-05-08.zh.txt'), 'utf8')],
  ];
  for (const [lang, text] of samples) {
    const big = text.repeat(Math.ceil(1_000_000 / text.length));
    const quarter = big.slice(0, big.length >> 2);
    const bigMs = await cpuMs(3, () => segmentSentences(big, lang));
    const quarterMs = await cpuMs(3, () => segmentSentences(quarter, lang));
    limit(`segment 1 MB ${lang} (quarter ${quarterMs.toFixed(1)} ms; limit 8 × quarter + 50)`, bigMs, 8 * quarterMs + 50);
  }

  // Hostile input: refused before anything is expanded or parsed.
  limit('billion-laughs TBX refused', await cpuMs(3, () => parseTermBaseFile('bomb.tbx', TBX_BOMB)), 200);
  const bomb = enc(xliffBomb());
  limit('billion-laughs XLIFF refused', await cpuMs(3, () => refused('bomb.xlf', bomb)), 200);
  const huge = new Uint8Array(200 * 1024 * 1024);
  limit('200 MB .txt refused by size', await cpuMs(3, () => refused('huge.txt', huge)), 100);
  limit('200 MB .docx refused by size', await cpuMs(3, () => refused('huge.docx', huge)), 100);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  limit('binary data named .tmx refused', await cpuMs(3, () => refused('a.tmx', png)), 1000);

  // The CLI (as built by `npm run bench`): an input error is one line and a quick exit.
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-limits-'));
  try {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const S = join(root, 'samples', 'strategic-stability-2025-05-08');
    const cases = [
      ['export', empty, `${S}.en.txt`, '--to', 'tmx'],
      ['export', `${S}.zh.txt`, `${S}.en.txt`, '--to', 'pdf'],
      ['export', join(dir, 'missing.txt'), '--to', 'tmx'],
    ];
    for (const args of cases) {
      const start = performance.now();
      const r = spawnSync(process.execPath, [join(root, 'out', 'cli', 'index.js'), ...args], { encoding: 'utf8' });
      if (r.status !== 2) throw new Error(`duizhao ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      limit(`duizhao ${args[0]} … ${args.at(-1)} input error, wall`, performance.now() - start, 3000);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (breaches.length > 0) throw new Error(`limits breached:\n${breaches.join('\n')}`);
  return lines;
}
