/**
 * `npm run bench`: runs every bench/*.bench.ts in name order and prints its figures. A bench file
 * exports `title` and a default async function that returns lines of text (figures, tables).
 * Run one with `npm run bench -- NAME` (substring of the file name).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface BenchModule {
  title: string;
  default: () => Promise<string[]>;
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
    .sort();
  let failed = 0;
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(__dirname, f)).href)) as BenchModule;
    process.stdout.write(`\n## ${mod.title} (${f})\n`);
    try {
      for (const line of await mod.default()) process.stdout.write(`${line}\n`);
    } catch (err) {
      failed++;
      process.stdout.write(`FAILED: ${(err as Error).stack ?? String(err)}\n`);
    }
  }
  if (failed) process.exitCode = 1;
}

void main();
