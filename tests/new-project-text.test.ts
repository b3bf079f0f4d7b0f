/**
 * New Project's reader (services/read-document.ts → core/formats documentText): a DOCX gives its
 * paragraphs as they are, so creating the project cleans and segments it once — and the project
 * made from that text holds the same sentences as importing the DOCX directly.
 */
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { FormatError, importFile } from '../core/formats';
import { allSentences } from '../core/model';
import { importText } from '../core/text';
import { readDocumentText } from '../services/read-document';

const PARAGRAPHS = [
  '中俄关于进一步加强合作的联合声明',
  '双方强调,维护全球战略稳定极其重要。双方将继续加强协调。',
  '双方强调,维护全球战略稳定极其重要。双方将继续加强协调。', // a duplicated paragraph: clean-up marks it
  '第 2 页',
  '双方同意在叁拾日内完成审议。',
];

async function docxOf(paragraphs: string[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] })));
}

describe('New Project reads a document once', () => {
  it('a DOCX comes back as its paragraphs, not cleaned or segmented yet', async () => {
    expect(await readDocumentText('statement.docx', await docxOf(PARAGRAPHS))).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('cleaning and segmenting that text gives the sentences a direct import of the DOCX gives', async () => {
    const bytes = await docxOf(PARAGRAPHS);
    const viaNewProject = importText(await readDocumentText('statement.docx', bytes), 'zh');
    const direct = await importFile('statement.docx', bytes, 'zh');
    if (direct.kind !== 'doc') throw new Error('a DOCX is a document');
    expect(allSentences(viaNewProject).map((s) => s.text)).toEqual(allSentences(direct.doc).map((s) => s.text));
    expect(viaNewProject.paragraphs.map((p) => p.excluded ?? null)).toEqual(direct.doc.paragraphs.map((p) => p.excluded ?? null));
  });

  it('refuses what it cannot read with the same wording as every other reader', async () => {
    await expect(readDocumentText('terms.sdlxliff', new TextEncoder().encode('<xliff/>'))).rejects.toThrow(/^terms\.sdlxliff: is an aligned translation file: import it as a project instead$/);
    await expect(readDocumentText('scan.pdf', new TextEncoder().encode('%PDF-1.7'))).rejects.toThrow(FormatError);
    await expect(readDocumentText('empty.md', new Uint8Array())).rejects.toThrow(/^empty\.md: file is empty \(0 bytes\)$/);
    await expect(readDocumentText('huge.txt', new Uint8Array(65 * 1024 * 1024))).rejects.toThrow(/^huge\.txt: file is 65\.0 MB; Duizhao imports files up to 64 MB$/);
  });
});
