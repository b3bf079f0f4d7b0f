import { describe, expect, it } from 'vitest';
import { exportProject, importFile } from '../core/formats';
import { childElements, firstChild, parseXml } from '../core/formats/xml-tree';

/** Issue 15 point 8: a TMX <tu> with two variants of one language (en-US and en-GB). */
const tmx = (units: string): Uint8Array =>
  new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>${units}
</body></tmx>`);

const TWO_ENGLISH = `
<tu><tuv xml:lang="zh-CN"><seg>颜色。</seg></tuv><tuv xml:lang="en-US"><seg>Color.</seg></tuv><tuv xml:lang="en-GB"><seg>Colour.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>中心。</seg></tuv><tuv xml:lang="en-US"><seg>Center.</seg></tuv><tuv xml:lang="en-GB"><seg>Centre.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>你好。</seg></tuv><tuv xml:lang="en-US"><seg>Hello.</seg></tuv></tu>`;

async function read(bytes: Uint8Array, englishVariant?: 'en-US' | 'en-GB') {
  const r = await importFile('memory.tmx', bytes, undefined, englishVariant ? { englishVariant } : {});
  if (r.kind !== 'project') throw new Error('expected a project');
  const en = r.project.targets.en!.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  return { en, warnings: r.warnings ?? [] };
}

describe('TMX with two variants of a language in one unit', () => {
  it("keeps the project's English (en-GB by default), whatever the order, and says once which was dropped", async () => {
    const { en, warnings } = await read(tmx(TWO_ENGLISH));
    expect(en).toEqual(['Colour.', 'Centre.', 'Hello.']);
    expect(warnings).toEqual(["memory.tmx: 2 units with en twice (en-US, en-GB): kept en-GB (the project's), dropped en-US — first at line 4"]);
  });

  it('keeps en-US when the project asks for it', async () => {
    const { en, warnings } = await read(tmx(TWO_ENGLISH), 'en-US');
    expect(en).toEqual(['Color.', 'Center.', 'Hello.']);
    expect(warnings[0]).toContain('kept en-US');
  });

  it('keeps the first when neither is the project variant, and says so', async () => {
    const { en, warnings } = await read(tmx(`<tu><tuv xml:lang="zh-CN"><seg>颜色。</seg></tuv><tuv xml:lang="en-AU"><seg>Colour (AU).</seg></tuv><tuv xml:lang="en-IN"><seg>Colour (IN).</seg></tuv></tu>`));
    expect(en).toEqual(['Colour (AU).']);
    expect(warnings).toEqual(["memory.tmx: 1 unit with en twice (en-AU, en-IN): kept en-AU (the first; none is the project's en-GB), dropped en-IN — first at line 3"]);
  });

  it('has no warning for a TMX with one variant per language', async () => {
    expect((await read(tmx(`<tu><tuv xml:lang="zh-CN"><seg>你好。</seg></tuv><tuv xml:lang="en-US"><seg>Hello.</seg></tuv></tu>`))).warnings).toEqual([]);
  });
});

/** A one-unit XLIFF 1.2 or 2.1 file with the given English tag. */
function xliff(version: '1.2' | '2.1', lang: string): Uint8Array {
  const body =
    version === '1.2'
      ? `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="job.docx" source-language="zh-CN" target-language="${lang}" datatype="plaintext"><body>
<trans-unit id="1"><source>颜色。</source><target>Color.</target></trans-unit></body></file></xliff>`
      : `<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh-CN" trgLang="${lang}"><file id="f1">
<unit id="1"><segment><source>颜色。</source><target>Color.</target></segment></unit></file></xliff>`;
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

/** The English tag each exported XML format writes for a file read from these bytes. */
async function exportedEnglishTags(name: string, bytes: Uint8Array): Promise<Record<string, string | undefined>> {
  const r = await importFile(name, bytes);
  if (r.kind !== 'project') throw new Error('expected a project');
  const text = async (format: 'tmx' | 'xliff' | 'xliff12') => parseXml((await exportProject(r.project, format, { target: 'en' })).data as string, format);
  const tmxTu = childElements(firstChild(await text('tmx'), 'body')!, 'tu')[0]!;
  return {
    tmx: childElements(tmxTu, 'tuv')[1]?.attrs['xml:lang'],
    xliff: (await text('xliff')).attrs.trgLang,
    xliff12: firstChild(await text('xliff12'), 'file')!.attrs['target-language'],
  };
}

describe("the file's English variant is written back, never relabelled with the default", () => {
  const all = (tag: string) => ({ tmx: tag, xliff: tag, xliff12: tag });

  it('a TMX in en-US exports as en-US (most kept English segments decide)', async () => {
    expect(await exportedEnglishTags('us.tmx', tmx(`<tu><tuv xml:lang="zh-CN"><seg>颜色。</seg></tuv><tuv xml:lang="EN_us"><seg>Color.</seg></tuv></tu>`))).toEqual(all('en-US'));
    // Of two variants in each unit the default keeps en-GB: that is the English the project holds.
    expect(await exportedEnglishTags('two.tmx', tmx(TWO_ENGLISH))).toEqual(all('en-GB'));
  });

  it('an XLIFF 1.2 or 2.1 job in en-US exports as en-US; en-GB stays en-GB; plain "en" takes the default', async () => {
    expect(await exportedEnglishTags('job.xlf', xliff('1.2', 'en-US'))).toEqual(all('en-US'));
    expect(await exportedEnglishTags('job.xlf', xliff('2.1', 'en-US'))).toEqual(all('en-US'));
    expect(await exportedEnglishTags('job.xlf', xliff('1.2', 'en-GB'))).toEqual(all('en-GB'));
    expect(await exportedEnglishTags('job.xlf', xliff('2.1', 'en'))).toEqual(all('en-GB'));
  });
});
