import { beforeAll, describe, expect, it } from 'vitest';
import { loadHanReadings, needsHanReadings, runChecks } from '../core/qa';
import type { HanReadings } from '../core/qa';
import type { TargetLang } from '../core/model';
import type { Speller } from '../core/spelling';
import { loadSpeller } from '../services/spelling/speller';
import { makeProject } from './fixtures/qa/make-project';

let readings: HanReadings;
beforeAll(async () => {
  readings = await loadHanReadings();
});

/** names.spelling's messages for one bead. */
function names(lang: TargetLang, zh: string, target: string): string[] {
  return runChecks(makeProject({ [lang]: [[zh, target]] }), { readings })
    .filter((f) => f.check === 'names.spelling')
    .map((f) => f.message);
}

const XI = '国家主席习近平出席会议并发表重要讲话。';

describe('names.spelling in English (Hanyu Pinyin)', () => {
  it('reports a name one letter off its characters and points at both', () => {
    const en = 'President Xi Jingping attended the meeting and delivered an important speech.';
    const [f, ...rest] = runChecks(makeProject({ en: [[XI, en]] }), { readings }).filter((x) => x.check === 'names.spelling');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe('“Xi Jingping”: 习近平 is Xi Jinping in Pinyin.');
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: en.indexOf('Xi'), end: en.indexOf(' attended') });
    expect(f?.source?.range).toEqual({ sentence: 'zh-s0', start: XI.indexOf('习'), end: XI.indexOf('出') });
  });

  it('reports zhou written zou, qiang written qing, fan written fen', () => {
    expect(names('en', '周恩来总理出席了万隆会议。', 'Premier Zou Enlai attended the Bandung Conference.')).toEqual(['“Zou Enlai”: 周恩来 is Zhou Enlai in Pinyin.']);
    expect(names('en', '国务院总理李强会见了来访的客人。', 'Premier Li Qing met the visitors.')).toEqual(['“Li Qing”: 李强 is Li Qiang in Pinyin.']);
    expect(names('en', '曾国藩是晚清重臣。', 'Zeng Guofen was a leading official of the late Qing.')).toEqual(['“Zeng Guofen”: 曾国藩 is Zeng Guofan in Pinyin.']);
    // 南 is a transliteration character too, but one of them does not make 云南 a foreign name.
    expect(names('en', '我已经离开云南了。', 'I had already left Yunan.')).toEqual(['“Yunan”: 云南 is Yunnan in Pinyin.']);
  });

  it('is silent on names spelled right, any reading of a polyphonic character', () => {
    expect(names('en', XI, 'President Xi Jinping attended the meeting and delivered an important speech.')).toEqual([]);
    expect(names('en', '国务院总理李强会见了外交部长王毅。', 'Premier Li Qiang met Foreign Minister Wang Yi.')).toEqual([]);
    // 单 dan/shan, 曾 ceng/zeng, 乐 le/yue: a surname takes its rarer reading.
    expect(names('en', '故宫博物院院长单霁翔介绍了情况。', 'Shan Jixiang, director of the Palace Museum, briefed them.')).toEqual([]);
    expect(names('en', '曾国藩是晚清重臣。', 'Zeng Guofan was a leading official of the late Qing.')).toEqual([]);
    expect(names('en', '乐毅是战国时期的名将。', 'Yue Yi was a famous general of the Warring States period.')).toEqual([]);
    expect(names('en', '吕思勉是历史学家。', 'Lü Simian was a historian; Lv Simian and Lu Simian are the same man.')).toEqual([]);
  });

  it('takes a name hyphenated or run together as spelled right: spacing is not spelling', () => {
    expect(names('en', XI, 'President Xi Jin-ping attended the meeting.')).toEqual([]);
    expect(names('en', XI, 'President Xijinping attended the meeting.')).toEqual([]);
  });

  it('is silent on conventional spellings and on foreign names in transliteration', () => {
    expect(names('en', '陕西省和新疆乌鲁木齐市', 'Shaanxi Province and Urumqi, Xinjiang')).toEqual([]);
    expect(names('en', '香港、澳门和西藏的发展', 'the development of Hong Kong, Macao and Tibet')).toEqual([]);
    expect(names('en', '孙中山和蒋介石都曾在广州。', 'Sun Yat-sen and Chiang Kai-shek were both in Guangzhou.')).toEqual([]);
    expect(names('en', '孔子的思想影响深远；北京大学', 'The thought of Confucius runs deep; Peking University')).toEqual([]);
    // 迪拜 reads di bai, one letter off "Dubai": a foreign name is not spelled by its pinyin.
    expect(names('en', '他在迪拜参加了会议。', 'He attended the meeting in Dubai.')).toEqual([]);
    // yo-ga is one letter off 瑜伽 yu ga; yo is an interjection's syllable, never a name's.
    expect(names('en', '印度瑜伽的许多技巧', 'many techniques from Indian Yoga')).toEqual([]);
  });

  it('is silent without the readings (runChecks without loadHanReadings)', () => {
    const project = makeProject({ en: [[XI, 'President Xi Jingping attended the meeting.']] });
    expect(runChecks(project).filter((f) => f.check === 'names.spelling')).toEqual([]);
  });
});

describe('names.spelling in Russian (Palladius)', () => {
  it('reports цзин for цзинь, in any case of the name', () => {
    expect(names('ru', XI, 'Председатель КНР Си Цзинпин принял участие во встрече.')).toEqual(['“Си Цзинпин”: 习近平 is Си Цзиньпин in Palladius.']);
    expect(names('ru', XI, 'Выступление Си Цзинпина было высоко оценено.')).toEqual(['“Си Цзинпина”: 习近平 is Си Цзиньпин in Palladius.']);
  });

  it('reports сао for сяо and цянь for цян', () => {
    expect(names('ru', '邓小平提出了改革开放。', 'Дэн Саопин выдвинул политику реформ и открытости.')).toEqual(['“Дэн Саопин”: 邓小平 is Дэн Сяопин in Palladius.']);
    expect(names('ru', '国务院总理李强会见了来访的客人。', 'Премьер Госсовета Ли Цянь встретился с гостями.')).toEqual(['“Ли Цянь”: 李强 is Ли Цян in Palladius.']);
  });

  it('is silent on names spelled right, in every case', () => {
    for (const form of ['Си Цзиньпин выступил', 'Речь Си Цзиньпина', 'Письмо Си Цзиньпину', 'Встреча с Си Цзиньпином', 'Статья о Си Цзиньпине']) {
      expect(names('ru', XI, `${form} на встрече.`)).toEqual([]);
    }
    expect(names('ru', '国务院总理李强会见了外交部长王毅。', 'Премьер Госсовета Ли Цян встретился с министром иностранных дел Ван И.')).toEqual([]);
    expect(names('ru', '陕西省的经济', 'Экономика провинции Шэньси')).toEqual([]);
  });

  it('is silent on a foreign name declined in -а or spelled from transliteration characters', () => {
    expect(names('ru', '其他选手也纷纷悼念露娜。', 'Коллеги тоже отдали Луне дань уважения.')).toEqual([]);
    expect(names('ru', '他在首都马尼拉劫持了大巴。', 'Он угнал автобус в Маниле.')).toEqual([]);
    expect(names('ru', '2002年，戈马被熔岩摧毁。', 'В 2002 году город Гома был разрушен лавой.')).toEqual([]);
  });

  it('is silent on an ordinary word that opens the sentence and splits into syllables', () => {
    // Дети = де + ти, one letter off 的提 (дэ ти): a capital at the start is not a name.
    expect(names('ru', '我们的提高离不开大家。', 'Дети знают об этом.')).toEqual([]);
  });
});

describe('names.spelling with the spelling dictionaries', () => {
  let speller: Speller;
  beforeAll(async () => {
    speller = await loadSpeller({ langs: ['en', 'ru'], english: 'both', skipAllCaps: true });
  });
  const withSpeller = (lang: TargetLang, zh: string, target: string): string[] =>
    runChecks(makeProject({ [lang]: [[zh, target]] }), { readings, speller })
      .filter((f) => f.check === 'names.spelling')
      .map((f) => f.message);

  it('leaves a word the dictionary knows alone: a foreign name one letter off its transliteration', () => {
    // Without the dictionaries these read as slips (苏珊 Sushan, 耐克 Naike, 里的 ли ди): the bench's sound translations.
    expect(names('en', '苏珊是记者。', 'The reporter is called Susan.')).toEqual(['“Susan”: 苏珊 is Sushan in Pinyin.']);
    expect(withSpeller('en', '苏珊是记者。', 'The reporter is called Susan.')).toEqual([]);
    expect(withSpeller('en', '耐克公司', 'the company Nike')).toEqual([]);
    expect(withSpeller('ru', '这里的人说', 'Как говорят здешние Люди')).toEqual([]);
  });

  it('still reports a name no dictionary knows', () => {
    expect(withSpeller('en', XI, 'President Xi Jingping attended the meeting.')).toEqual(['“Xi Jingping”: 习近平 is Xi Jinping in Pinyin.']);
    expect(withSpeller('ru', XI, 'Выступление Си Цзинпина было высоко оценено.')).toEqual(['“Си Цзинпина”: 习近平 is Си Цзиньпин in Palladius.']);
  });
});

describe('needsHanReadings', () => {
  it('asks for pinyin-pro only when a translation has a candidate name and the check is on', () => {
    const withName = makeProject({ en: [[XI, 'President Xi Jinping attended the meeting.']] });
    expect(needsHanReadings(withName)).toBe(true);
    expect(needsHanReadings(withName, ['names.spelling'])).toBe(false);
    expect(needsHanReadings(makeProject({ ru: [['会议开始了。', 'Заседание началось.']] }))).toBe(false);
  });
});
