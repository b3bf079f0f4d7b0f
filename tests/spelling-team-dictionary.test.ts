import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addToTeamDictionary, readTeamDictionary, teamDictionaryPath } from '../services/spelling/team-dictionary';
import { buildCli, CLI } from './fixtures/qa/build-cli';

/** `duizhao check … --format json` in a separate process; the spelling findings' words. */
function spelled(dir: string, ...extra: string[]): Promise<{ words: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const args = [CLI, 'check', join(dir, 'doc.zh.txt'), join(dir, 'doc.en.txt'), '--format', 'json', '--glossary', dir, ...extra];
    execFile(process.execPath, args, { encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err && err.code !== 1) reject(new Error(`check failed (${String(err.code)}): ${stderr}`));
      else {
        const report = JSON.parse(stdout) as { findings: Array<{ check: string; excerpt: { target?: string } }> };
        resolve({ words: report.findings.filter((f) => f.check === 'spelling.misspelling').map((f) => f.excerpt.target ?? ''), stderr });
      }
    });
  });
}

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-team-dict-'));
  writeFileSync(join(dir, 'doc.zh.txt'), '双方在佐布拉特举行会谈。\n\n双方支持多边主义。\n', 'utf8');
  writeFileSync(join(dir, 'doc.en.txt'), 'The two sides held talks in Zorblat.\n\nThe two sides support the goverment and the colour of multilateralism.\n', 'utf8');
  return dir;
}

beforeAll(() => {
  buildCli();
}, 60_000);

describe('the team dictionary', () => {
  it('"Add to dictionary" writes the sorted word list and a second process picks it up', async () => {
    const dir = fixture();
    expect((await spelled(dir)).words).toEqual(['Zorblat', 'goverment']);
    const file = teamDictionaryPath(dir);
    await addToTeamDictionary(file, 'Zorblat');
    await addToTeamDictionary(file, 'Ärzteblatt');
    await addToTeamDictionary(file, 'Zorblat');
    expect(readFileSync(file, 'utf8')).toBe('Zorblat\nÄrzteblatt\n');
    expect((await spelled(dir)).words).toEqual(['goverment']);
  }, 60_000);

  it('keeps hand-written comments out, names bad lines on stderr and still checks', async () => {
    const dir = fixture();
    writeFileSync(teamDictionaryPath(dir), '# place names\nZorblat\nnot one word\n', 'utf8');
    const { words, stderr } = await spelled(dir);
    expect(words).toEqual(['goverment']);
    expect(stderr).toContain(`${teamDictionaryPath(dir)}:3: “not one word” is more than one word`);
    expect((await readTeamDictionary(teamDictionaryPath(dir))).words).toEqual(['Zorblat']);
    await expect(addToTeamDictionary(teamDictionaryPath(dir), 'two words')).rejects.toThrow('one word, no spaces');
  }, 60_000);

  it('--english-variant picks the English dictionary (both by default for plain files)', async () => {
    const dir = fixture();
    writeFileSync(teamDictionaryPath(dir), 'Zorblat\n', 'utf8');
    const [both, us, bad] = await Promise.all([spelled(dir), spelled(dir, '--english-variant', 'en-US'), spelled(dir, '--english-variant', 'en-XX').catch((e: Error) => e)]);
    expect(both.words).toEqual(['goverment']);
    expect(us.words).toEqual(['goverment', 'colour']);
    expect(String(bad)).toContain("unknown English variant 'en-XX'");
  }, 60_000);
});
