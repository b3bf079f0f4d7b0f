import { describe, expect, it } from 'vitest';
import { checkSlots } from '../core/formats/input-langs';
import type { SlotInputs } from '../core/formats/input-langs';
import { applyFix, fixLabel, slotProblem } from '../renderer/src/panels/new-project-langs';
import type { SlotTexts } from '../renderer/src/panels/new-project-langs';

// The New project dialog's judgement of its slots: core checkSlots over the CLI's script tests
// (checkInputLangs, checkStatedLang), shown as soon as a file is chosen, with Swap or Move.
const ZH = '中华人民共和国和俄罗斯联邦(以下称“双方”)声明如下。双方重申，维护全球战略稳定。';
const EN = 'The People’s Republic of China and the Russian Federation state as follows. The Parties reaffirm global strategic stability.';
const RU = 'Китайская Народная Республика и Российская Федерация заявляют следующее. Стороны подтверждают стратегическую стабильность.';

const inputs = (zh: string, en: string, ru: string): SlotInputs => ({ zh: { name: 'zh.txt', text: zh }, en: { name: 'en.txt', text: en }, ru: { name: 'ru.txt', text: ru } });

const slots = (zh: string, en: string, ru: string, names: Partial<Record<keyof SlotTexts, string>> = {}): SlotTexts => ({
  zh: { text: zh, ...(names.zh ? { fileName: names.zh } : {}) },
  en: { text: en, ...(names.en ? { fileName: names.en } : {}) },
  ru: { text: ru, ...(names.ru ? { fileName: names.ru } : {}) },
});

describe('checkSlots (core)', () => {
  it('two drafts in each other’s slots: one swap', () => {
    expect(checkSlots(inputs(ZH, RU, EN))).toEqual({ message: "en.txt looks Russian and ru.txt English: the drafts are in each other's slots", fix: { kind: 'swap', a: 'en', b: 'ru' } });
    // Without a source yet, too: the drafts' judgement needs none.
    expect(checkSlots(inputs('', RU, EN))?.fix).toEqual({ kind: 'swap', a: 'en', b: 'ru' });
  });

  it('a lone draft in the wrong slot moves to the empty one it belongs in; into a filled one it cannot', () => {
    expect(checkSlots(inputs(ZH, '', EN))).toEqual({ message: 'ru.txt looks English, but is in the Russian slot', fix: { kind: 'move', from: 'ru', to: 'en' } });
    expect(checkSlots(inputs(ZH, RU, ''))?.fix).toEqual({ kind: 'move', from: 'en', to: 'ru' });
    expect(checkSlots(inputs(ZH, EN, EN))).toEqual({ message: 'ru.txt looks English, but is in the Russian slot' });
    expect(checkSlots(inputs('', EN, ZH))?.fix).toEqual({ kind: 'move', from: 'ru', to: 'zh' });
    expect(checkSlots(inputs(ZH, EN, ZH))).toEqual({ message: 'ru.txt looks Chinese, but is in the Russian slot' });
  });

  it('the source and a draft the wrong way round: swapped; a translation as the source: moved to its empty slot', () => {
    expect(checkSlots(inputs(EN, ZH, ''))).toEqual({ message: 'zh.txt looks English and en.txt looks Chinese: the Chinese text belongs in the source', fix: { kind: 'swap', a: 'zh', b: 'en' } });
    expect(checkSlots(inputs(RU, '', ZH))?.fix).toEqual({ kind: 'swap', a: 'zh', b: 'ru' });
    expect(checkSlots(inputs(EN, '', ''))).toEqual({ message: 'zh.txt looks English, not Chinese: the source must be the Chinese text', fix: { kind: 'move', from: 'zh', to: 'en' } });
    expect(checkSlots(inputs(EN, EN, ''))).toEqual({ message: 'zh.txt looks English, not Chinese: the source must be the Chinese text' });
  });

  it('a source of digits only is a problem when creating, not while it is typed', () => {
    expect(checkSlots(inputs('2025', EN, ''))).toBeUndefined();
    expect(checkSlots(inputs('2025', EN, ''), { whenCreating: true })?.message).toBe('zh.txt has no Chinese text: the source must be the Chinese text');
  });

  it('accepts texts in their slots, quotations in another script, and empty slots', () => {
    expect(checkSlots(inputs(ZH, EN, RU))).toBeUndefined();
    expect(checkSlots(inputs(`${ZH} NATO`, `${EN} «Сила Сибири»`, `${RU} (New START)`))).toBeUndefined();
    expect(checkSlots(inputs(ZH, '', '  '))).toBeUndefined();
    expect(checkSlots(inputs('', '', ''), { whenCreating: true })).toBeUndefined();
  });
});

describe('the dialog’s words and remedies', () => {
  it('names files, or the pasted text by its slot', () => {
    expect(slotProblem(slots(ZH, '', EN, { ru: 'draft.txt' }))?.message).toBe('draft.txt looks English, but is in the Russian slot');
    expect(slotProblem(slots(ZH, RU, EN))?.message).toBe("The text pasted as English looks Russian and the text pasted as Russian English: the drafts are in each other's slots");
    expect(slotProblem(slots(EN, '', ''))?.message).toBe('The Chinese source looks English, not Chinese: the source must be the Chinese text');
    expect(slotProblem(slots(ZH, EN, RU))).toBeNull();
  });

  it('labels and applies Swap and Move, file names going along', () => {
    const swapped = slots(ZH, RU, EN, { en: 'ru.txt', ru: 'en.txt' });
    const fix = slotProblem(swapped)!.fix!;
    expect(fixLabel(fix)).toBe('Swap English and Russian');
    expect(applyFix(swapped, fix)).toEqual(slots(ZH, EN, RU, { en: 'en.txt', ru: 'ru.txt' }));
    expect(slotProblem(applyFix(swapped, fix))).toBeNull();
    expect(fixLabel({ kind: 'swap', a: 'zh', b: 'en' })).toBe('Swap source and English');
    const lone = slots(ZH, '', EN, { ru: 'draft.txt' });
    const move = slotProblem(lone)!.fix!;
    expect(fixLabel(move)).toBe('Move to the English slot');
    expect(applyFix(lone, move)).toEqual(slots(ZH, EN, '', { en: 'draft.txt' }));
    expect(fixLabel({ kind: 'move', from: 'en', to: 'zh' })).toBe('Move to the Chinese source');
  });
});
