import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { trimEdgeSpace } from '../core/qa/checks/spacing-edge-space';
import type { Finding } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';
import type { BeadSpec } from './fixtures/qa/make-project';

/** Real sentences from samples/: the strategic-stability statement, its opening and its P5 paragraph. */
const ZH_OPENING = '双方坚信,各国人民命运与共,各国及各组织不能以牺牲他国安全来保障自身安全。';
const EN_OPENING = 'The two sides are convinced that all peoples share a common destiny and that no state or organization may ensure its own security at the expense of the security of others.';
const RU_OPENING = 'Стороны убеждены, что судьбы всех народов взаимосвязаны и что ни одно государство или организация не может обеспечивать собственную безопасность за счёт безопасности других.';
const ZH_GOLD = '日前宣布实施的“美国金穹(曾为‘铁穹’)”计划旨在构建不受任何约束的全球性、多层次、多领域导弹防御系统,抵御包括“势均力敌”对手的各类导弹威胁,这同样对战略稳定造成严重破坏。';
const EN_GOLD = 'The recently announced “Golden Dome for America” (formerly “Iron Dome”) programme aims to build a global, multi-layered, multi-domain missile defence system free of any constraints, to counter all types of missile threats, including from “peer” adversaries, which likewise seriously undermines strategic stability.';
const RU_GOLD = 'Недавно объявленная программа «Золотой купол для Америки» (ранее — «Железный купол») направлена на создание глобальной, многоэшелонной и многосферной системы противоракетной обороны, не ограниченной какими-либо рамками, для отражения всех видов ракетных угроз, в том числе со стороны «равных по силе» противников, что также наносит серьёзный ущерб стратегической стабильности.';

function check(id: string, lang: 'en' | 'ru', beads: BeadSpec[]): Finding[] {
  return runChecks(makeProject({ [lang]: beads })).filter((f) => f.check === id);
}

describe('clean sentences from the samples', () => {
  it('raise no finding in English or Russian', () => {
    expect(runChecks(makeProject({ en: [[ZH_OPENING, EN_OPENING], [ZH_GOLD, EN_GOLD]] }))).toEqual([]);
    expect(runChecks(makeProject({ ru: [[ZH_OPENING, RU_OPENING], [ZH_GOLD, RU_GOLD]] }))).toEqual([]);
  });
});

describe('untranslated.chinese', () => {
  it('points at Chinese left in an English target', () => {
    const en = EN_GOLD.replace('“peer” adversaries', '“势均力敌” adversaries');
    const [f, ...rest] = check('untranslated.chinese', 'en', [[ZH_GOLD, en]]);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: en.indexOf('势'), end: en.indexOf('势') + 4 });
    expect(f?.source?.sentences).toEqual(['zh-s0']);
  });
  it('finds it in Russian and stays silent on clean Russian', () => {
    const ru = RU_GOLD.replace('«равных по силе»', '«势均力敌»');
    expect(check('untranslated.chinese', 'ru', [[ZH_GOLD, ru]])).toHaveLength(1);
    expect(check('untranslated.chinese', 'ru', [[ZH_GOLD, RU_GOLD]])).toHaveLength(0);
  });
});

describe('punctuation.brackets', () => {
  it('catches an unclosed bracket and an unclosed quote', () => {
    const en = EN_GOLD.replace('(formerly “Iron Dome”)', '(formerly “Iron Dome”');
    const [f] = check('punctuation.brackets', 'en', [[ZH_GOLD, en]]);
    expect(f?.message).toContain('(');
    expect(f?.target?.range?.start).toBe(en.indexOf('('));
    const ru = RU_GOLD.replace('«Железный купол»', '«Железный купол');
    expect(check('punctuation.brackets', 'ru', [[ZH_GOLD, ru]])).toHaveLength(1);
  });
  it('accepts nested Russian „лапки“ inside «ёлочки» and a quotation split over two sentences', () => {
    const ru = 'Стороны напоминают о принципе «ядерная война не может быть выиграна и никогда не должна быть развязана».';
    expect(check('punctuation.brackets', 'ru', [[ZH_GOLD, 'Программа «Золотой „купол“ для Америки» направлена на создание системы.']])).toEqual([]);
    expect(check('punctuation.brackets', 'ru', [[ZH_GOLD, ru]])).toEqual([]);
    expect(check('punctuation.brackets', 'en', [[ZH_GOLD, ['The principle that “a nuclear war cannot be won.', 'It must never be fought.”']]])).toEqual([]);
  });
});

describe('punctuation.quote-style', () => {
  it('flags guillemets in English and straight quotes in Russian, not the right style', () => {
    expect(check('punctuation.quote-style', 'en', [[ZH_GOLD, EN_GOLD.replace('“Golden Dome for America”', '«Golden Dome for America»')]])).toHaveLength(1);
    const ru = RU_GOLD.replace('«Золотой купол для Америки»', '"Золотой купол для Америки"');
    const [f] = check('punctuation.quote-style', 'ru', [[ZH_GOLD, ru]]);
    expect(f?.target?.range?.start).toBe(ru.indexOf('"'));
    expect(check('punctuation.quote-style', 'en', [[ZH_GOLD, EN_GOLD]])).toEqual([]);
    expect(check('punctuation.quote-style', 'ru', [[ZH_GOLD, RU_GOLD]])).toEqual([]);
  });
});

describe('punctuation.fullwidth', () => {
  it('reports a 《…》 title once per sentence, in Russian and English', () => {
    const ru = 'Стороны подтверждают приверженность 《Совместному заявлению лидеров пяти ядерных государств》.';
    const [f, ...rest] = check('punctuation.fullwidth', 'ru', [[ZH_OPENING, ru]]);
    expect(rest).toEqual([]);
    expect(f?.target?.range?.start).toBe(ru.indexOf('《'));
    expect(check('punctuation.fullwidth', 'en', [[ZH_OPENING, EN_OPENING.replace('destiny and', 'destiny，and')]])).toHaveLength(1);
    expect(check('punctuation.fullwidth', 'en', [[ZH_OPENING, EN_OPENING]])).toEqual([]);
  });
  it('leaves punctuation inside untranslated Chinese to untranslated.chinese', () => {
    expect(check('punctuation.fullwidth', 'en', [[ZH_OPENING, 'The two sides 命运与共，各国 agree.']])).toEqual([]);
  });
});

describe('spacing.double-space', () => {
  it('finds two spaces inside a sentence, in English and Russian', () => {
    const en = '— Raise the level of financial cooperation, expand interbank  exchanges, increase settlements in national currencies.';
    const [f] = check('spacing.double-space', 'en', [[ZH_OPENING, en]]);
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: en.indexOf('  '), end: en.indexOf('  ') + 2 });
    expect(f?.severity).toBe('info');
    expect(check('spacing.double-space', 'ru', [[ZH_OPENING, RU_OPENING.replace('что ни', 'что  ни')]])).toHaveLength(1);
    expect(check('spacing.double-space', 'ru', [[ZH_OPENING, RU_OPENING]])).toEqual([]);
  });
});

describe('spacing.edge-space', () => {
  it('finds a space pasted at the start or end of a translated sentence, in English and Russian', () => {
    const [lead, trail, ...rest] = check('spacing.edge-space', 'en', [[ZH_OPENING, ` ${EN_OPENING}  `]]);
    expect(rest).toEqual([]);
    expect(lead?.target?.range).toEqual({ sentence: 'en-s0', start: 0, end: 1 });
    expect(lead?.message).toBe('Space at the start of the translation.');
    expect(trail?.target?.range).toEqual({ sentence: 'en-s0', start: EN_OPENING.length + 1, end: EN_OPENING.length + 3 });
    expect(trail?.severity).toBe('info');
    // A no-break space or a tab is as invisible, and as wrong, as a plain one.
    expect(check('spacing.edge-space', 'ru', [[ZH_OPENING, `${RU_OPENING}\u00a0`]])).toHaveLength(1);
    expect(check('spacing.edge-space', 'ru', [[ZH_OPENING, `\t${RU_OPENING}`]])).toHaveLength(1);
    // The edges only: a double space inside is spacing.double-space's.
    expect(check('spacing.edge-space', 'ru', [[ZH_OPENING, RU_OPENING.replace('что ни', 'что  ни')]])).toEqual([]);
    expect(check('spacing.edge-space', 'ru', [[ZH_OPENING, RU_OPENING]])).toEqual([]);
  });
  it('leaves an edge space the source has too (a file that spaces its segments) and a blank translation', () => {
    expect(check('spacing.edge-space', 'en', [[`${ZH_OPENING} `, `${EN_OPENING} `]])).toEqual([]);
    expect(check('spacing.edge-space', 'en', [[`${ZH_OPENING} `, ` ${EN_OPENING} `]])).toHaveLength(1);
    expect(check('spacing.edge-space', 'en', [[ZH_OPENING, '   ']])).toEqual([]);
  });
  it('Trim takes the spaces off the finding’s edge only, read from the text as it is now', () => {
    const text = ` ${EN_OPENING}\u00a0 `;
    const [lead, trail] = check('spacing.edge-space', 'en', [[ZH_OPENING, text]]);
    expect(trimEdgeSpace(text, lead!)).toBe(`${EN_OPENING}\u00a0 `);
    expect(trimEdgeSpace(text, trail!)).toBe(` ${EN_OPENING}`);
    // Both trimmed, one after the other: the plain sentence.
    expect(trimEdgeSpace(trimEdgeSpace(text, lead!)!, trail!)).toBe(EN_OPENING);
    // Typed since the check (the span's offsets moved): still the end's spaces, not a character of the text.
    expect(trimEdgeSpace(`${EN_OPENING} More words. `, trail!)).toBe(`${EN_OPENING} More words.`);
    // Already trimmed, a blank sentence, or another check's finding: nothing to do.
    expect(trimEdgeSpace(EN_OPENING, lead!)).toBeNull();
    expect(trimEdgeSpace('  ', lead!)).toBeNull();
    expect(trimEdgeSpace(text, { ...lead!, check: 'spacing.double-space' })).toBeNull();
  });
});

describe('words.doubled', () => {
  it('finds "the the" and "и и"', () => {
    const en = 'The two sides note that the the above-mentioned offensive capabilities are intended for preventive strikes.';
    const [f] = check('words.doubled', 'en', [[ZH_OPENING, en]]);
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: en.indexOf('the the'), end: en.indexOf('the the') + 7 });
    const ru = 'Стороны будут и и впредь уделять внимание воспитанию молодого поколения.';
    expect(check('words.doubled', 'ru', [[ZH_OPENING, ru]])).toHaveLength(1);
  });
  it('finds a double that touches punctuation ("supplies supplies,", "(or or", «диалогу диалогу»)', () => {
    const en = 'The blockade cut off vital supplies supplies, as expected (or or so they said).';
    expect(check('words.doubled', 'en', [[ZH_OPENING, en]]).map((f) => f.message)).toEqual(['Doubled word “supplies supplies”.', 'Doubled word “or or”.']);
    expect(check('words.doubled', 'ru', [[ZH_OPENING, 'Призвал к «серьезному международному диалогу диалогу».']])).toHaveLength(1);
    expect(check('words.doubled', 'en', [[ZH_OPENING, 'He said, said nothing.']])).toEqual([]);
    // A double that ends the sentence once crashed the check (it looked past the last word).
    expect(check('words.doubled', 'en', [[ZH_OPENING, 'The team leader said said']])).toHaveLength(1);
    expect(check('words.doubled', 'en', [[ZH_OPENING, 'Keep going going.']])).toHaveLength(1);
    // Any white space separates the two (a no-break space from a word processor); a dash between them does not make a double.
    expect(check('words.doubled', 'en', [[ZH_OPENING, 'They met the\u00a0the delegation.']])).toHaveLength(1);
    expect(check('words.doubled', 'en', [[ZH_OPENING, 'They met the — the delegation.']])).toEqual([]);
    // An interjection doubled on purpose, now that "ha!" reads as "ha".
    expect(check('words.doubled', 'en', [['哈哈！', 'Back at home, ha ha! I can tell people.']])).toEqual([]);
    expect(check('words.doubled', 'ru', [['哎呀！', 'Ой ой, как больно!']])).toEqual([]);
  });
  it('leaves legitimate repeats and words that merely start alike alone', () => {
    expect(check('words.doubled', 'en', [[ZH_OPENING, 'He had had enough; they said that that was all. The thesis then.']])).toEqual([]);
    expect(check('words.doubled', 'ru', [[ZH_OPENING, 'Так-так, это так, так и есть; или иначе.']])).toHaveLength(0);
    expect(check('words.doubled', 'ru', [[ZH_OPENING, RU_GOLD]])).toEqual([]);
  });
  it('leaves sounds and echoes (three or more), "her her" and Chinese pet names alone; a plain double is still found', () => {
    expect(check('words.doubled', 'en', [['哈哈哈！', 'Ha ha ha! You have been had.']])).toEqual([]);
    expect(check('words.doubled', 'en', [['咯当咯当响。', 'A persistent tock tock tock tock, like a flour-bolting machine.']])).toEqual([]);
    expect(check('words.doubled', 'en', [['问她有什么事。', 'They asked her her business.']])).toEqual([]);
    expect(check('words.doubled', 'en', [['他说珍珍是丫头。', 'He described Zhen Zhen as a servant girl.']])).toEqual([]);
    expect(check('words.doubled', 'en', [['他说珍珍是丫头。', 'He described Zhen as a a servant girl.']])).toHaveLength(1);
  });
});

describe('disabling checks', () => {
  it('honours project.settings.disabledChecks and the disabled option', () => {
    const project = makeProject({ en: [[ZH_GOLD, EN_GOLD.replace('“peer”', '“势均力敌”')]] });
    expect(runChecks(project).map((f) => f.check)).toContain('untranslated.chinese');
    expect(runChecks(project, { disabled: ['untranslated.chinese'] }).map((f) => f.check)).not.toContain('untranslated.chinese');
    project.settings.disabledChecks = ['untranslated.chinese'];
    expect(runChecks(project)).toEqual([]);
  });
});

describe('punctuation.brackets and list labels', () => {
  it('takes "1)", "а)" and "ii)" as list labels, not unbalanced brackets', () => {
    const ru = 'Стороны договорились: 1) углублять сотрудничество; 2) расширять торговлю; а) в энергетике, б) в сельском хозяйстве.';
    expect(check('punctuation.brackets', 'ru', [[ZH_OPENING, ru]])).toEqual([]);
    expect(check('punctuation.brackets', 'en', [[ZH_OPENING, 'The sides agreed to (i) deepen cooperation and ii) expand trade.']])).toEqual([]);
    expect(check('punctuation.brackets', 'en', [[ZH_OPENING, 'The sides agreed to deepen cooperation) and expand trade.']])).toHaveLength(1);
  });
});

describe('punctuation.brackets in dialogue', () => {
  it('an open or closed quotation in the source sentence lets the translation be open or closed the same way', () => {
    expect(check('punctuation.brackets', 'en', [['我说：“放屁！', 'I said, "That\'s bullshit!']])).toEqual([]);
    expect(check('punctuation.brackets', 'en', [['你出来！”', 'Come out!"']])).toEqual([]);
    expect(check('punctuation.brackets', 'ru', [['你出来！”', 'Выходи!»']])).toEqual([]);
    // A balanced source: the translation's stray quote is still reported, and brackets always are.
    expect(check('punctuation.brackets', 'en', [['你出来！', 'Come out!"']])).toHaveLength(1);
    expect(check('punctuation.brackets', 'en', [['我说：“放屁！', 'I said (loudly, "That\'s bullshit!']])).toHaveLength(1);
  });
});

describe('punctuation.brackets where the source leaves its own bracket open, and mixed quote typography', () => {
  it('an aside the source opens in one sentence and closes in the next may do the same in the translation', () => {
    const beads: BeadSpec[] = [
      ['我不记得具体是什么了，好像是纸盘之类的东西（或者是类似的东西……塑料餐叉？', "I don't remember the exact item, but it was something like paper plates (or something near them... plastic forks?"],
      ['或者是吸管？)。', 'straws?).'],
    ];
    expect(check('punctuation.brackets', 'en', beads)).toEqual([]);
    expect(check('punctuation.brackets', 'ru', [['戴戒指也会有帮助（但不要戴看上去太贵的戒指。', 'Также поможет кольцо (только не слишком дорогое.']])).toEqual([]);
    // The source closes its aside: the translation's open bracket is still reported.
    expect(check('punctuation.brackets', 'en', [['戴戒指也会有帮助（但不要戴太贵的）。', 'It is helpful to also wear a ring (just not one that looks too expensive.']])).toHaveLength(1);
    // An open source bracket excuses an open bracket, not a stray closing one.
    expect(check('punctuation.brackets', 'en', [['戴戒指也会有帮助（但不要戴太贵的。', 'It is helpful to also wear a ring) just not an expensive one.']])).toHaveLength(1);
  });
  it('an English quotation opened with a straight quote and closed with a curly one is balanced', () => {
    expect(check('punctuation.brackets', 'en', [['单击“保存”', 'Click "Save”']])).toEqual([]);
    expect(check('punctuation.brackets', 'en', [['单击“我的帐户”，并在菜单中选择“帐户设置”', 'Click on "My Account" and in the menu select "Account Settings”']])).toEqual([]);
    expect(check('punctuation.brackets', 'en', [['单击“保存”', 'Click “Save"']])).toEqual([]);
    expect(check('punctuation.brackets', 'en', [['单击“保存”', 'Click Save”']])).toHaveLength(1);
    expect(check('punctuation.brackets', 'en', [['单击“保存”', 'Click "Save” and "Close']])).toHaveLength(1);
  });
});

describe('words.doubled where the source says it twice', () => {
  it('accepts a repeat the source makes (非常非常, 帕果帕果) written as a name or with emphasis, not another', () => {
    expect(check('words.doubled', 'en', [['非常非常管用！', 'They work very VERY well!']])).toEqual([]);
    expect(check('words.doubled', 'en', [['帕果帕果和纽埃岛附近确切记录了海啸活动的发生。', 'There was some definite tsunami activity recorded near Pago Pago and Niue.']])).toEqual([]);
    expect(check('words.doubled', 'en', [['请在 5 个工作日内付款。', 'Payment Payment is expected within 5 working days.']])).toHaveLength(1);
    // The source's repeat is a name or an emphasis; "people people" is a slip wherever 如何如何 is.
    expect(check('words.doubled', 'en', [['我以前就知道人们会对我的身材指指点点，甚至很多人当着我的面说我如何如何。', 'I knew people people could be judgmental of my size.']])).toHaveLength(1);
    // 常常 is one word ("often"), not the source saying something twice.
    expect(check('words.doubled', 'en', [['他常常说这件事。', 'He often talks about the the matter.']])).toHaveLength(1);
  });
});
