import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportProject, importFile } from '../core/formats';
import { buildUnits, sideText } from '../core/formats/export-units';
import { importText } from '../core/text';
import { alignDocs } from '../core/align/align-docs';
import { createProject } from '../core/project';
import { projectSchema } from '../core/project/schema';
import type { Doc, Project, TargetLang } from '../core/model/types';
import { sampleProject } from './fixtures/formats/sample-project';
import iconv from 'iconv-lite';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** What a TM holds: per unit, the text in each language. */
function pairs(project: Project, targets: TargetLang[]): string[][] {
  return buildUnits(project, targets).map((u) => [sideText(u.source, 'zh'), ...targets.map((t) => sideText(u.targets[t], t))]);
}

/** A Doc without import-time spans and flags: what an exchange format can carry. */
function shape(doc: Doc): unknown {
  return doc.paragraphs.map((p) => ({ id: p.id, sentences: p.sentences.map((s) => ({ id: s.id, text: s.text, status: s.status })) }));
}

async function reopen(project: Project, format: 'tmx' | 'tmx3' | 'xliff' | 'xliff12', target?: TargetLang): Promise<Project> {
  const r = await exportProject(project, format, target ? { target } : {});
  const back = await importFile(`reopened.${r.extension}`, encode(r.data as string));
  if (back.kind !== 'project') throw new Error('expected a project');
  return back.project;
}

/** The fixture without its control character, so text survives the trip byte for byte. */
function cleanFixture(): Project {
  const p = sampleProject();
  for (const para of p.targets.en!.paragraphs) for (const s of para.sentences) s.text = s.text.replace('\u0007', '');
  return p;
}

describe('export → import round trip', () => {
  for (const [format, target] of [['tmx', 'en'], ['tmx', 'ru'], ['xliff', 'en'], ['xliff', 'ru'], ['xliff12', 'en'], ['xliff12', 'ru']] as const) {
    it(`${format} ${target}: same sentences, ids, statuses, paragraphs and beads`, async () => {
      const p = cleanFixture();
      const back = await reopen(p, format, target);
      expect(projectSchema.safeParse(back).success).toBe(true);
      expect(back.name).toBe(p.name);
      expect(Object.keys(back.targets)).toEqual([target]);
      expect(pairs(back, [target])).toEqual(pairs(p, [target]));
      expect(shape(back.targets[target]!)).toEqual(shape(p.targets[target]!));
      expect(shape(back.source)).toEqual(shape(p.source));
      expect(back.alignments[target]!.beads.map((b) => [b.src, b.tgt, b.score, b.origin])).toEqual(
        p.alignments[target]!.beads.map((b) => [b.src, b.tgt, Number(b.score.toFixed(3)), b.origin]),
      );
    });
  }

  it('tmx3: all three languages come back, units joined as exported', async () => {
    const p = cleanFixture();
    const back = await reopen(p, 'tmx3');
    expect(Object.keys(back.targets).sort()).toEqual(['en', 'ru']);
    expect(pairs(back, ['en', 'ru'])).toEqual(pairs(p, ['en', 'ru']));
    for (const l of ['en', 'ru'] as const) expect(shape(back.targets[l]!)).toEqual(shape(p.targets[l]!));
  });

  it('tmx: an added sentence before every unit rides in the header, and reopens first', async () => {
    const p = cleanFixture();
    // The en addition moves to the front of the English text, its bead to the front of the alignment.
    const en = p.targets.en!;
    const added = en.paragraphs[2]!.sentences.splice(0, 1)[0]!;
    en.paragraphs[0]!.sentences.unshift(added);
    const beads = p.alignments.en!.beads;
    beads.unshift(...beads.splice(3, 1));
    expect(sideText(buildUnits(p, ['en'])[0]!.source, 'zh')).toBe('');
    const xml = (await exportProject(p, 'tmx', { target: 'en' })).data as string;
    expect(xml.indexOf('<prop type="x-duizhao-added">')).toBeLessThan(xml.indexOf('</header>'));
    const back = await reopen(p, 'tmx', 'en');
    expect(pairs(back, ['en'])).toEqual(pairs(p, ['en']));
    expect(shape(back.targets.en!)).toEqual(shape(p.targets.en!));
  });

  it('a TMX from another tool (no Duizhao props) opens with one sentence per side and zh-Hans / en-US tags', async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-Hans" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="zh-Hans"><seg>双方强调<bpt i="1">&lt;b&gt;</bpt>维护<ept i="1">&lt;/b&gt;</ept>全球战略稳定。</seg></tuv><tuv xml:lang="EN-us"><seg>The Parties stress global strategic stability.</seg></tuv><tuv xml:lang="de"><seg>Die Seiten…</seg></tuv></tu>
<tu><tuv lang="zh-CN"><seg>双方重申。</seg></tuv><tuv lang="en"><seg>The Parties reaffirm.</seg></tuv></tu>
</body></tmx>`;
    const back = await importFile('other-tool.tmx', encode(tmx));
    if (back.kind !== 'project') throw new Error('expected a project');
    expect(pairs(back.project, ['en'])).toEqual([
      // The <bpt>/<ept> pair is kept as protected tokens (docs/formats.md, inline codes).
      ['双方强调⟦1⟧维护⟦/1⟧全球战略稳定。', 'The Parties stress global strategic stability.'],
      ['双方重申。', 'The Parties reaffirm.'],
    ]);
    expect(back.project.source.paragraphs).toHaveLength(2);
    expect(back.project.name).toBe('other-tool');
  });

  it('a line break inside a segment (LF, CRLF) comes back in every XML format, sentences and layout intact', async () => {
    // A list or an address in one sentence, a soft break from an imported DOCX or XLIFF.
    const p = cleanFixture();
    p.source.paragraphs[2]!.sentences[0]!.text = '双方声明如下:\n一、深化合作;\r\n二、维护稳定。';
    p.targets.en!.paragraphs[2]!.sentences[1]!.text = 'The Parties state as follows:\n1. deepen cooperation;\r\n2. maintain stability.';
    p.targets.ru!.paragraphs[2]!.sentences[0]!.text = 'Стороны заявляют:\n1) углублять сотрудничество;\n2) поддерживать стабильность.';
    for (const [format, target] of [['tmx', 'en'], ['xliff', 'en'], ['xliff12', 'ru'], ['tmx3', undefined]] as const) {
      const back = await reopen(p, format, target);
      for (const l of ['en', 'ru'] as const) if (back.targets[l]) expect(shape(back.targets[l]!), `${format} ${l}`).toEqual(shape(p.targets[l]!));
      expect(shape(back.source), format).toEqual(shape(p.source));
    }
  });

  it('a TMX unit without a target <tuv> is an untranslated source sentence (a 1:0 bead), not a sentence lost', async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>双方重申。</seg></tuv><tuv xml:lang="en"><seg>The Parties reaffirm.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>双方决定设立联合工作组。</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>双方将于明年会晤。</seg></tuv><tuv xml:lang="en"><seg>The Parties will meet next year.</seg></tuv></tu>
</body></tmx>`;
    const back = await importFile('untranslated.tmx', encode(tmx));
    if (back.kind !== 'project') throw new Error('expected a project');
    expect(pairs(back.project, ['en'])).toEqual([
      ['双方重申。', 'The Parties reaffirm.'],
      ['双方决定设立联合工作组。', ''],
      ['双方将于明年会晤。', 'The Parties will meet next year.'],
    ]);
    const beads = back.project.alignments.en!.beads;
    expect(beads.map((b) => [b.src.length, b.tgt.length])).toEqual([[1, 1], [1, 0], [1, 1]]);
    expect(projectSchema.safeParse(back.project).success).toBe(true);
  });

  it('the real strategic-stability sample: imported, aligned, exported to every XML format and reopened unchanged', async () => {
    const read = (f: string): string => readFileSync(join(__dirname, '..', 'samples', f), 'utf8');
    const p = createProject(
      {
        name: 'strategic stability',
        source: importText(read('strategic-stability-2025-05-08.zh.txt'), 'zh'),
        targets: { en: importText(read('strategic-stability-2025-05-08.en.txt'), 'en'), ru: importText(read('strategic-stability-2025-05-08.ru.txt'), 'ru') },
      },
      alignDocs,
    );
    expect(p.alignments.en!.beads.length).toBeGreaterThan(40);
    for (const [format, target] of [['tmx', 'en'], ['xliff', 'ru'], ['xliff12', 'en']] as const) {
      const back = await reopen(p, format, target);
      expect(pairs(back, [target]), format).toEqual(pairs(p, [target]));
      expect(back.alignments[target]!.beads.map((b) => [b.src, b.tgt]), format).toEqual(p.alignments[target]!.beads.map((b) => [b.src, b.tgt]));
    }
    const tri = await reopen(p, 'tmx3');
    expect(pairs(tri, ['en', 'ru'])).toEqual(pairs(p, ['en', 'ru']));
  });
});

describe('TMX in the encodings CAT tools write', () => {
  const tmx = (decl: string): string => `<?xml version="1.0" encoding="${decl}"?>
<tmx version="1.4"><header creationtool="SDL" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="zh-CN" datatype="xml"/>
<body><tu><tuv xml:lang="zh-CN"><seg>双方重申。</seg></tuv><tuv xml:lang="ru-RU"><seg>Стороны подтверждают.</seg></tuv></tu></body></tmx>`;

  for (const [label, bytes] of [
    ['UTF-16 LE with BOM (Trados)', () => new Uint8Array(iconv.encode(tmx('UTF-16'), 'utf16le', { addBOM: true }))],
    ['UTF-16 BE with BOM', () => new Uint8Array(iconv.encode(tmx('UTF-16'), 'utf16be', { addBOM: true }))],
    ['UTF-8 with BOM', () => new Uint8Array(iconv.encode(tmx('UTF-8'), 'utf8', { addBOM: true }))],
    ['GB18030 as declared', () => new Uint8Array(iconv.encode(tmx('GB18030'), 'gb18030'))],
  ] as const) {
    it(label, async () => {
      const r = await importFile('tm.tmx', bytes());
      if (r.kind !== 'project') throw new Error('project expected');
      expect(pairs(r.project, ['ru'])).toEqual([['双方重申。', 'Стороны подтверждают.']]);
    });
  }
});
