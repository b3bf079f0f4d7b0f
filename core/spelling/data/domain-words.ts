/**
 * Words of diplomatic and arms-control texts that the general Hunspell dictionaries (dictionary-en,
 * dictionary-en-gb, dictionary-ru) lack, accepted in every project in any inflected form (they are
 * matched by Snowball stem, so «озабоченность» also accepts «озабоченностей», which the Russian
 * dictionary does not inflect). Only words a translator of official Chinese texts writes daily
 * and a reviewer would never call a typo; names and terms belong in the glossary or the team
 * dictionary. Each was checked unknown to the dictionaries (tests/spelling-core.test.ts keeps
 * the built-in sample free of false alarms with this list).
 */
export const DOMAIN_WORDS: readonly string[] = [
  // English (both variants)
  'multipolar',
  'multipolarity',
  'multilateralism',
  'denuclearization',
  'denuclearisation',
  'hegemonism',
  'counterstrike',
  'interbank',
  'cybersecurity',
  'warfighting',
  'weaponization',
  'weaponisation',
  // the prefix of neo-Nazism, neo-colonialism, judged part by part
  'neo',
  // United Nations documents (resolutions, reports of the Secretary-General)
  'subparagraph',
  'subprogramme',
  'subprogram',
  'peacebuilding',
  'extrabudgetary',
  'multistakeholder',
  'interlinkage',
  'interregional',
  'operationalize',
  'operationalise',
  'operationalization',
  'operationalisation',
  'disaggregated',
  'preambular',
  'deradicalization',
  'deradicalisation',
  'benchmarking',
  'upscaling',
  // development and technology policy (reports on the work of the government, five-year plans)
  'decarbonization',
  'decarbonisation',
  'digitalization',
  'digitalisation',
  'interconnectivity',
  'megacity',
  'megacities',
  'Sinicization',
  // the prefix of de-risking, de-escalation, judged part by part
  'de',
  // economic reports and statistical communiqués (per capita income, the renminbi)
  'capita',
  'renminbi',
  'macroprudential',
  'fintech',
  // Russian
  'многополярный',
  'многополярность',
  'денуклеаризация',
  'многоэшелонный',
  'многосферный',
  'некинетический',
  'озабоченность',
  'первопричина',
  'институционализировать',
  'деполитизированный',
  'ксенофобия',
  'киберпространство',
  'кибербезопасность',
  'деглобализация',
  'неядерный',
  // United Nations documents
  'миростроительство',
  'гендерный',
  'дезагрегированный',
  'межучрежденческий',
  'преамбульный',
  'взаимосвязанность',
  'операционализация',
  'Генассамблея',
  'Генассамблеи',
  'Совбез',
  // the Muslim month as the United Nations' Russian texts spell it (the dictionary has only Рамазан)
  'Рамадан',
  // Chinese state bodies and press as the Russian press names them: the National People's Congress
  // (Всекитайское собрание народных представителей), the State Council, the People's Daily
  // («Жэньминь жибао»: its second word is lower case, so no name rule covers it)
  'всекитайский',
  'общекитайский',
  'Госсовет',
  'жибао',
  'Совфед',
  // reports on the work of the government: policy words the dictionary predates
  'цифровизация',
  'низкоуглеродный',
  'антикоррупционный',
  'энергопереход',
  'экологизация',
  'импортозамещение',
  'госзакупка',
  'госзакупок', // its genitive plural: the fleeting vowel is another stem
  'госуправление',
  'нацбезопасность',
  'соцобеспечение',
  'погранпереход',
  'беспилотник',
  // economic reports
  'жэньминьби',
  'макропруденциальный',
  'финтех',
];
