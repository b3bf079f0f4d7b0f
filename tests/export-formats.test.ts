/**
 * The one export-format table (core/formats/export-formats.ts) against what the writers really do:
 * its file type is the export's, a format it says carries QA findings has them in its bytes and one
 * it says does not has none, and the contract, the menu and the Export dialog offer the same list.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS as CONTRACT_FORMATS, exportFormatSchema } from '../core/contract';
import { EXPORT_FORMAT_SPECS, EXPORT_FORMATS, exportProject, isExportFormat } from '../core/formats';
import { flagsFor, languageKind } from '../renderer/src/state/export-prefs';
import { sampleProject } from './fixtures/formats/sample-project';

const MARK = 'Marker finding 7431';

async function exportedText(format: (typeof EXPORT_FORMATS)[number]): Promise<{ text: string; extension: string; mimeType: string }> {
  const r = await exportProject(sampleProject(), format, { findings: [{ sentenceIds: ['en-s1'], severity: 'warning', check: 'numbers', message: MARK, lang: 'en' }] });
  if (typeof r.data === 'string') return { text: r.data, extension: r.extension, mimeType: r.mimeType };
  const zip = await JSZip.loadAsync(r.data);
  const parts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
  return { text: parts.join('\n'), extension: r.extension, mimeType: r.mimeType };
}

describe('the export-format table', () => {
  it.each(EXPORT_FORMATS)('%s: the export has the table’s file type and carries QA findings exactly when the table says so', async (format) => {
    const spec = EXPORT_FORMAT_SPECS[format];
    const r = await exportedText(format);
    expect([r.extension, r.mimeType]).toEqual([spec.extension, spec.mimeType]);
    expect(r.text.includes(MARK)).toBe(spec.carriesQa);
    expect(spec.options.includes('qa')).toBe(spec.carriesQa);
    expect(flagsFor(format)).toEqual([...spec.options]);
    expect(languageKind(format)).toBe(spec.languages);
  });

  it('the contract accepts exactly the table’s formats', () => {
    expect(CONTRACT_FORMATS).toBe(EXPORT_FORMATS);
    for (const f of EXPORT_FORMATS) expect(exportFormatSchema.safeParse(f).success).toBe(true);
    for (const f of ['pdf', 'TMX', '', 'tmx ']) {
      expect(exportFormatSchema.safeParse(f).success).toBe(false);
      expect(isExportFormat(f)).toBe(false);
    }
  });
});
