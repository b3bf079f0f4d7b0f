import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { FormatError, extractDocxParagraphs, extractMarkdownParagraphs, importFile, readTmx, readXliff } from '../core/formats';
import { MAX_DOCX_XML_BYTES } from '../core/formats/limits';
import { alignableWithBreaks } from '../core/align/align-docs';
import { alignableSentences } from '../core/model/doc';
import { importPresegmented } from '../core/text';

// Issue 12: hostile inputs built in the test. No stack overflow, bombs refused while inflating.

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docxWith(documentXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', documentXml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Rewrites the uncompressed size of every ZIP entry (local header and central directory): a lying archive. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    else if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

async function refusal(run: () => Promise<unknown> | unknown): Promise<FormatError> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(FormatError);
    return err as FormatError;
  }
  throw new Error('expected a FormatError');
}

describe('no recursion or spread over input-sized data', () => {
  it('300k pre-segmented lines in one paragraph: sentences collected without a stack overflow', () => {
    const doc = importPresegmented(Array.from({ length: 300_000 }, (_, i) => `Sentence ${i}.`).join('\n'), 'en');
    expect(alignableWithBreaks(doc).sentences).toHaveLength(300_000);
    expect(alignableSentences(doc)).toHaveLength(300_000);
  });

  it('a TMX segment with 100k nested elements keeps its text', () => {
    const n = 100_000;
    const seg = `${'<hi>'.repeat(n)}双方${'</hi>'.repeat(n)}`;
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="zh"/><body><tu><tuv xml:lang="zh"><seg>${seg}</seg></tuv><tuv xml:lang="en"><seg>Both sides</seg></tuv></tu></body></tmx>`;
    const project = readTmx(tmx, 'deep.tmx');
    expect(project.source.paragraphs[0]!.sentences[0]!.text).toBe('双方');
  });

  it('an XLIFF with 100k nested groups and inline elements finds its unit', () => {
    const n = 100_000;
    const xlf = `<?xml version="1.0"?><xliff version="1.2"><file source-language="zh" target-language="en" original="x"><body>${'<group>'.repeat(n)}<trans-unit id="1"><source>${'<g>'.repeat(n)}双方${'</g>'.repeat(n)}</source><target>Both</target></trans-unit>${'</group>'.repeat(n)}</body></file></xliff>`;
    const project = readXliff(xlf, 'deep.xlf');
    // <g> pairs come back as inline-code tokens around the text
    expect(project.source.paragraphs[0]!.sentences[0]!.text).toContain('⟦100000⟧双方⟦/100000⟧');
  });

  it('a DOCX paragraph inside 100k nested elements keeps its text', async () => {
    const n = 100_000;
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body>${'<w:sdt>'.repeat(n)}<w:p><w:r><w:t>双方</w:t></w:r></w:p>${'</w:sdt>'.repeat(n)}</w:body></w:document>`;
    expect(await extractDocxParagraphs(await docxWith(xml), 'deep.docx')).toEqual(['双方']);
  });
});

describe('DOCX bombs are refused as they inflate', () => {
  const body = (paragraphs: number): string => `<?xml version="1.0"?><w:document ${W}><w:body>${'<w:p><w:r><w:t>中华人民共和国和俄罗斯联邦</w:t></w:r></w:p>'.repeat(paragraphs)}</w:body></w:document>`;

  it('the streaming reader still reads tabs, breaks, text boxes and skips deleted text', async () => {
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>一</w:t><w:tab/><w:t>二</w:t><w:br/><w:t>三</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p></w:body></w:document>`;
    expect(await extractDocxParagraphs(await docxWith(xml), 'ok.docx')).toEqual(['一\t二\n三', '格']);
  });

  it('an entry that inflates past its declared size is refused, naming the file', async () => {
    const lying = lieAboutSizes(await docxWith(body(20_000)), 1000);
    const e = await refusal(() => extractDocxParagraphs(lying, 'liar.docx'));
    expect(e.message).toMatch(/^liar\.docx: word\/document\.xml inflates past its declared size of 1000 bytes/);
  });

  it('a declared size above the limit is refused before inflating', async () => {
    const huge = lieAboutSizes(await docxWith(body(10)), MAX_DOCX_XML_BYTES + 1);
    const e = await refusal(() => importFile('bomb.docx', huge, 'zh'));
    expect(e.message).toMatch(/^bomb\.docx: word\/document\.xml would inflate to \d+ bytes; refusing more than/);
  });
});

describe('pathological Markdown is refused before parsing', () => {
  it('100 KB of nested block quotes: refused with the line, at once', async () => {
    const e = await refusal(() => importFile('quotes.md', enc(`Title\n\n${'> '.repeat(50_000)}text\n`), 'en'));
    expect(e.message).toMatch(/^quotes\.md:3: quotes or lists nested deeper than \d+ levels/);
  });

  it('a list nested 100 levels by indentation is refused; 10 levels are read', async () => {
    const nested = (levels: number): string => Array.from({ length: levels }, (_, i) => `${' '.repeat(i * 2)}- item ${i}\n`).join('');
    const e = await refusal(() => importFile('list.md', enc(nested(100)), 'en'));
    expect(e.line).toBeGreaterThan(10);
    expect(extractMarkdownParagraphs(nested(10), 'list.md')).toHaveLength(10);
  });
});
