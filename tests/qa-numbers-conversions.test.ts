import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';

const mismatches = (lang: 'en' | 'ru', zh: string, tgt: string): string[] =>
  runChecks(makeProject({ [lang]: [[zh, tgt]] }))
    .filter((f) => f.check === 'numbers.mismatch')
    .map((f) => f.message);

describe('numbers.mismatch: a figure converted to another unit', () => {
  it.each([
    ['en', '他们一天步行了二十公里。', 'They walked 12 miles in a day.'],
    ['ru', '他们一天步行了二十公里。', 'За день они прошли 12 миль.'],
    ['en', '他们一天步行了二十公里。', 'They walked twelve miles in a day.'],
    ['en', '他们一天步行了20公里。', 'They walked 20 km (12.4 miles) in a day.'],
    ['en', '他体重八十公斤。', 'He weighs 176 pounds.'],
    ['en', '这座山海拔3000米。', 'The mountain rises to nearly 10,000 feet.'],
    ['en', '农场占地500亩。', 'The farm covers 82 acres.'],
    ['ru', '农场占地500亩。', 'Ферма занимает 33 гектара.'],
    ['en', '保护区面积2万平方公里。', 'The reserve covers 7,700 square miles.'],
    ['en', '他买了五斤苹果。', 'He bought 2.5 kilograms of apples.'],
    ['en', '气温高达40摄氏度。', 'Temperatures reached 104 degrees Fahrenheit.'],
    ['ru', '夜里气温降至零下十度。', 'Ночью температура упала до 14 градусов по Фаренгейту.'],
    ['en', '营地距离河边3至5公里。', 'The camp is 2-3 miles from the river.'],
    // A speed, in mph, knots, km/h; a speed the source states as a length (速度350公里).
    ['en', '列车时速120公里。', 'The train runs at 75 mph.'],
    ['en', '列车时速350公里。', 'The train reaches 189 knots.'],
    ['ru', '列车时速350公里。', 'Поезд развивает скорость 217 миль в час.'],
    ['en', '该舰最高航速为30节。', 'The ship has a top speed of 56 km/h.'],
    ['en', '列车速度达350公里。', 'The train reaches 217 mph.'],
    // Each figure of a list with its unit written once.
    ['en', '新建长5、10和15公里的三条道路。', 'Three roads 3.1, 6.2 and 9.3 miles long will be built.'],
    ['en', '新建长5公里、10公里和15公里的三条道路。', 'Three roads 3.1, 6.2 and 9.3 miles long will be built.'],
    ['ru', '新建长5公里、10公里和15公里的三条道路。', 'Будут построены три дороги длиной 3,1, 6,2 и 9,3 мили.'],
    // The dash of a range is no minus; 零下 signs both ends of the range it opens.
    ['en', '明天白天气温3-5℃。', 'Tomorrow daytime temperatures will be 37-41°F.'],
    ['en', '明天夜间气温零下5至3摄氏度。', 'Tomorrow night temperatures will be 23 to 37 degrees Fahrenheit.'],
  ] as const)('%s: %s → %s is the same figure', (lang, zh, tgt) => {
    expect(mismatches(lang, zh, tgt)).toEqual([]);
  });

  it.each([
    // 20 km is 12.4 miles: 13 is no rounding of it, 10 is a fifth short.
    ['en', '他们一天步行了二十公里。', 'They walked 13 miles in a day.', '二十', '13'],
    ['en', '他们一天步行了二十公里。', 'They walked 10 miles in a day.', '二十', '10'],
    ['ru', '他们一天步行了二十公里。', 'За день они прошли 15 миль.', '二十', '15'],
    ['en', '他们一天步行了二十公里。', 'They walked fifteen miles in a day.', '二十', 'fifteen'],
    ['en', '他体重八十公斤。', 'He weighs 186 pounds.', '八十', '186'],
    ['en', '气温高达40摄氏度。', 'Temperatures reached 106 degrees Fahrenheit.', '40', '106'],
    // The same unit is no conversion: a rounded or changed figure stays wrong.
    ['en', '他们一天步行了二十公里。', 'They walked 21 km in a day.', '二十', '21'],
    ['en', '保护区面积2万平方公里。', 'The reserve covers 7,700 square kilometres.', '2万', '7,700'],
    ['en', '营地距离河边3至5公里。', 'The camp is 2 to 4 miles from the river.', '5', '4'],
  ] as const)('%s: %s → %s is a wrong figure', (lang, zh, tgt, source, written) => {
    expect(mismatches(lang, zh, tgt)).toEqual([`Number “${source}” in the source is not in the translation (which has “${written}”).`]);
  });

  it('a figure the source gives in both units is itself, not a conversion of the other', () => {
    // 40 miles is also 65 km converted; the source's own 40英里 answers it first.
    expect(mismatches('en', '震中位于城东 65 公里处（40英里）。', 'The epicentre was 65 km (40 miles) east of the town.')).toEqual([]);
    expect(mismatches('ru', '限速为 35-40 英里/小时（56-64 公里/小时）。', 'Ограничение скорости — 35–40 миль/ч (56–64 км/ч).')).toEqual([]);
    expect(mismatches('en', '震中位于城东 65 公里处（40英里）。', 'The epicentre was 65 km (45 miles) east of the town.')).toEqual(['Number “40” in the source is not in the translation (which has “45”).']);
  });

  it('a right conversion beside a wrong original figure still reports the original', () => {
    expect(mismatches('en', '他们一天步行了20公里。', 'They walked 29 km (12 miles) in a day.')).toEqual(['Number “29” in the translation is not in the source.']);
  });
});

describe('numbers.mismatch: a numeral inside a personal name', () => {
  it.each([
    ['en', '茅十八说道：“走吧。”', 'Mao Shiba said, "Let\'s go."'],
    ['en', '茅十八说道：“走吧。”', 'Mao Shih-pa said, "Let\'s go."'],
    ['ru', '茅十八说道：“走吧。”', 'Мао Шиба сказал: «Пошли».'],
    ['ru', '韦小宝对茅十八说。', 'Вэй Сяобао сказал Мао Шибе.'],
    ['en', '张三十来了。', 'Zhang Sanshi came.'],
    // One numeral in a name is a loose numeral, never required: 李四, 王二小, 三毛.
    ['en', '李四和王二小放牛去了。', 'Li Si and Wang Erxiao went to herd the cattle.'],
    ['ru', '三毛流浪记', 'Скитания Саньмао'],
  ] as const)('%s: %s → %s carries the numeral as a name', (lang, zh, tgt) => {
    expect(mismatches(lang, zh, tgt)).toEqual([]);
  });

  it('still requires a figure the translation drops, or one the source uses as a quantity', () => {
    expect(mismatches('en', '茅十八说道：“走吧。”', 'Mao said, "Let\'s go."')).toEqual(['Number “十八” in the source is not in the translation.']);
    // 十八岁, 三十个: a quantity, whatever word of the translation happens to spell it.
    expect(mismatches('en', '他今年十八岁。', 'This year he is Shiba.')).toEqual(['Number “十八” in the source is not in the translation.']);
    expect(mismatches('en', '他有三十个孩子。', 'He has Sanshi children.')).toEqual(['Number “三十” in the source is not in the translation.']);
    expect(mismatches('en', '巴士海峡宽八十公里。', 'The Bashi Channel is wide.')).toEqual(['Number “八十” in the source is not in the translation.']);
  });

  it('leaves the count beside the name to the count rule', () => {
    expect(mismatches('en', '茅十八和三个朋友来了。', 'Mao Shiba came with five friends.')).toEqual(['Number “三” in the source is not in the translation (which has “five”).']);
  });
});

describe('numbers.mismatch: a year of the Republic of China era', () => {
  it('reads 民国N年 as the Gregorian year a translation may give instead', () => {
    expect(mismatches('en', '民国三十八年，他去了台湾。', 'In 1949 he went to Taiwan.')).toEqual([]);
    expect(mismatches('en', '民国38年，他去了台湾。', 'In 1949 he went to Taiwan.')).toEqual([]);
    expect(mismatches('ru', '民国八年，他去了北京。', 'В 1919 году он уехал в Пекин.')).toEqual([]);
    expect(mismatches('en', '民国元年，曲阜县孔夫子家的“哭丧户”专程前来学习过哭腔。', "During 1912, the first year of the Republic, professional mourners known as 'wailers' came from Qufu.")).toEqual([]);
  });

  it('still reports a year one off', () => {
    expect(mismatches('en', '民国三十八年，他去了台湾。', 'In 1948 he went to Taiwan.')).toEqual(['Number “三十八” in the source is not in the translation (which has “1948”).']);
    expect(mismatches('en', '民国八年，他去了北京。', 'In 1918 he went to Beijing.')).toEqual(['Number “1918” in the translation is not in the source.']);
  });
});

describe('numbers.mismatch: the source figure kept with another unit', () => {
  it.each([
    ['en', '他们一天步行了二十公里。', 'They walked 20 miles in a day.', '二十公里', '20 miles', 'the same figure in another unit (20 km is about 12.4 miles)'],
    ['ru', '他们一天步行了二十公里。', 'За день они прошли 20 миль.', '二十公里', '20 миль', 'the same figure in another unit (20 km is about 12.4 miles)'],
    ['ru', '救援队在距离震中二十公里的地方扎营。', 'Спасатели разбили лагерь в двадцати милях от эпицентра.', '二十公里', 'двадцати милях', 'the same figure in another unit (20 km is about 12.4 miles)'],
    ['en', '他们一天步行了二十公里。', 'They walked twenty miles in a day.', '二十公里', 'twenty miles', 'the same figure in another unit (20 km is about 12.4 miles)'],
    ['en', '这名运动员体重八十公斤。', 'The athlete weighs 80 pounds.', '八十公斤', '80 pounds', 'the same figure in another unit (80 kg is about 176 pounds)'],
    ['ru', '这名运动员体重八十公斤。', 'Спортсмен весит 80 фунтов.', '八十公斤', '80 фунтов', 'the same figure in another unit (80 kg is about 176 pounds)'],
    ['ru', '每头牛每天需要饲料25千克。', 'Каждой корове нужно 25 фунтов корма в день.', '25千克', '25 фунтов', 'the same figure in another unit (25 kg is about 55.1 pounds)'],
    ['en', '气温高达40摄氏度。', 'Temperatures reached 40°F.', '40摄氏度', '40°F', 'the same figure in another unit (40 °C is about 104 °F)'],
    ['ru', '今天北京最高气温35℃。', 'Сегодня максимальная температура в Пекине составит 35 градусов по Фаренгейту.', '35℃', '35 градусов по Фаренгейту', 'the same figure in another unit (35 °C is about 95 °F)'],
    ['en', '今年全县新增高标准农田1.2万亩。', 'This year the county added 12,000 hectares of high-standard farmland.', '1.2万亩', '12,000 hectares', 'the same figure in another unit (12,000 mu is about 800 hectares)'],
    ['ru', '农场占地500亩。', 'Ферма занимает 500 гектаров.', '500亩', '500 гектаров', 'the same figure in another unit (500 mu is about 33.3 hectares)'],
    ['en', '保护区面积2万平方公里。', 'The reserve covers 20,000 square miles.', '2万平方公里', '20,000 square miles', 'the same figure in another unit (20,000 km² is about 7,720 square miles)'],
    ['en', '他买了五斤苹果。', 'He bought 5 kilograms of apples.', '五斤', '5 kilograms', 'the same figure in another unit (5 jin is about 2.5 kg)'],
    ['en', '从村里到县城有二十里路。', 'It is 20 km from the village to the county town.', '二十里', '20 km', 'the same figure in another unit (20 li is about 10 km)'],
    ['en', '营地距离河边3至5公里。', 'The camp is 3 to 5 miles from the river.', '3至5公里', '3 to 5 miles', 'the same figures in another unit (3 km is about 1.86 miles, 5 km is about 3.11 miles)'],
    ['en', '列车时速120公里。', 'The train runs at 120 mph.', '120公里', '120 mph', 'the same figure in another unit (120 km/h is about 74.6 mph)'],
    // A speed is a dimension of its own: knots are no kilometres an hour.
    ['en', '列车时速350公里。', 'The train reaches 350 knots.', '350公里', '350 knots', 'the same figure in another unit (350 km/h is about 189 knots)'],
    ['ru', '列车时速350公里。', 'Поезд развивает скорость 350 узлов.', '350公里', '350 узлов', 'the same figure in another unit (350 km/h is about 189 knots)'],
    ['en', '该舰最高航速为30节。', 'The ship has a top speed of 30 km/h.', '30节', '30 km/h', 'the same figure in another unit (30 knots is about 55.6 km/h)'],
    ['ru', '该舰最高航速为30节。', 'Максимальная скорость корабля — 30 км/ч.', '30节', '30 км/ч', 'the same figure in another unit (30 knots is about 55.6 km/h)'],
    // A unit written once after a list is every figure's.
    ['en', '新建长5、10和15公里的三条道路。', 'Three roads 5, 10 and 15 miles long will be built.', '5、10和15公里', '5, 10 and 15 miles', 'the same figures in another unit (5 km is about 3.11 miles, 10 km is about 6.21 miles, 15 km is about 9.32 miles)'],
  ] as const)('%s: %s → %s', (lang, zh, tgt, source, written, why) => {
    expect(mismatches(lang, zh, tgt)).toEqual([`“${source}” is rendered as “${written}”: ${why}.`]);
  });

  it.each([
    // The source's unit, or a conversion of it.
    ['en', '他们一天步行了二十公里。', 'They walked 20 km in a day.'],
    ['ru', '他们一天步行了二十公里。', 'За день они прошли двадцать километров.'],
    ['en', '他买了十斤苹果。', 'He bought 5 kg of apples.'],
    ['en', '从村里到县城有二十里路。', 'It is 10 km from the village to the county town.'],
    // A traditional unit named by its customary Western name, or a conversion within a fifth.
    ['en', '他买了五斤苹果。', 'He bought five pounds of apples.'],
    ['en', '只靠两亩薄田度日。', 'She lived off two acres of poor land.'],
    ['en', '正思从千里之外写起。', 'He thought of beginning a thousand miles away.'],
    ['en', '渔船在距海岸12海里处被扣押。', 'The fishing boat was seized 12 miles off the coast.'],
    // A bare "degrees" names no scale; −40 is −40 on both.
    ['en', '气温高达40度。', 'Temperatures reached 40 degrees.'],
    ['ru', '夜里气温降至零下40摄氏度。', 'Ночью температура упала до −40 °F.'],
    // The source gives the figure in the translation's unit too.
    ['en', '限速为40英里/小时（65公里/小时），全程65公里。', 'The speed limit is 40 mph (65 km/h) over all 65 km.'],
    ['en', '震中位于城东 65 公里处（40英里）。', 'The epicentre was 65 km (40 miles) east of the town.'],
    // Measure words are no units; a figure with no unit beside it in the source.
    ['en', '他们举行了三次会议，二十名代表步行了二十公里。', 'They held three meetings, and twenty delegates walked 20 km.'],
    ['ru', '两项工程共计20项，全长20公里。', 'Всего 20 объектов общей протяжённостью 20 км.'],
    ['en', '20人参加了比赛。', 'Twenty people ran 20 miles.'],
    // A speed the source gives as a length (速度350公里), knots kept, 节 as a measure word.
    ['en', '列车时速350公里。', 'The train reaches 350 km.'],
    ['en', '该舰最高航速为30节。', 'The ship has a top speed of 30 knots.'],
    ['en', '第3节车厢起火，列车速度很快。', 'Car 3 caught fire; the train was going fast.'],
  ] as const)('%s: %s → %s is no wrong unit', (lang, zh, tgt) => {
    expect(mismatches(lang, zh, tgt).filter((m) => m.includes('another unit'))).toEqual([]);
  });
});

describe('unit conversions read the figures the numbers check reads', () => {
  it('takes 七八公里 as seven or eight km, not 78', () => {
    expect(mismatches('en', '村子离镇上有七八公里。', 'The village is 4 or 5 miles from the town.')).toEqual([]);
    expect(mismatches('ru', '村子离镇上有七八公里。', 'До посёлка 4–5 миль.')).toEqual([]);
    expect(mismatches('en', '村子离镇上有七八公里。', 'The village is 7 or 8 miles from the town.')).toEqual([
      '“七八公里” is rendered as “7 or 8 miles”: the same figures in another unit (7 km is about 4.35 miles, 8 km is about 4.97 miles).',
    ]);
  });

  it('scales a figure by the 万 after 多 (二十多万公里 is over 200,000 km)', () => {
    expect(mismatches('en', '全程二十多万公里。', 'The whole journey is more than 200,000 miles.')).toEqual([
      '“二十多万公里” is rendered as “200,000 miles”: the same figure in another unit (200,000 km is about 124,000 miles).',
    ]);
  });

  it('reads no measure in an idiom or a vague quantity (十万八千里, 数百万加仑)', () => {
    expect(mismatches('en', '三人走了十万八千里。', 'The three walked 108,000 km.')).toEqual(['Number “108,000” in the translation is not in the source.']);
  });
});
