import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTermMatcher, mergeTermBases, parseTermBaseFile, ruCaseContext, ruTermChoices, ruTermForms } from '../core/glossary';

// The shipped term base: the terms below are real ones from glossary/.
const ROOT = join(__dirname, '..', 'glossary');
const termBase = mergeTermBases(['diplomatic.tbx', 'set-phrases.csv'].map((name) => parseTermBaseFile(name, readFileSync(join(ROOT, name), 'utf8')))).termBase;
const GLOSSARY_TEXT = ['diplomatic.tbx', 'set-phrases.csv'].map((name) => readFileSync(join(ROOT, name), 'utf8')).join('\n');
const ruTerms = termBase.concepts.flatMap((c) => c.terms.filter((t) => t.lang === 'ru' && t.status !== 'deprecated').map((t) => ({ concept: c, text: t.text })));

/** nom | gen | dat | acc | ins | prep */
function row(term: string): string {
  const f = ruTermForms(term);
  return f ? [f.nom, f.gen, f.dat, f.acc, f.ins, f.prep].join(' | ') : '—';
}

describe('Russian case forms of glossary terms', () => {
  it.each([
    ['ядерное оружие', 'ядерное оружие | ядерного оружия | ядерному оружию | ядерное оружие | ядерным оружием | ядерном оружии'],
    ['Организация Объединённых Наций', 'Организация Объединённых Наций | Организации Объединённых Наций | Организации Объединённых Наций | Организацию Объединённых Наций | Организацией Объединённых Наций | Организации Объединённых Наций'],
    ['стратегическое партнёрство', 'стратегическое партнёрство | стратегического партнёрства | стратегическому партнёрству | стратегическое партнёрство | стратегическим партнёрством | стратегическом партнёрстве'],
    ['менталитет холодной войны', 'менталитет холодной войны | менталитета холодной войны | менталитету холодной войны | менталитет холодной войны | менталитетом холодной войны | менталитете холодной войны'],
    ['глобальная стратегическая стабильность', 'глобальная стратегическая стабильность | глобальной стратегической стабильности | глобальной стратегической стабильности | глобальную стратегическую стабильность | глобальной стратегической стабильностью | глобальной стратегической стабильности'],
    ['игра с нулевой суммой', 'игра с нулевой суммой | игры с нулевой суммой | игре с нулевой суммой | игру с нулевой суммой | игрой с нулевой суммой | игре с нулевой суммой'],
    ['односторонние санкции', 'односторонние санкции | односторонних санкций | односторонним санкциям | односторонние санкции | односторонними санкциями | односторонних санкциях'],
    ['неядерные союзники', 'неядерные союзники | неядерных союзников | неядерным союзникам | неядерных союзников | неядерными союзниками | неядерных союзниках'],
    ['отношения великих держав', 'отношения великих держав | отношений великих держав | отношениям великих держав | отношения великих держав | отношениями великих держав | отношениях великих держав'],
    ['добрососедство и дружба', 'добрососедство и дружба | добрососедства и дружбы | добрососедству и дружбе | добрососедство и дружбу | добрососедством и дружбой | добрососедстве и дружбе'],
    ['ракетно-ядерная сфера', 'ракетно-ядерная сфера | ракетно-ядерной сферы | ракетно-ядерной сфере | ракетно-ядерную сферу | ракетно-ядерной сферой | ракетно-ядерной сфере'],
    ['контроль над вооружениями', 'контроль над вооружениями | контроля над вооружениями | контролю над вооружениями | контроль над вооружениями | контролем над вооружениями | контроле над вооружениями'],
    ['Президент Российской Федерации', 'Президент Российской Федерации | Президента Российской Федерации | Президенту Российской Федерации | Президента Российской Федерации | Президентом Российской Федерации | Президенте Российской Федерации'],
    ['арктические морские пути', 'арктические морские пути | арктических морских путей | арктическим морским путям | арктические морские пути | арктическими морскими путями | арктических морских путях'],
    ['Владимир Путин', 'Владимир Путин | Владимира Путина | Владимиру Путину | Владимира Путина | Владимиром Путиным | Владимире Путине'],
    ['большая панда', 'большая панда | большой панды | большой панде | большую панду | большой пандой | большой панде'],
  ])('%s', (term, expected) => {
    // In glossary/ as a term or inside one (ядерного оружия in Договор о нераспространении ядерного оружия).
    const f = ruTermForms(term)!;
    expect(Object.values(f).some((form) => GLOSSARY_TEXT.includes(form))).toBe(true);
    expect(row(term)).toBe(expected);
  });

  it('irregular nouns come from the exception list', () => {
    expect(row('Один пояс, один путь')).toBe('Один пояс, один путь | Одного пояса, одного пути | Одному поясу, одному пути | Один пояс, один путь | Одним поясом, одним путём | Одном поясе, одном пути');
    expect(ruTermForms('путь')?.ins).toBe('путём');
    expect(ruTermForms('время')?.gen).toBe('времени');
  });

  it('a participle after a comma agrees with the head; its own complement stays', () => {
    expect(row('государство, обладающее ядерным оружием')).toBe('государство, обладающее ядерным оружием | государства, обладающего ядерным оружием | государству, обладающему ядерным оружием | государство, обладающее ядерным оружием | государством, обладающим ядерным оружием | государстве, обладающем ядерным оружием');
    expect(ruTermForms('государство, не обладающее ядерным оружием')?.ins).toBe('государством, не обладающим ядерным оружием');
    // A noun in -им is a noun, not a complement: «режим» declines.
    expect(ruTermForms('международный режим ядерного нераспространения')?.gen).toBe('международного режима ядерного нераспространения');
  });

  it('offers nothing to decline for acronyms and phrases that do not start with a noun group', () => {
    for (const term of ['ООН', 'БРИКС плюс', 'двойного назначения', 'в ядерной войне не может быть победителей и она никогда не должна быть развязана']) expect(row(term)).toBe('—');
  });

  it('every generated form of every shipped Russian term is found by the matcher as that concept', () => {
    const matcher = createTermMatcher(termBase);
    const misses: string[] = [];
    let checked = 0;
    for (const { concept, text } of ruTerms) {
      const forms = ruTermForms(text);
      if (!forms) continue;
      for (const form of Object.values(forms)) {
        checked++;
        if (!matcher.findTargetTerms(`Стороны отметили: ${form}.`, 'ru').some((h) => h.concept.id === concept.id)) misses.push(form);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // Known: a form whose word another term owns as written cannot be a second way in — «дня» is a
    // word of «Повестка дня…», so «Международного дня…» is not found as Международный день.
    expect(misses).toEqual(['Международного дня диалога между цивилизациями']);
  });
});

describe('the case a context asks for', () => {
  it.each([
    ['Стороны призвали отказаться от ', 'gen', 'от'],
    ['сотрудничество в рамках ', 'gen', 'в рамках'],
    ['Стороны будут и далее укреплять ', 'acc', 'укреплять'],
    ['Стороны придерживаются ', 'gen', 'придерживаются'],
    ['это угрожает ', 'dat', 'угрожает'],
    ['государства, обладающие ', 'ins', 'обладающие'],
    ['говорили о ', 'prep', 'о'],
  ])('%j → %s', (before, wanted, after) => {
    expect(ruCaseContext(before)).toEqual({ cases: [wanted], after });
  });

  it('gives both cases after в and none where the text does not tell', () => {
    expect(ruCaseContext('сотрудничество в ')?.cases).toEqual(['prep', 'acc']);
    expect(ruCaseContext('Стороны ')).toBeNull();
    expect(ruCaseContext('')).toBeNull();
  });
});

describe('completion choices', () => {
  it('puts the form the preposition asks for first: «от менталитета холодной войны», not the nominative', () => {
    const [first, ...rest] = ruTermChoices('менталитет холодной войны', 'Стороны призвали отказаться от ');
    expect(first).toEqual({ text: 'менталитета холодной войны', detail: 'genitive — after «от»', fits: true });
    expect(rest.map((c) => c.text)).toEqual(['менталитет холодной войны', 'менталитету холодной войны', 'менталитетом холодной войны', 'менталитете холодной войны']);
    expect(rest.every((c) => !c.fits)).toBe(true);
  });

  it('lists every form once, cases merged, when the context does not tell', () => {
    expect(ruTermChoices('Организация Объединённых Наций', 'Стороны ')).toEqual([
      { text: 'Организация Объединённых Наций', detail: 'nominative', fits: false },
      { text: 'Организации Объединённых Наций', detail: 'genitive / dative / prepositional', fits: false },
      { text: 'Организацию Объединённых Наций', detail: 'accusative', fits: false },
      { text: 'Организацией Объединённых Наций', detail: 'instrumental', fits: false },
    ]);
  });

  it('offers an acronym as written', () => {
    expect(ruTermChoices('ООН', 'в ')).toEqual([{ text: 'ООН', detail: '', fits: false }]);
  });
});
