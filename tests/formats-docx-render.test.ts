import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { exportProject } from '../core/formats';
import { rowFitsEasily } from '../core/formats/docx-write';
import { tableRows } from '../core/formats/table-rows';
import { importText } from '../core/text';
import { alignDocs } from '../core/align/align-docs';
import { createProject } from '../core/project';
import type { Project } from '../core/model/types';
import { hasTool } from './helpers/tools';

/**
 * The DOCX export as a reviewer sees it: LibreOffice renders it to PDF (soffice --headless) and
 * pdftotext reads each page back, so the test sees where the pages break the table.
 */
const withLibreOffice = hasTool('libreoffice') ? it : it.skip;
const dir = mkdtempSync(join(tmpdir(), 'duizhao-docx-render-'));

function alignedSample(): Project {
  const read = (f: string): string => readFileSync(join(__dirname, '..', 'samples', f), 'utf8');
  return createProject(
    { name: 'strategic stability', source: importText(read('strategic-stability-2025-05-08.zh.txt'), 'zh'), targets: { en: importText(read('strategic-stability-2025-05-08.en.txt'), 'en') } },
    alignDocs,
  );
}

/** The PDF LibreOffice makes of a DOCX, as the text of each page (whitespace removed: pdftotext wraps and spaces as it lays out). */
async function renderedPages(project: Project, name: string): Promise<string[]> {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, (await exportProject(project, 'docx', { targets: ['en'], date: new Date('2026-01-02T03:04:05Z') })).data);
  // A profile of its own: a LibreOffice already running for the user (or another test) would take the job and return at once.
  const profile = `file://${join(dir, `profile-${name}`)}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 170_000 });
  expect(r.status, r.stderr).toBe(0);
  const text = spawnSync('pdftotext', ['-raw', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(text.status, text.stderr).toBe(0);
  return text.stdout.split('\f').map((page) => page.replace(/\s+/g, ''));
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('DOCX rendered by LibreOffice', () => {
  withLibreOffice('keeps every row of the aligned sample on one page: no translation runs on under an empty row on the next page', async () => {
    const p = alignedSample();
    const pages = await renderedPages(p, 'sample');
    expect(pages.length).toBeGreaterThan(3);
    const rows = tableRows(p, { targets: ['en'] }).rows;
    // Each row's English and Chinese text is whole on some page; a row split at a page break is not.
    const split = rows.filter((r) => !pages.some((page) => page.includes(squeeze(r.text.en ?? '')) && page.includes(squeeze(r.text.zh ?? '')))).map((r) => r.n);
    expect(split).toEqual([]);
  }, 180_000);

  withLibreOffice('a row taller than a page still splits, so none of its text is lost', async () => {
    const p = alignedSample();
    const long = Array.from({ length: 60 }, (_, i) => `Clause ${i + 1} of the long sentence reaffirms the commitments made above.`).join(' ');
    const first = p.targets.en!.paragraphs[1]!.sentences[0]!;
    first.text = long;
    expect(rowFitsEasily([long], 6000)).toBe(false);
    const pages = await renderedPages(p, 'long');
    const all = pages.join('');
    for (let i = 1; i <= 60; i++) expect(all).toContain(squeeze(`Clause ${i} of the long sentence`));
  }, 180_000);
});

describe('rowFitsEasily (which rows the DOCX keeps on one page)', () => {
  it('keeps sentence-sized rows, lets rows of more than two thirds of a page split', () => {
    const width = 6319; // a bilingual text column, in twips
    expect(rowFitsEasily(['中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明', 'Joint Statement on Global Strategic Stability'], width)).toBe(true);
    // ≈ 28 Han characters a line: 24 lines fit, 25 do not.
    expect(rowFitsEasily(['中'.repeat(28 * 24)], width)).toBe(true);
    expect(rowFitsEasily(['中'.repeat(28 * 26)], width)).toBe(false);
    // Line breaks count: 30 short lines are too many.
    expect(rowFitsEasily([Array.from({ length: 30 }, () => 'a').join('\n')], width)).toBe(false);
    expect(rowFitsEasily([Array.from({ length: 20 }, () => 'a').join('\n')], width)).toBe(true);
  });
});
