import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { exportProject } from '../core/formats';
import { exportFindings } from '../core/formats/qa-findings';
import { importText } from '../core/text';
import { alignDocs } from '../core/align/align-docs';
import { createProject } from '../core/project';
import type { Project } from '../core/model/types';
import { hasTool, OMEGAT_JAR, XLIFF_SCHEMA_DIR } from './helpers/tools';
import { sampleProject } from './fixtures/formats/sample-project';

/**
 * Our XLIFF checked by xmllint against the official OASIS schemas: XLIFF 1.2 strict
 * (xliff-core-1.2-strict.xsd) and the XLIFF 2.0 core schema (xliff-core-2.0.xsd; XLIFF 2.1 keeps
 * the 2.0 core namespace, and no copy of its own schema files was to be had offline). The 1.2 strict
 * schema accepts our dz: attributes only with a schema for their namespace: ours,
 * docs/schemas/duizhao-xliff-extension-1.xsd, which also checks their values in both versions.
 * Our TMX is checked against the TMX 1.4 DTD that OmegaT ships.
 */
const dir = mkdtempSync(join(tmpdir(), 'duizhao-schemas-'));
const EXTENSION_XSD = join(__dirname, '..', 'docs', 'schemas', 'duizhao-xliff-extension-1.xsd');
const withSchemas = hasTool('xmllint') && hasTool('xliff-schemas') ? it : it.skip;
const withDtd = hasTool('xmllint') && hasTool('omegat') ? it : it.skip;

/**
 * A schema that imports the W3C xml.xsd from the local copy first (the OASIS schemas import it from
 * the web or from a folder the package lacks; xmllint then skips those imports), then the XLIFF
 * schema and ours.
 */
function wrapperSchema(version: '1.2' | '2.0'): string {
  const [file, ns] = version === '1.2' ? ['xliff-core-1.2-strict.xsd', 'urn:oasis:names:tc:xliff:document:1.2'] : ['xliff-core-2.0.xsd', 'urn:oasis:names:tc:xliff:document:2.0'];
  const path = join(dir, `xliff-${version}-with-duizhao.xsd`);
  writeFileSync(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="file://${XLIFF_SCHEMA_DIR}/xml.xsd"/>
  <xs:import namespace="${ns}" schemaLocation="file://${XLIFF_SCHEMA_DIR}/${file}"/>
  <xs:import namespace="urn:duizhao:xliff-extension:1" schemaLocation="file://${EXTENSION_XSD}"/>
</xs:schema>
`,
  );
  return path;
}

/** xmllint's verdict on one file: ok, and its complaints without the parser's skipped-import notes. */
function xmllint(args: string[], file: string): { ok: boolean; errors: string } {
  const r = spawnSync('xmllint', ['--nonet', '--noout', ...args, file], { encoding: 'utf8' });
  const errors = r.stderr
    .split('\n')
    .filter((l) => l && !/Schemas parser warning : .*Skipping import/.test(l) && !/ validates$/.test(l))
    .join('\n');
  return { ok: r.status === 0, errors };
}

let n = 0;
function save(data: string, extension: string): string {
  const path = join(dir, `export-${n++}.${extension}`);
  writeFileSync(path, data);
  return path;
}

/**
 * The fixture with what XLIFF writers get wrong: an addition (empty source), an omission (no
 * target), a 2:1 bead, QA notes, a control character and markup in the text, a line break, and
 * inline codes of every kind (a pair, a placeholder, a closing code without its opening).
 */
function hardProject(): Project {
  const p = sampleProject();
  p.source.paragraphs[0]!.sentences[0]!.text = '⟦1⟧中华人民共和国⟦/1⟧和俄罗斯联邦⟦2⟧联合声明';
  p.targets.en!.paragraphs[0]!.sentences[0]!.text = 'Joint Statement of ⟦1⟧the PRC⟦/1⟧ and the Russian Federation⟦2⟧';
  p.targets.ru!.paragraphs[0]!.sentences[0]!.text = 'Совместное заявление ⟦1⟧КНР и России⟦2⟧ ⟦/3⟧';
  p.targets.en!.paragraphs[2]!.sentences[1]!.text = 'The Parties state as follows:\n1. deepen cooperation;\r\n2. maintain stability.';
  return p;
}

/** The real strategic-stability sample, imported and aligned, with QA findings as the CLI exports them. */
function alignedSample(): Project {
  const read = (f: string): string => readFileSync(join(__dirname, '..', 'samples', f), 'utf8');
  return createProject(
    {
      name: 'strategic stability',
      source: importText(read('strategic-stability-2025-05-08.zh.txt'), 'zh'),
      targets: { en: importText(read('strategic-stability-2025-05-08.en.txt'), 'en'), ru: importText(read('strategic-stability-2025-05-08.ru.txt'), 'ru') },
    },
    alignDocs,
  );
}

async function exports(project: Project, format: 'xliff' | 'xliff12' | 'tmx' | 'tmx3'): Promise<string[]> {
  const findings = [...exportFindings(project), { sentenceIds: ['en-s2'], severity: 'warning' as const, check: 'numbers', message: '80 & <9>', lang: 'en' as const }];
  const targets = format === 'tmx3' ? [undefined] : (['en', 'ru'] as const);
  const out: string[] = [];
  for (const target of targets) {
    const r = await exportProject(project, format, { findings, ...(target ? { target } : {}) });
    out.push(save(r.data as string, r.extension));
  }
  return out;
}

describe('XLIFF against the OASIS schemas', () => {
  for (const [format, version] of [['xliff12', '1.2'], ['xliff', '2.0']] as const) {
    withSchemas(`${format}: the fixture and the aligned sample, en and ru, validate against XLIFF ${version === '1.2' ? '1.2 strict' : '2.0 core'}`, async () => {
      const schema = wrapperSchema(version);
      const files = [...(await exports(hardProject(), format)), ...(await exports(alignedSample(), format))];
      for (const file of files) {
        const r = xmllint(['--schema', schema], file);
        expect(r.errors, file).toBe('');
        expect(r.ok, file).toBe(true);
      }
    });

    withSchemas(`${format}: the schema check can fail (a unit without <source>, a dz:status not ours)`, async () => {
      const schema = wrapperSchema(version);
      const [file] = await exports(hardProject(), format);
      const xml = readFileSync(file!, 'utf8');
      const noSource = xml.replace(/<source[^>]*>[^<]*<\/source>/, '');
      expect(noSource).not.toBe(xml);
      expect(xmllint(['--schema', schema], save(noSource, 'xlf')).errors).toMatch(/source|segment|Expected is/);
      const badStatus = xml.replace('dz:status="confirmed"', 'dz:status="approved"');
      expect(badStatus).not.toBe(xml);
      expect(xmllint(['--schema', schema], save(badStatus, 'xlf')).errors).toMatch(/status.*'approved'/);
    });
  }
});

describe('TMX against the TMX 1.4 DTD (as OmegaT ships it)', () => {
  withDtd('tmx and tmx3 of the fixture and the aligned sample are valid', async () => {
    const jar = await JSZip.loadAsync(readFileSync(OMEGAT_JAR));
    const dtd = join(dir, 'tmx14.dtd');
    writeFileSync(dtd, await jar.file('schemas/tmx14.dtd')!.async('string'));
    const files = [...(await exports(hardProject(), 'tmx')), ...(await exports(hardProject(), 'tmx3')), ...(await exports(alignedSample(), 'tmx3'))];
    for (const file of files) expect(xmllint(['--dtdvalid', dtd], file), file).toEqual({ ok: true, errors: '' });
    // A <tu> needs a <tuv>: the DTD check fails on one without.
    const bad = readFileSync(files[0]!, 'utf8').replace(/(<tu [^>]*>)[\s\S]*?(<\/tu>)/, '$1$2');
    expect(xmllint(['--dtdvalid', dtd], save(bad, 'tmx')).ok).toBe(false);
  });
});
