import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignDocs } from '../core/align';
import type { Project } from '../core/model/types';
import { createProject, serializeProject } from '../core/project';
import { importText } from '../core/text';
import { buildCli, CLI } from './fixtures/qa/build-cli';

// `check` and `export` on a saved project read its team glossary folder (settings.glossaryFolder)
// and that folder's team word list, as the app does; --glossary adds to it and the team folder wins
// a conflict. Generated project and folders; terms the repo's glossary/ does not have.
const ROOT = join(__dirname, '..');
const ZH = '双方同意建设对照工作台。\n\n双方将共同推进星河计划。\n';
const EN = 'The two sides agreed to build a side-by-side bench.\n\nThe two sides will jointly advance the Galaxy Programme with Zorvexa.\n';
const TEAM_CSV = 'zh,en,ru\n对照工作台,parallel workbench,параллельный верстак\n';
const EXTRA_CSV = 'zh,en,ru\n星河计划,Star River Plan,план Звёздная река\n对照工作台,comparison desk,стол сравнения\n';

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? -1) : 0, stdout, stderr });
    });
  });
}

interface JsonFinding { check: string; message: string }
const findings = (stdout: string): JsonFinding[] => (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
const glossaryMessages = (stdout: string) => findings(stdout).filter((f) => f.check.startsWith('glossary.')).map((f) => f.message);
const misspelt = (stdout: string) => findings(stdout).filter((f) => f.check === 'spelling.misspelling').map((f) => f.message).join('\n');

describe('check / export on a saved project use its team glossary folder', () => {
  let dir: string;
  const saveProject = (file: string, glossaryFolder: string | undefined): string => {
    const base = createProject({ name: 'bench', source: importText(ZH, 'zh'), targets: { en: importText(EN, 'en') } }, alignDocs);
    const project: Project = { ...base, settings: { ...base.settings, ...(glossaryFolder === undefined ? {} : { glossaryFolder }) } };
    const path = join(dir, file);
    writeFileSync(path, serializeProject(project));
    return path;
  };

  beforeAll(() => {
    buildCli();
    dir = mkdtempSync(join(tmpdir(), 'duizhao-team-glossary-'));
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'team', 'team.csv'), TEAM_CSV);
    // The team's word list: a name the dictionaries do not know.
    writeFileSync(join(dir, 'team', 'team-dictionary.txt'), 'Zorvexa\n');
    writeFileSync(join(dir, 'extra.csv'), EXTRA_CSV);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the team folder (a workspace folder name or an absolute path) and its team word list', async () => {
    const byName = saveProject('by-name.duizhao.json', 'team');
    const byPath = saveProject('by-path.duizhao.json', join(dir, 'team'));
    const none = saveProject('none.duizhao.json', undefined);
    const [a, b, c] = await Promise.all([run('check', byName, '--format', 'json'), run('check', byPath, '--format', 'json'), run('check', none, '--format', 'json')]);
    for (const r of [a, b]) {
      expect(r.stderr).toBe('');
      expect(glossaryMessages(r.stdout)).toEqual([expect.stringMatching(/对照工作台.*parallel workbench/)]);
      expect(misspelt(r.stdout)).not.toContain('Zorvexa');
    }
    // Without a folder of its own the project gets the built-in glossary/, which knows neither.
    expect(glossaryMessages(c.stdout)).toEqual([]);
    expect(misspelt(c.stdout)).toContain('Zorvexa');
  });

  it('--glossary adds to the team folder; the team folder wins a conflict, which is reported', async () => {
    const project = saveProject('both.duizhao.json', 'team');
    const r = await run('check', project, '--glossary', join(dir, 'extra.csv'), '--format', 'json');
    const messages = glossaryMessages(r.stdout);
    expect(messages).toContainEqual(expect.stringMatching(/星河计划.*Star River Plan/));
    // The team's rendering stays the preferred one; the other file's is loaded as admitted (accepted, named second).
    expect(messages).toContainEqual('Glossary: 对照工作台 should be translated “parallel workbench” or “comparison desk”.');
    // --help says so.
    const help = await run('check', '--help');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain("added to a saved project's team glossary folder (which wins a conflict)");
    expect(r.stderr).toMatch(/extra\.csv.*conflict for 对照工作台 \(en\): preferred "comparison desk" here, but "parallel workbench" in team\.csv/);
  });

  it('export --qa carries the team glossary findings', async () => {
    const project = saveProject('export.duizhao.json', 'team');
    const r = await run('export', project, '--to', 'csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[glossary\.[a-z-]+\] en: .*对照工作台.*parallel workbench/);
  });

  it('a team folder that is not on this computer stops the run (exit 2), naming the folder', async () => {
    const project = saveProject('gone.duizhao.json', 'gone-team');
    const [check, exported] = await Promise.all([run('check', project), run('export', project, '--to', 'csv')]);
    for (const r of [check, exported]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/gone\.duizhao\.json: the project's team glossary folder gone-team is not there/);
      expect(r.stdout).toBe('');
    }
  });
});
