import { describe, expect, it } from 'vitest';
import { importFile } from '../core/formats';

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
