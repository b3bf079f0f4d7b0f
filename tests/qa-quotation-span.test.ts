import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { quotationEnds } from '../core/qa/quotation-span';
import type { Project } from '../core/model';
import { makeProject } from './fixtures/qa/make-project';
import type { BeadSpec } from './fixtures/qa/make-project';

/**
 * A speech quoted over three sentences in the translation where the Chinese has only 他说：, as
 * magazine translations do (the align bench's mag document had 46 such findings on clean lines).
 */
const ZH = ['詹姆斯说：就国际社会而言，这还是一个全新的未知领域。', '所有的人都以为我在胡说八道。', '但是后来证明我是对的。', '他的研究得到了承认。'];

/** Puts every target sentence of `lang` into one paragraph, as a translator's paragraph holds them. */
function oneParagraph(project: Project, lang: 'en' | 'ru'): Project {
  const doc = project.targets[lang];
  if (doc) doc.paragraphs = [{ id: `${lang}-p0`, sentences: doc.paragraphs.flatMap((p) => p.sentences) }];
  return project;
}

function brackets(lang: 'en' | 'ru', targets: string[], paragraph = true): string[] {
  const beads: BeadSpec[] = ZH.map((zh, i) => [zh, targets[i] ?? null]);
  const project = makeProject({ [lang]: beads });
  return runChecks(paragraph ? oneParagraph(project, lang) : project)
    .filter((f) => f.check === 'punctuation.brackets')
    .map((f) => f.target?.sentences[0] ?? '');
}

describe('punctuation.brackets: a quotation the translation runs over several sentences', () => {
  const quoted = [
    'James said: "As far as the international community is concerned, this is new territory.',
    'Everybody thought I was talking nonsense.',
    'But I was proved right."',
    'His research was recognised.',
  ];

  it('is balanced by the sentence that closes it, with straight and curly quotes', () => {
    expect(brackets('en', quoted)).toEqual([]);
    expect(brackets('en', quoted.map((s) => s.replace(': "', ': “').replace('."', '.”')))).toEqual([]);
  });

  it('in Russian too, with «ёлочки»', () => {
    const ru = ['Джеймс сказал: «Для международного сообщества это совершенно новая область.', 'Все думали, что я говорю чепуху.', 'Но оказалось, что я прав».', 'Его исследования получили признание.'];
    expect(brackets('ru', ru)).toEqual([]);
  });

  it('still reports a quotation nothing near it closes, and a closer nothing opened', () => {
    const unclosed = [...quoted.slice(0, 2), 'But I was proved right.', quoted[3] ?? ''];
    expect(brackets('en', unclosed)).toEqual(['en-s0']);
    const unopened = ['James said: As far as the international community is concerned, this is new territory.', ...quoted.slice(1)];
    expect(brackets('en', unopened)).toEqual(['en-s2']);
  });

  it('does not pair across a quotation that opens in between, nor across paragraphs', () => {
    const reopened = [quoted[0] ?? '', 'Everybody said: "He talks nonsense.', 'But I was proved right."', quoted[3] ?? ''];
    expect(brackets('en', reopened)).toEqual(['en-s0']);
    expect(brackets('en', quoted, false)).toEqual(['en-s0', 'en-s2']);
  });
});

describe('quotationEnds', () => {
  it('reads a straight quote by where it stands in the word', () => {
    expect(quotationEnds('"I never cared.', 'en').get('"')).toEqual({ closes: 0, opens: 1 });
    expect(quotationEnds('But he did it. "', 'en').get('"')).toEqual({ closes: 1, opens: 0 });
    expect(quotationEnds('He called it "new" twice.', 'en').get('"')).toEqual({ closes: 0, opens: 0 });
  });
  it('keeps Russian „лапки“ apart from «ёлочки»', () => {
    const ends = quotationEnds('Программа «Золотой „купол“ для Америки', 'ru');
    expect(ends.get('«')).toEqual({ closes: 0, opens: 1 });
    expect(ends.get('„')).toEqual({ closes: 0, opens: 0 });
  });
});
