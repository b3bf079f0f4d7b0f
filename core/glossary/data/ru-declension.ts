/**
 * Language data for generating the case forms of Russian glossary terms (core/glossary/ru-forms.ts):
 * the exceptions the rules cannot know. Keys are lower-case nominatives with ё folded to е.
 */

/** The six cases, in the order grammars list them. */
export const RU_CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'] as const;
export type RuCase = (typeof RU_CASES)[number];

/** Plain-language names for the completion list. */
export const RU_CASE_NAMES: Record<RuCase, string> = {
  nom: 'nominative',
  gen: 'genitive',
  dat: 'dative',
  acc: 'accusative',
  ins: 'instrumental',
  prep: 'prepositional',
};

/** Nouns whose singular forms no rule gives: fleeting vowels, -мя nouns, путь, and a few more. */
export const RU_IRREGULAR_NOUNS: Readonly<Record<string, Readonly<Record<RuCase, string>>>> = {
  путь: { nom: 'путь', gen: 'пути', dat: 'пути', acc: 'путь', ins: 'путём', prep: 'пути' },
  время: { nom: 'время', gen: 'времени', dat: 'времени', acc: 'время', ins: 'временем', prep: 'времени' },
  знамя: { nom: 'знамя', gen: 'знамени', dat: 'знамени', acc: 'знамя', ins: 'знаменем', prep: 'знамени' },
  имя: { nom: 'имя', gen: 'имени', dat: 'имени', acc: 'имя', ins: 'именем', prep: 'имени' },
  день: { nom: 'день', gen: 'дня', dat: 'дню', acc: 'день', ins: 'днём', prep: 'дне' },
  рынок: { nom: 'рынок', gen: 'рынка', dat: 'рынку', acc: 'рынок', ins: 'рынком', prep: 'рынке' },
  посол: { nom: 'посол', gen: 'посла', dat: 'послу', acc: 'посла', ins: 'послом', prep: 'после' },
  конец: { nom: 'конец', gen: 'конца', dat: 'концу', acc: 'конец', ins: 'концом', prep: 'конце' },
  отец: { nom: 'отец', gen: 'отца', dat: 'отцу', acc: 'отца', ins: 'отцом', prep: 'отце' },
  любовь: { nom: 'любовь', gen: 'любви', dat: 'любви', acc: 'любовь', ins: 'любовью', prep: 'любви' },
  мать: { nom: 'мать', gen: 'матери', dat: 'матери', acc: 'мать', ins: 'матерью', prep: 'матери' },
  церковь: { nom: 'церковь', gen: 'церкви', dat: 'церкви', acc: 'церковь', ins: 'церковью', prep: 'церкви' },
  один: { nom: 'один', gen: 'одного', dat: 'одному', acc: 'один', ins: 'одним', prep: 'одном' },
  одна: { nom: 'одна', gen: 'одной', dat: 'одной', acc: 'одну', ins: 'одной', prep: 'одной' },
  одно: { nom: 'одно', gen: 'одного', dat: 'одному', acc: 'одно', ins: 'одним', prep: 'одном' },
  плюс: { nom: 'плюс', gen: 'плюс', dat: 'плюс', acc: 'плюс', ins: 'плюс', prep: 'плюс' },
};

/** Masculine nouns in -ь (the rule takes -ь as feminine: безопасность, стабильность, связь). */
export const RU_MASCULINE_SOFT = new Set(['секретарь', 'председатель', 'представитель', 'наблюдатель', 'руководитель', 'показатель', 'контроль', 'уровень', 'рубль', 'словарь', 'календарь', 'учитель', 'житель', 'писатель', 'деятель', 'кремль', 'февраль', 'апрель', 'июль', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'январь']);

/** Nouns naming people or animals: their accusative is their genitive (masculine singular, all plurals). */
export const RU_ANIMATE = new Set([
  'председатель', 'президент', 'лидер', 'партнер', 'союзник', 'член', 'эксперт', 'глава', 'секретарь', 'министр', 'посол',
  'представитель', 'наблюдатель', 'милитарист', 'труженик', 'тигр', 'леопард', 'панда', 'обезьяна', 'ринопитек', 'народ',
  'государства-наблюдатели', 'наблюдатели', 'партнеры', 'союзники', 'лидеры', 'члены', 'эксперты', 'главы', 'милитаристы', 'труженики',
]);

/** Nouns ending in -а/-я that are plural (the rule would take them as feminine singular). */
export const RU_PLURAL_IN_A = new Set(['отношения', 'вооружения', 'войска', 'средства', 'усилия', 'права', 'дела', 'города', 'государства', 'действия', 'решения', 'соглашения', 'положения', 'мероприятия', 'учения', 'испытания', 'предприятия', 'условия', 'последствия', 'преступления']);

/**
 * Genitive plurals the rule cannot tell: nominative plural in -ы/-и is masculine (интересы →
 * интересов) or feminine (ракеты → ракет), and feminines in -ки drop a vowel (цепочки → цепочек).
 * The rule gives the masculine -ов; feminines are listed here.
 */
export const RU_GENITIVE_PLURAL: Readonly<Record<string, string>> = {
  ракеты: 'ракет',
  меры: 'мер',
  державы: 'держав',
  цепочки: 'цепочек',
  санкции: 'санкций',
  нации: 'наций',
  миссии: 'миссий',
  системы: 'систем',
  зоны: 'зон',
  страны: 'стран',
  войны: 'войн',
  главы: 'глав',
  цели: 'целей',
  ценности: 'ценностей',
  силы: 'сил',
  панды: 'панд',
  организации: 'организаций',
  инициативы: 'инициатив',
  годы: 'лет',
  люди: 'людей',
  дети: 'детей',
  пути: 'путей',
  переговоры: 'переговоров',
  вооружения: 'вооружений',
  отношения: 'отношений',
  государства: 'государств',
  средства: 'средств',
  усилия: 'усилий',
  права: 'прав',
  дела: 'дел',
  войска: 'войск',
  действия: 'действий',
  решения: 'решений',
  соглашения: 'соглашений',
  условия: 'условий',
  испытания: 'испытаний',
  последствия: 'последствий',
  преступления: 'преступлений',
  мероприятия: 'мероприятий',
};
