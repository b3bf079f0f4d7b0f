/**
 * A stretch of 1:0 beads beside 0:1 beads is judged as a whole (core/align/verdict/lone-stretch.ts):
 * a weakly evidenced translated stretch gets one low-confidence finding
 * (completeness.unconfirmed-stretch) instead of k omissions and k additions; a replaced section and
 * a planted omission next to a planted addition are still reported sentence by sentence.
 */
import { describe, expect, it } from 'vitest';
import { documentVerdicts } from '../core/align/verdict/bead-verdict';
import { loneStretches } from '../core/align/verdict/lone-stretch';
import { completenessAddition } from '../core/qa/checks/completeness-addition';
import { completenessOmission } from '../core/qa/checks/completeness-omission';
import { REPORT_PROBABILITY } from '../core/qa/checks/completeness-hidden-gap';
import { completenessUnconfirmedStretch } from '../core/qa/checks/completeness-unconfirmed-stretch';
import { lengthRatioStats } from '../core/qa/stats/length-ratio';
import type { BeadView, QaContext } from '../core/qa/types';
import { realLexicon } from './align-helpers';

const lexicon = realLexicon();

/**
 * A customer-service chat, loosely translated as chat is (my own lines): the document's coverage
 * rates are measured on its 1:1 pairs, so they are a chat's, not a treaty's.
 */
const chatDocument: ReadonlyArray<readonly [string, string]> = [
  ['您好，请问有什么可以帮您？', 'Hello, how can I help you today?'],
  ['我上周买的耳机到现在还没收到。', 'I bought headphones last week and they still have not arrived.'],
  ['非常抱歉给您带来不便，请提供一下订单号。', 'So sorry about that, could you give me your order number?'],
  ['订单号是 58213。', 'The order number is 58213.'],
  ['好的，我查一下，请稍等。', 'Sure, let me check, one moment please.'],
  ['系统显示您的包裹已经从仓库发出了，预计三天内送到。', 'Our system shows your parcel has left the warehouse and should arrive within three days.'],
  ['如果快递员联系不上您，他会把包裹放在前台。', 'If the courier cannot reach you, the parcel will be left at reception.'],
  ['可以改成送到我公司吗？', 'Could it go to my office instead?'],
  ['可以的，请把公司地址发给我。', 'Of course, please send me the office address.'],
  ['地址是北京市朝阳区建国路 88 号。', 'It is 88 Jianguo Road, Chaoyang District, Beijing.'],
  ['已经帮您修改好了。', 'Done, I have changed it for you.'],
  ['太好了，谢谢！', 'Great, thanks!'],
  ['不客气，有任何问题随时找我哦。', 'You are welcome, just message me anytime if something comes up.'],
  ['耳机的保修期是多久？', 'How long is the warranty on the headphones?'],
  ['保修期是一年，从收货那天开始算。', 'The warranty is one year, counted from the day you receive them.'],
  ['明白了。', 'Got it.'],
  ['还有其他需要帮忙的吗？', 'Is there anything else I can help with?'],
  ['对了，上次买的充电器也有点问题，充电的时候特别烫手。', 'Oh, and the charger I bought last time has an issue too: it gets really hot while charging.'],
  ['这种情况可能是充电器本身有故障，建议您先停止使用。', 'That may be a fault in the charger itself, so please stop using it for now.'],
  ['我们可以给您免费换一个新的充电器，您看可以吗？', 'We can replace it with a new charger free of charge, would that be all right?'],
  ['当然可以，新的充电器大概什么时候能寄出来？', 'Sure, when would the new charger be sent out?'],
  ['今天下午就能安排发货，明天应该就能收到了。', 'It can ship this afternoon, so you should have it tomorrow.'],
  ['旧的充电器不用寄回来，您直接处理掉就可以。', 'No need to send the old charger back, you can just dispose of it.'],
  ['没有了，祝您生活愉快，再见！', 'No, that is all. Have a lovely day, bye!'],
];
/** The stretch under test: pairs 5–8 of the chat. */
const AT = 5;
const STRETCH = 4;

/** Target sentences about something else entirely (a replaced section). */
const unrelated = [
  'The orchestra rehearsed the symphony twice before the premiere.',
  'Volcanic ash closed several airports across northern Europe.',
  'The recipe calls for butter, flour and a pinch of salt.',
  'Mountain goats climb steep cliffs to lick minerals from the rock.',
];


/**
 * The chat with `count` pairs from AT on given as 1:0 beads followed by 0:1 beads (the aligner's
 * omission + addition reading, posterior 0.99), their targets replaced by `targets` when given.
 */
function documentWith(count: number, targets?: readonly string[], dropped: readonly number[] = []) {
  const src = chatDocument.map(([s]) => s);
  // A dropped target is blank and left out of the beads (its translation lost).
  const tgt = chatDocument.map(([, t], j) => (dropped.includes(j - AT) ? '' : targets && j >= AT && j < AT + count ? targets[j - AT]! : t));
  const beads: Array<{ src: number[]; tgt: number[] }> = [];
  const lone = Array.from({ length: count }, (_, y) => AT + y);
  src.forEach((_, x) => {
    if (x === AT) beads.push(...lone.map((i) => ({ src: [i], tgt: [] })), ...lone.filter((j) => !dropped.includes(j - AT)).map((j) => ({ src: [], tgt: [j] })));
    if (x < AT || x >= AT + count) beads.push({ src: [x], tgt: [x] });
  });
  const gaps = { src: new Float64Array(src.length), tgt: new Float64Array(tgt.length) };
  for (const i of lone) gaps.src[i] = gaps.tgt[i] = 0.99;
  const input = { src, tgt, tgtLang: 'en' as const, lexicon, srcLength: src.map((s) => s.length), tgtLength: tgt.map((t) => t.length), params: { lengthRatio: 3, lengthVariance: 20, randomSpread: 4 } };
  const verdicts = documentVerdicts(input, beads, gaps);
  const views: BeadView[] = beads.map((b, k) => ({
    lang: 'en',
    index: k,
    source: b.src.map((i) => ({ sentence: { id: `zh-s${i}`, text: src[i]!, status: 'draft' as never }, para: 0, heading: false })),
    target: b.tgt.map((j) => ({ sentence: { id: `en-s${j}`, text: tgt[j]!, status: 'draft' as never }, para: 0, heading: false })),
    ...(verdicts[k] ? { verdict: { of: '', ...verdicts[k]! } } : {}),
  }));
  const stats = lengthRatioStats(views);
  const ctx = { beads: { en: views }, ratioStats: stats ? { en: stats } : {} } as unknown as QaContext;
  const run = (check: typeof completenessOmission) => views.flatMap((v) => check.run(v, ctx));
  return { beads, verdicts, omissions: run(completenessOmission), additions: run(completenessAddition), stretches: run(completenessUnconfirmedStretch) };
}

describe('lone stretches', () => {
  it('finds runs of lone beads holding both kinds, between aligned beads', () => {
    const beads = [
      { src: [0], tgt: [0] },
      { src: [1], tgt: [] },
      { src: [], tgt: [1] },
      { src: [2], tgt: [2] },
      { src: [3], tgt: [] },
      { src: [4], tgt: [] },
      { src: [5], tgt: [3] },
      { src: [], tgt: [4] },
      { src: [6], tgt: [] },
    ];
    expect(loneStretches(beads)).toEqual([
      { from: 1, to: 3, src: [1], tgt: [1] },
      { from: 7, to: 9, src: [6], tgt: [4] },
    ]);
  });

  it('reports a weakly evidenced translated stretch once, not as omissions and additions', () => {
    const d = documentWith(STRETCH);
    for (let k = AT; k < AT + 2 * STRETCH; k++) expect(d.verdicts[k]!.stretch).toBeLessThan(REPORT_PROBABILITY);
    expect(d.omissions).toHaveLength(0);
    expect(d.additions).toHaveLength(0);
    expect(d.stretches).toHaveLength(1);
    expect(d.stretches[0]!.source!.sentences).toHaveLength(STRETCH);
    expect(d.stretches[0]!.target!.sentences).toHaveLength(STRETCH);
  });

  it('still reports a replaced section sentence by sentence', () => {
    const d = documentWith(STRETCH, unrelated);
    expect(d.verdicts[AT]!.stretch).toBeGreaterThanOrEqual(REPORT_PROBABILITY);
    expect(d.omissions).toHaveLength(STRETCH);
    expect(d.additions).toHaveLength(STRETCH);
    expect(d.stretches).toHaveLength(0);
  });

  it('still reports a planted omission next to a planted addition', () => {
    // A source sentence's translation dropped, and a foreign sentence inserted in its place.
    const d = documentWith(1, unrelated.slice(1));
    expect(d.omissions).toHaveLength(1);
    expect(d.additions).toHaveLength(1);
    expect(d.stretches).toHaveLength(0);
  });

  it('says when the stretch is far too short for its sources: a sentence in it may be untranslated', () => {
    expect(documentWith(STRETCH).stretches[0]!.message).not.toContain('far shorter');
    const d = documentWith(STRETCH, undefined, [0]);
    expect(d.stretches).toHaveLength(1);
    expect(d.stretches[0]!.message).toContain('far shorter');
  });
});
