import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportOptionsSchema } from '../core/contract/export';
import { exportProject } from '../core/formats';
import type { Project, TargetLang } from '../core/model/types';
import { DEFAULT_EXPORT_CHOICE, addedOutsideNote, exportCount, exportRequest, fitChoice, flagsFor, readExportChoice, unavailableReason, writeExportChoice } from '../renderer/src/state/export-prefs';
import { sampleProject } from './fixtures/formats/sample-project';

/** A Storage stand-in: the functions only use getItem / setItem. */
function memoryStorage(initial: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

function withoutRu(p: Project): Project {
  const { ru: _t, ...targets } = p.targets;
  const { ru: _a, ...alignments } = p.alignments;
  return { ...p, targets, alignments };
}

/** The project with nothing confirmed in `lang`: no bead confirmed, no sentence confirmed. */
function unconfirmed(p: Project, lang: TargetLang): Project {
  const doc = p.targets[lang]!;
  const alignment = p.alignments[lang]!;
  return {
    ...p,
    targets: { ...p.targets, [lang]: { ...doc, paragraphs: doc.paragraphs.map((para) => ({ ...para, sentences: para.sentences.map((s) => ({ ...s, status: s.status === 'confirmed' ? 'edited' : s.status })) })) } },
    alignments: { ...p.alignments, [lang]: { ...alignment, beads: alignment.beads.map((b) => ({ ...b, confirmed: false })) } },
  };
}

describe('Export dialog choices → export:run requests', () => {
  it('every format: a valid contract request that the engine exports, with only the options the format honours', async () => {
    const project = sampleProject();
    for (const format of EXPORT_FORMATS) {
      const all = { ...DEFAULT_EXPORT_CHOICE, format, bom: true, excelSafe: true, qa: false, onlyConfirmed: true };
      const { options } = exportRequest(all, ['en', 'ru']);
      expect(() => exportOptionsSchema.parse(options), format).not.toThrow();
      expect('bom' in options, format).toBe(format === 'csv' || format === 'tsv');
      expect('qa' in options, format).toBe(format !== 'tmx' && format !== 'tmx3');
      expect('target' in options, format).toBe(['tmx', 'xliff', 'xliff12'].includes(format));
      expect('targets' in options, format).toBe(['docx', 'csv', 'tsv', 'html'].includes(format));
      const { qa: _qa, ...engine } = options;
      await expect(exportProject(project, format, engine), format).resolves.toBeDefined();
    }
    expect(flagsFor('csv')).toEqual(['onlyConfirmed', 'skipEmpty', 'mergeNm', 'qa', 'bom', 'excelSafe']);
    expect(flagsFor('tmx3')).toEqual(['onlyConfirmed', 'skipEmpty', 'mergeNm']);
  });

  it('CSV with BOM and one target: the engine writes the BOM and only zh and that target', async () => {
    const { format, options } = exportRequest({ ...DEFAULT_EXPORT_CHOICE, format: 'csv', tableLangs: 'ru', bom: true }, ['en', 'ru']);
    const { qa: _qa, ...engine } = options;
    const csv = (await exportProject(sampleProject(), format, engine)).data as string;
    expect(csv.startsWith('\uFEFF#,zh,ru,ru status,')).toBe(true);
    expect(csv).not.toContain('en status');
  });

  it('fits the choice to a project with English only', () => {
    const aligned = ['en'] as const;
    const fitted = fitChoice({ ...DEFAULT_EXPORT_CHOICE, format: 'tmx3', target: 'ru', tableLangs: 'both' }, [...aligned]);
    expect(fitted).toMatchObject({ format: 'tmx', target: 'en', tableLangs: 'en' });
    const { options } = exportRequest({ ...DEFAULT_EXPORT_CHOICE, format: 'docx', tableLangs: 'both' }, [...aligned]);
    expect(options.targets).toEqual(['en']);
    return expect(exportProject(withoutRu(sampleProject()), 'docx', { targets: options.targets! })).resolves.toBeDefined();
  });

  it('remembers the last choice; malformed storage falls back field by field', () => {
    const storage = memoryStorage();
    expect(readExportChoice(storage)).toEqual(DEFAULT_EXPORT_CHOICE);
    const choice = { ...DEFAULT_EXPORT_CHOICE, format: 'csv' as const, tableLangs: 'en' as const, bom: true, excelSafe: true, onlyConfirmed: true };
    writeExportChoice(storage, choice);
    expect(readExportChoice(storage)).toEqual(choice);

    expect(readExportChoice(memoryStorage({ 'duizhao.export': '{not json' }))).toEqual(DEFAULT_EXPORT_CHOICE);
    const partly = readExportChoice(memoryStorage({ 'duizhao.export': JSON.stringify({ format: 'pdf', target: 'ru', bom: 'yes', skipEmpty: true }) }));
    expect(partly).toEqual({ ...DEFAULT_EXPORT_CHOICE, target: 'ru', skipEmpty: true });
    expect(readExportChoice(undefined)).toEqual(DEFAULT_EXPORT_CHOICE);
    // Storage that refuses to write (quota, private mode) is not an error.
    expect(() => writeExportChoice({ setItem: () => { throw new Error('QuotaExceededError'); } }, choice)).not.toThrow();
  });

  it('counts units as the writers do, and refuses "only confirmed" with nothing confirmed as the CLI does', async () => {
    const request = (choice: Partial<typeof DEFAULT_EXPORT_CHOICE>) => exportRequest({ ...DEFAULT_EXPORT_CHOICE, ...choice }, ['en', 'ru']);
    const tmxEn = request({ format: 'tmx', target: 'en', onlyConfirmed: true });
    expect(exportCount(sampleProject(), tmxEn)).toEqual({ kept: 2, total: 4, refusal: null, addedOutside: 0 });
    // Without "only confirmed" the added en sentence is in the file, outside the units, and the dialog says so.
    const all = exportCount(sampleProject(), request({ format: 'tmx', target: 'en' }));
    expect(all).toEqual({ kept: 4, total: 4, refusal: null, addedOutside: 1 });
    expect(addedOutsideNote(all.addedOutside)).toBe('1 sentence added in the translation (no Chinese source) is not a TMX unit: a TM tool would take it for source text. Duizhao keeps it in the file for itself; XLIFF, CSV, DOCX and HTML show it.');
    expect(exportCount(sampleProject(), request({ format: 'csv' })).addedOutside).toBe(0);
    const tmx = (await exportProject(sampleProject(), tmxEn.format, tmxEn.options)).data as string;
    expect(tmx.match(/<tu /g)).toHaveLength(2);

    // Nothing confirmed in Russian: no empty deliverable, and the reason names the language.
    const noRu = unconfirmed(sampleProject(), 'ru');
    expect(exportCount(noRu, tmxEn).refusal).toBeNull();
    const tmxRu = request({ format: 'tmx', target: 'ru', onlyConfirmed: true });
    expect(exportCount(noRu, tmxRu)).toEqual({ addedOutside: 0, kept: 0, total: 5, refusal: 'No unit is confirmed in Russian, so “only confirmed” leaves nothing to export (confirm segments first, or export them all)' });
    expect(exportCount(noRu, request({ format: 'tmx3', onlyConfirmed: true })).refusal).toMatch(/^No unit is confirmed in both English and Russian, so /);
    expect(exportCount(noRu, request({ format: 'csv', tableLangs: 'en', onlyConfirmed: true })).refusal).toBeNull();
    expect(exportCount(noRu, request({ format: 'tmx', target: 'ru' })).refusal).toBeNull();
    // Other options that leave nothing keep the plain reason.
    const bare = { ...sampleProject(), alignments: { en: { ...sampleProject().alignments.en!, beads: [] } } };
    expect(exportCount(bare, request({ format: 'tmx', target: 'en' }))).toEqual({ kept: 0, total: 0, refusal: 'Nothing to export with these options', addedOutside: 0 });
  });

  it('greys out what the engine refuses, in the engine\'s words (core describeExportRefusal, which the CLI prints)', async () => {
    const enOnly = withoutRu(sampleProject());
    const sentence = (err: unknown) => { const m = (err as Error).message; return m.charAt(0).toUpperCase() + m.slice(1); };
    const thrown = (format: (typeof EXPORT_FORMATS)[number], options = {}) => exportProject(enOnly, format, options).then(() => null, sentence);
    expect(unavailableReason('tmx3', ['en'])).toBe('TMX trilingual needs both the English and the Russian alignment; the project has only English');
    expect(unavailableReason('tmx3', ['en'])).toBe(await thrown('tmx3'));
    expect(unavailableReason('xliff', ['en'], { target: 'ru' })).toBe('The project has no aligned Russian translation (only English)');
    expect(unavailableReason('xliff', ['en'], { target: 'ru' })).toBe(await thrown('xliff', { target: 'ru' }));
    expect(unavailableReason('csv', ['en'], { targets: ['en', 'ru'] })).toBe(await thrown('csv', { targets: ['en', 'ru'] }));
    const none = { ...enOnly, targets: {}, alignments: {} };
    expect(unavailableReason('docx', [])).toBe(await exportProject(none, 'docx').then(() => null, sentence));
    // What the project has is not refused.
    expect(unavailableReason('csv', ['en'], { targets: ['en'] })).toBeNull();
    expect(unavailableReason('tmx3', ['en', 'ru'])).toBeNull();
    expect(unavailableReason('tmx', ['en'])).toBeNull();
  });
});
