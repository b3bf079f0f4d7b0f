import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import type { Finding } from '../core/qa';
import { sourceCountryMentions } from '../core/qa/country-names';
import { makeProject } from './fixtures/qa/make-project';

/** Real sentences of samples/ (the strategic-stability and joint statements) and their published translations. */
const ZH_ABANDONED = '双方敦促日本忠实履行义务,尽快全面彻底销毁遗弃在华化学武器。';
const EN_ABANDONED = 'The two sides urge Japan to faithfully fulfill its obligations and to complete the comprehensive and thorough destruction of chemical weapons abandoned in China as soon as possible.';
const ZH_OPCW = '中方支持俄方竞选禁化武组织执理会成员。';
const EN_OPCW = "The Chinese side supports the Russian side's candidacy for membership of the OPCW Executive Council.";
const RU_OPCW = 'Китайская Сторона поддерживает кандидатуру Российской Стороны на выборах в Исполнительный совет ОЗХО.';
const ZH_APEC = '俄方支持中国主办2026年亚太经济合作组织会议。';
const RU_APEC = 'Российская Сторона поддерживает проведение Китаем встречи АТЭС в 2026 году.';
const ZH_PARTIES = '中华人民共和国和俄罗斯联邦(以下称“双方”)声明如下:';
const RU_PARTIES = 'Китайская Народная Республика и Российская Федерация (далее — Стороны) заявляют следующее:';
const ZH_GOLD = '日前宣布实施的“美国金穹(曾为‘铁穹’)”计划旨在构建不受任何约束的全球性、多层次、多领域导弹防御系统。';
const RU_GOLD = 'Недавно объявленная США программа «Золотой купол» (ранее — «Железный купол») направлена на создание глобальной, многоэшелонной и многосферной системы противоракетной обороны.';
const ZH_UNIVERSITIES = '继续支持两国一流高校制定实施联合教学计划和科研攻关。';

function country(lang: 'en' | 'ru', zh: string, target: string): Finding[] {
  return runChecks(makeProject({ [lang]: [[zh, target]] })).filter((f) => f.check === 'names.country');
}

describe('names.country: a country swapped for another', () => {
  it('reports “Korea” for 在华 (China), pointing at the name in the translation', () => {
    const en = EN_ABANDONED.replace('in China', 'in Korea');
    const [f, ...rest] = country('en', ZH_ABANDONED, en);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe('The translation names “Korea” (South Korea or North Korea), which the source does not; the source\'s 在华 (China) is not in the translation.');
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: en.indexOf('Korea'), end: en.indexOf('Korea') + 5 });
  });

  it('reads abbreviations and adjectives: 俄方 rendered as «Индийской Стороны»', () => {
    const ru = RU_OPCW.replace('Российской Стороны', 'Индийской Стороны');
    const [f, ...rest] = country('ru', ZH_OPCW, ru);
    expect(rest).toEqual([]);
    expect(f?.message).toContain('“Индийской” (India)');
    expect(f?.message).toContain('俄方 (Russia)');
    expect(country('en', ZH_OPCW, EN_OPCW.replace("the Russian side's", "the Japanese side's"))).toHaveLength(1);
  });

  it('reads Russian case forms: «Японией» for 中国 is reported, «Китаем» is the source’s country', () => {
    const [f] = country('ru', ZH_APEC, RU_APEC.replace('Китаем', 'Японией'));
    expect(f?.message).toBe('The translation names “Японией” (Japan), which the source does not; the source\'s 中国 (China) is not in the translation.');
    expect(country('ru', ZH_APEC, RU_APEC)).toEqual([]);
  });

  it('reads the indeclinable США and full names in any case', () => {
    expect(country('ru', ZH_GOLD, RU_GOLD)).toEqual([]);
    expect(country('ru', ZH_GOLD, RU_GOLD.replace('США', 'Канадой'))).toHaveLength(1);
    expect(country('ru', ZH_PARTIES, RU_PARTIES)).toEqual([]);
    expect(country('ru', ZH_PARTIES, RU_PARTIES.replace('Российская Федерация', 'Республика Корея'))).toHaveLength(1);
  });
});

describe('names.country: one of two mentions swapped', () => {
  const zh = '日本政府和日本企业都欢迎这一决定。';
  it('reports a country the source never names when the source names another twice and the translation once', () => {
    const [f, ...rest] = country('en', zh, 'Both the Japanese government and Korean companies welcomed the decision.');
    expect(rest).toEqual([]);
    expect(f?.message).toBe('The translation names “Korean” (South Korea or North Korea), which the source does not; the source names 日本 (Japan) twice, the translation once.');
  });
  it('is silent when the second mention is only left out', () => {
    expect(country('en', zh, 'Both the Japanese government and Japanese companies welcomed the decision.')).toEqual([]);
    expect(country('en', zh, 'The Japanese government and companies welcomed the decision.')).toEqual([]);
  });
  it('reads 美帝 (American imperialism) as the source naming America, and a genitive plural (Филиппин)', () => {
    expect(country('ru', '美帝国主义征服菲律宾的战费由菲律宾人民自己支付。', 'Расходы американского империализма на завоевание Филиппин оплатили сами филиппинцы.')).toEqual([]);
  });
});

describe('names.country: a swap to a country the source also names', () => {
  const zh = '中方愿同法方加强在气候变化领域的合作。';
  const en = 'China is ready to strengthen cooperation with France on climate change.';
  it('reports a country named more often than in the source beside a source country the translation lacks', () => {
    const swapped = en.replace('France', 'China');
    const [f, ...rest] = country('en', zh, swapped);
    expect(rest).toEqual([]);
    expect(f?.message).toBe("The translation names China twice, the source once; the source's 法方 (France) is not in the translation (“China” in its place?).");
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: swapped.lastIndexOf('China'), end: swapped.lastIndexOf('China') + 5 });
    expect(country('ru', zh, 'Китай готов укреплять сотрудничество с Китаем в области изменения климата.')).toHaveLength(1);
  });
  it('is silent when the translation only names a country more often (explicitation) and lacks none', () => {
    expect(country('en', zh, en)).toEqual([]);
    expect(country('en', '外交部发言人表示，中方愿同法方加强合作。', 'The Chinese Foreign Ministry spokesperson said that China is ready to strengthen cooperation with France.')).toEqual([]);
    // 我国 is China in the source too.
    expect(country('en', '我国愿同日本加强合作，中日两国是近邻。', 'China is ready to strengthen cooperation with Japan; China and Japan are close neighbours.')).toEqual([]);
  });
});

describe('names.country: a capital swapped for another', () => {
  const zh = '习近平主席在北京会见了法国总统马克龙。';
  const en = 'President Xi Jinping met French President Emmanuel Macron in Beijing.';
  it('reports a capital the source does not name where a source capital is missing (北京 → “Paris”, “Moscow”)', () => {
    const [f, ...rest] = country('en', zh, en.replace('Beijing', 'Paris'));
    expect(rest).toEqual([]);
    expect(f?.message).toBe("The translation names the capital “Paris”, which the source does not; the source's 北京 (Beijing) is not in the translation.");
    expect(country('en', zh, en.replace('Beijing', 'Moscow'))).toHaveLength(1);
  });
  it('reports a capital of a country the source names elsewhere, in Russian case forms (莫斯科 → «Пекине»)', () => {
    const zhTalks = '中俄两国外长在莫斯科举行会谈。';
    const ru = 'Министры иностранных дел Китая и России провели переговоры в Москве.';
    expect(country('ru', zhTalks, ru)).toEqual([]);
    const [f] = country('ru', zhTalks, ru.replace('Москве', 'Пекине'));
    expect(f?.message).toBe("The translation names the capital “Пекине” (Beijing), which the source does not; the source's 莫斯科 (Moscow) is not in the translation.");
    expect(country('en', zhTalks, 'The Chinese and Russian foreign ministers held talks in Beijing.')).toHaveLength(1);
  });
  it('is silent on a capital standing for its country (北京 → “China”, 俄方 → “Moscow”)', () => {
    expect(country('en', zh, en)).toEqual([]);
    expect(country('en', '北京支持俄方立场。', 'China supports Moscow’s position.')).toEqual([]);
    expect(country('en', '北京和莫斯科都欢迎这一决定。', 'Both China and Russia welcomed the decision.')).toEqual([]);
  });
});

describe('names.country: what is not a swap', () => {
  it('accepts the published translations', () => {
    expect(country('en', ZH_ABANDONED, EN_ABANDONED)).toEqual([]);
    expect(country('en', ZH_OPCW, EN_OPCW)).toEqual([]);
    expect(country('ru', ZH_OPCW, RU_OPCW)).toEqual([]);
  });

  it('counts a capital as its country on both sides (中方 as “Beijing”, 北京 as “China”)', () => {
    expect(country('en', ZH_OPCW, "Beijing supports Moscow's candidacy for membership of the OPCW Executive Council.")).toEqual([]);
    expect(country('en', '日本首相访问北京。', 'The Japanese Prime Minister visited China.')).toEqual([]);
    expect(country('ru', '双方呼吁朝鲜和美国恢复对话。', 'Стороны призывают Пхеньян и Вашингтон возобновить диалог.')).toEqual([]);
  });

  it('is silent when the translation names the countries of 两国 (“the two countries”)', () => {
    expect(country('en', ZH_UNIVERSITIES, 'They will continue to support leading universities of China and Russia in joint teaching and research.')).toEqual([]);
  });

  it('is silent on a country left out with no other put in its place', () => {
    expect(country('en', ZH_ABANDONED, EN_ABANDONED.replace(' in China', ''))).toEqual([]);
  });

  it('reads no country in regions and seas that hold one’s name (the South China Sea, Latin America)', () => {
    expect(country('en', '美国军舰在南海航行。', 'The warships sail in the South China Sea.')).toEqual([]);
    expect(country('en', '俄罗斯同亚洲和拉美国家合作。', 'Cooperation with Asian and Latin American countries.')).toEqual([]);
    expect(country('ru', '俄罗斯同亚洲和拉美国家合作。', 'Сотрудничество со странами Азии и Латинской Америки.')).toEqual([]);
  });

  it('takes Hong Kong and Taiwan for China where the source says 中国香港', () => {
    expect(country('en', '中国香港特别行政区代表团访问了泰国。', 'A delegation from Hong Kong visited Thailand.')).toEqual([]);
  });
});

describe('sourceCountryMentions', () => {
  const named = (zh: string) => sourceCountryMentions(zh).map((m) => `${m.text}:${m.countries.join('/')}:${m.firm ? 'firm' : 'loose'}`);
  it('reads abbreviations in compounds and pairs, firmly in X方 and 中X', () => {
    expect(named('中方愿同美方加强沟通')).toEqual(['中方:China:firm', '美方:United States:firm']);
    expect(named('中俄两国')).toEqual(['中俄:China:firm', '中俄:Russia:firm']);
    expect(named('访日期间')).toEqual(['日:Japan:loose']);
  });
  it('names nothing firmly in 道德方面 (德 only loosely), 两国, 双方, regions, or 沿海地区 (海地, Haiti, loosely)', () => {
    expect(named('在道德方面,两国双方同欧洲和亚洲')).toEqual(['德:Germany:loose']);
    expect(named('沿海地区')).toEqual(['海地:Haiti:loose']);
    expect(named('中美洲')).toEqual([]);
  });
});
