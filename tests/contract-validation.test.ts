import { describe, expect, it } from 'vitest';
import { channelNames, contract, ContractError, dispatch, isChannelName, validateRequest } from '../core/contract';
import type { ChannelName, Handlers } from '../core/contract';
import { projectEngine } from '../services/engine';
import { createSampleProject } from '../core/project';
import { readFileSync } from 'node:fs';

const zh = readFileSync('samples/strategic-stability-2025-05-08.zh.txt', 'utf8');
const project = createSampleProject({ name: 'Sample', zh }, projectEngine);
/** A confidential-looking string: it must never appear in an error message. */
const SECRET = '机密草稿 SECRET-DRAFT-TEXT';

/** For every channel: one request that must pass and requests that must be refused. */
const cases: { [K in ChannelName]: { good: unknown; bad: unknown[] } } = {
  'app:info': { good: {}, bad: [null, 'x', []] },
  'app:setDirty': { good: { dirty: true }, bad: [{}, { dirty: SECRET }] },
  'app:closeWindow': { good: {}, bad: [42] },
  'project:openSample': { good: { sample: 'joint-statement' }, bad: [null, { sample: 'samples/joint-statement-2025-05-08' }, { sample: '../../etc/passwd' }] },
  'project:new': {
    good: { name: 'New', source: { text: '中文。' }, targets: { en: { text: 'English.' } } },
    bad: [{ name: '', source: { text: 'x' }, targets: {} }, { name: 'x', source: { text: 5 }, targets: {} }, { name: 'x', targets: {} }],
  },
  'project:open': { good: { path: '/tmp/x.duizhao.json' }, bad: [{ path: 7 }, { path: '' }] },
  'project:save': {
    good: { project, path: null },
    bad: [{ project: { ...project, version: 2 } }, { project: { ...project, name: 3 } }, { path: 'x' }],
  },
  'project:autosave': { good: { project, path: null }, bad: [{ project }, { project: { ...project, source: { lang: 'xx', paragraphs: [], flags: [] } }, path: null }] },
  'project:recover': { good: {}, bad: [[]] },
  'project:discardRecovery': { good: {}, bad: ['now'] },
  'project:recent': { good: {}, bad: [false] },
  'file:pickText': { good: { lang: 'ru' }, bad: [{ lang: 'de' }, {}] },
  'file:readText': {
    good: { lang: 'zh', file: { fileName: 'source.txt', base64: '5Lit5paH' } },
    bad: [{ lang: 'zh' }, { lang: 'zh', file: { fileName: '', base64: '' } }, { lang: 'zh', file: { fileName: 'a.txt', base64: 42 } }],
  },
  'project:import': { good: {}, bad: [{ file: { base64: 'eA==' } }, { file: 'x.tmx' }] },
  'align:run': {
    good: { project, target: 'en', range: { from: 1, to: 3 } },
    bad: [{ project, target: 'fr' }, { project, target: 'en', range: { from: 3, to: 1 } }, { project, target: 'en', range: { from: -1, to: 2 } }],
  },
  'project:segment': { good: { lang: 'zh', source: { text: '双方重申。' } }, bad: [{ lang: 'fr', source: { text: 'x' } }, { lang: 'zh', source: 'x' }] },
  'align:docs': {
    good: { source: project.source, target: project.source },
    bad: [{ source: project.source }, { source: project.source, target: { lang: 'de', paragraphs: [], flags: [] } }, { source: project.source, target: project.source, job: '' }],
  },
  'align:cancel': { good: { job: 'new-1' }, bad: [{}, { job: '' }, { job: 'x'.repeat(101) }] },
  'align:judge': { good: { project }, bad: [{}, { project: { name: 'x' } }] },
  'align:warmUp': { good: {}, bad: [null] },
  'glossary:load': { good: { glossaryPaths: ['a.tbx'], held: '0123abcd' }, bad: [{ glossaryPaths: 'a.tbx' }, { glossaryPaths: [1] }, { held: '' }, { held: 'x'.repeat(81) }, { held: 7 }] },
  'glossary:saveConcept': {
    good: { file: '/g/a.tbx', baseHash: 'abc', previousId: null, concept: { id: 'c1', terms: [{ text: '主权', lang: 'zh', status: 'preferred' }, { text: 'sovereignty', lang: 'en', status: 'preferred' }], origin: { file: 'a.tbx', line: 3 } } },
    bad: [{ file: '', baseHash: 'abc', previousId: null, concept: { id: 'c1', terms: [{ text: '主权', lang: 'zh', status: 'preferred' }, { text: 'sovereignty', lang: 'en', status: 'preferred' }], origin: { file: 'a.tbx', line: 3 } } }, { file: '/g/a.tbx', baseHash: 'abc', previousId: null, concept: { id: 'c1', terms: [{ text: 'x', lang: 'de', status: 'preferred' }], origin: { file: 'a', line: 1 } } }],
  },
  'glossary:deleteConcept': { good: { file: '/g/a.tbx', baseHash: 'abc', id: 'c1' }, bad: [{ file: '/g/a.tbx', id: 'c1' }, { file: '/g/a.tbx', baseHash: 'abc', id: 5 }] },
  'glossary:poll': { good: {}, bad: [null] },
  'glossary:importPreview': { good: { file: { fileName: 'a.csv', base64: 'eA==' } }, bad: [{ file: { fileName: '', base64: 'eA==' } }, {}] },
  'glossary:import': {
    good: { file: { fileName: 'a.csv', base64: 'eA==' }, resolutions: [{ zh: '主权', lang: 'en', choice: 'keep' }] },
    bad: [{ file: { fileName: 'a.csv', base64: 'eA==' }, resolutions: [{ zh: '主权', lang: 'en', choice: 'both' }] }, { file: { fileName: 'a.csv', base64: 'eA==' } }],
  },
  'glossary:export': { good: { format: 'tbx' }, bad: [{ format: 'xlsx' }, {}] },
  'glossary:folderChoices': { good: {}, bad: [null] },
  'glossary:chooseFolder': { good: { name: 'team' }, bad: [{ name: 5 }, { name: 'x'.repeat(300) }] },
  'export:run': { good: { project, format: 'tmx' }, bad: [{ project, format: 'pdf' }, { format: 'tmx' }, { project, format: 'csv', options: { bom: 'yes' } }] },
  'deepl:status': { good: { checkUsage: true }, bad: [{ checkUsage: 'yes' }, null] },
  'deepl:setKey': { good: { key: 'abc:fx' }, bad: [{ key: '' }, { key: 5 }, {}, { key: 'x'.repeat(300) }] },
  'deepl:estimate': { good: { project, target: 'ru' }, bad: [{ project, target: 'de' }, { target: 'en' }] },
  'deepl:draft': { good: { project, target: 'en' }, bad: [{ project, target: 'zh' }, { project, target: 'en', useGlossary: 'no' }] },
  'deepl:alignWithMt': { good: { project, target: 'en' }, bad: [{ project, target: 'zh' }, { target: 'en' }] },
  'deepl:estimateAlignWithMt': { good: { project, target: 'ru' }, bad: [{ project, target: 'fr' }, { project }] },
  'deepl:progress': { good: {}, bad: [7] },
  'deepl:cancel': { good: {}, bad: ['now'] },
  'spelling:dictionaries': {
    good: { english: 'en-GB', teamFolder: 'team-sync', held: ['ru:0123abcd'] },
    bad: [{ english: 'en-AU' }, {}, { english: 'en-GB', teamFolder: 7 }, { english: 'en-GB', held: 'ru' }, { english: 'en-GB', held: [''] }, { english: 'en-GB', held: Array(9).fill('ru:0') }, { english: 'en-GB', held: ['x'.repeat(81)] }],
  },
  'spelling:addWord': { good: { word: 'Jinping', teamFolder: null }, bad: [{ word: '' }, { word: 'x'.repeat(101) }, {}, { word: 'Jinping', teamFolder: 'x'.repeat(4097) }] },
  'spelling:teamWords': { good: { teamFolder: '/home/me/team' }, bad: [null, 'words', { teamFolder: ['a'] }] },
};

describe('the IPC contract', () => {
  it('has a validation case for every channel', () => {
    expect(Object.keys(cases).sort()).toEqual([...channelNames].sort());
  });

  for (const name of channelNames) {
    it(`${name}: accepts a well-formed request and refuses malformed ones`, () => {
      expect(() => validateRequest(name, cases[name].good)).not.toThrow();
      for (const bad of cases[name].bad) {
        expect(() => validateRequest(name, bad), JSON.stringify(bad)?.slice(0, 80)).toThrow(ContractError);
      }
    });
  }

  it('names the channel and the JSON path, never the user text', () => {
    const bad = { project: { ...project, name: 3, source: { ...project.source, paragraphs: [{ id: 9, sentences: [{ id: 'a', text: SECRET }] }] } } };
    let error: unknown;
    try {
      validateRequest('project:save', bad);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ContractError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invalid request for project:save: /);
    expect(message).toContain('project.name');
    expect(message).toContain('project.source.paragraphs.0.id');
    expect(message).not.toContain('SECRET');
    expect(message).not.toContain('机密');
  });

  it('applies schema defaults so handlers receive complete requests', () => {
    expect(validateRequest('export:run', { project, format: 'csv' }).options).toEqual({});
    expect(validateRequest('glossary:load', {}).glossaryPaths).toEqual([]);
  });

  it('dispatch refuses unknown channels and invalid requests before any handler runs', async () => {
    let calls = 0;
    const handlers = Object.fromEntries(channelNames.map((n) => [n, async () => { calls++; return {}; }])) as unknown as Handlers;
    await expect(dispatch(handlers, 'fs:readAnything', {})).rejects.toThrow(/unknown channel/);
    await expect(dispatch(handlers, '__proto__', {})).rejects.toThrow(/unknown channel/);
    await expect(dispatch(handlers, 'app:setDirty', { dirty: 'yes' })).rejects.toThrow(ContractError);
    expect(calls).toBe(0);
    await dispatch(handlers, 'app:setDirty', { dirty: false });
    expect(calls).toBe(1);
  });

  it('knows its own channel names and nothing inherited', () => {
    expect(isChannelName('project:save')).toBe(true);
    expect(isChannelName('toString')).toBe(false);
    expect(isChannelName('constructor')).toBe(false);
    expect(Object.keys(contract)).toEqual(channelNames);
  });
});
