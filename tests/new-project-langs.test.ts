import { describe, expect, it } from 'vitest';
import { misplacedDraft, moveLabel } from '../renderer/src/panels/new-project-langs';
import type { SlotTexts } from '../renderer/src/panels/new-project-langs';

// The New project dialog's judgement of its draft slots: core checkStatedLang, as the CLI's --target-lang.
const ZH = '中华人民共和国和俄罗斯联邦(以下称“双方”)声明如下。双方重申，维护全球战略稳定。';
const EN = 'The People’s Republic of China and the Russian Federation state as follows. The Parties reaffirm global strategic stability.';
const RU = 'Китайская Народная Республика и Российская Федерация заявляют следующее. Стороны подтверждают стратегическую стабильность.';

const slots = (zh: string, en: string, ru: string, names: Partial<Record<keyof SlotTexts, string>> = {}): SlotTexts => ({
  zh: { text: zh, ...(names.zh ? { fileName: names.zh } : {}) },
  en: { text: en, ...(names.en ? { fileName: names.en } : {}) },
  ru: { text: ru, ...(names.ru ? { fileName: names.ru } : {}) },
});

describe('misplacedDraft', () => {
  it('names the file, what it looks like and its slot; offers the empty slot it belongs in', () => {
    expect(misplacedDraft(slots(ZH, '', EN, { ru: 'draft.txt' }))).toEqual({ slot: 'ru', looksLike: 'en', text: 'draft.txt looks English, but is in the Russian slot', moveTo: 'en' });
    expect(misplacedDraft(slots(ZH, EN, EN))).toMatchObject({ slot: 'ru', text: 'The pasted text looks English, but is in the Russian slot', moveTo: null });
    expect(misplacedDraft(slots('', RU, ''))).toMatchObject({ slot: 'en', looksLike: 'ru', moveTo: 'ru' });
    expect(misplacedDraft(slots('', EN, ZH))).toMatchObject({ slot: 'ru', looksLike: 'zh', moveTo: 'zh' });
    expect(moveLabel('zh')).toBe('Move to the Chinese source');
  });

  it('accepts drafts in their slots, quotations in another script, and empty slots', () => {
    expect(misplacedDraft(slots(ZH, EN, RU))).toBeNull();
    expect(misplacedDraft(slots(ZH, `${EN} «Сила Сибири»`, `${RU} (New START)`))).toBeNull();
    expect(misplacedDraft(slots(ZH, '', '  '))).toBeNull();
  });
});
