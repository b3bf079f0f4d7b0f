/**
 * What `Intl.DisplayNames` does not give for the countries diplomatic text names most: English
 * adjectives and demonyms, Russian adjective stems, other names in use (Britain, Holland, «РФ», 俄国,
 * 沙特), capitals (a capital stands for its country: 北京 "Beijing", «Вашингтон»), and the one-character
 * abbreviations of Chinese compounds (中方, 中美, 俄军). Keyed by the country's English name as
 * `Intl.DisplayNames` gives it (type region, long style), so a row joins CLDR's names for the
 * country. names-country.ts reads it.
 */
export interface CountryExtras {
  /** English names CLDR does not give (all words capitalised as written). */
  en?: string;
  /** English adjectives and demonyms, '|'-separated; a plural in -s is read too. */
  enAdj?: string;
  /** Russian names in the nominative (or a genitive where the stem changes: Египта), '|'-separated. */
  ru?: string;
  /** Russian adjectives and demonyms in the nominative, '|'-separated; read with their case endings. */
  ruAdj?: string;
  /** Chinese names CLDR does not give, '|'-separated. */
  zh?: string;
  /** The capital: Chinese, English, Russian ('|' between the three; ',' between variants). */
  capital?: string;
  /** The character that stands for the country in Chinese compounds (中方, 美军, 中俄). */
  abbr?: string;
}

export const COUNTRY_EXTRAS: Readonly<Record<string, CountryExtras>> = {
  China: { en: 'PRC|Mainland China', enAdj: 'Chinese', ru: 'КНР|Поднебесная', ruAdj: 'китайский|китаец|китайцы', zh: '中华人民共和国|中华', capital: '北京|Beijing,Peking|Пекин', abbr: '中' },
  'United States': { en: 'United States of America|America|USA|US|U.S.|U.S.A.|the States', enAdj: 'American', ru: 'США|Штаты|Америка', ruAdj: 'американский|американец|американцы', zh: '美利坚', capital: '华盛顿|Washington|Вашингтон', abbr: '美' },
  Russia: { en: 'Russian Federation', enAdj: 'Russian', ru: 'Российская Федерация|РФ', ruAdj: 'российский|русский|россиянин|россияне', zh: '俄国|俄联邦', capital: '莫斯科|Moscow|Москва', abbr: '俄' },
  Japan: { enAdj: 'Japanese', ruAdj: 'японский|японец|японцы', capital: '东京|Tokyo|Токио', abbr: '日' },
  'South Korea': { en: 'Republic of Korea|ROK', ru: 'Южная Корея', zh: '南韩|大韩民国', capital: '首尔|Seoul|Сеул', abbr: '韩' },
  'North Korea': { en: 'DPRK', ru: 'Северная Корея', zh: '北韩', capital: '平壤|Pyongyang|Пхеньян', abbr: '朝' },
  'United Kingdom': { en: 'Britain|Great Britain|UK|U.K.|England|Scotland|Wales|Northern Ireland', enAdj: 'British|Briton|Brit|English|Englishman|Englishmen|Scottish|Scot|Welsh', ru: 'Соединенное Королевство|Англия|Шотландия|Уэльс', ruAdj: 'британский|британец|английский|англичанин|англичане|шотландский', zh: '英格兰|苏格兰|威尔士|北爱尔兰|大不列颠|英吉利', capital: '伦敦|London|Лондон', abbr: '英' },
  France: { enAdj: 'French|Frenchman|Frenchmen', ruAdj: 'французский|француз', capital: '巴黎|Paris|Париж', abbr: '法' },
  Germany: { enAdj: 'German', ru: 'ФРГ', ruAdj: 'германский|немецкий|немец|немцы', capital: '柏林|Berlin|Берлин', abbr: '德' },
  Italy: { enAdj: 'Italian', ruAdj: 'итальянский|итальянец|итальянцы', capital: '罗马|Rome|Рим', abbr: '意' },
  Spain: { enAdj: 'Spanish|Spaniard', ruAdj: 'испанский|испанец|испанцы', capital: '马德里|Madrid|Мадрид', abbr: '西' },
  Portugal: { enAdj: 'Portuguese', ruAdj: 'португальский', capital: '里斯本|Lisbon|Лиссабон', abbr: '葡' },
  Netherlands: { en: 'Holland', enAdj: 'Dutch|Dutchman', ru: 'Голландия', ruAdj: 'нидерландский|голландский|голландец|голландцы', capital: '阿姆斯特丹|Amsterdam|Амстердам', abbr: '荷' },
  Belgium: { enAdj: 'Belgian', ruAdj: 'бельгийский', abbr: '比' },
  Switzerland: { enAdj: 'Swiss', ruAdj: 'швейцарский', capital: '伯尔尼|Bern|Берн' },
  Austria: { enAdj: 'Austrian', ruAdj: 'австрийский', capital: '维也纳|Vienna|Вена', abbr: '奥' },
  Sweden: { enAdj: 'Swedish|Swede', ruAdj: 'шведский|швед|шведы', capital: '斯德哥尔摩|Stockholm|Стокгольм' },
  Norway: { enAdj: 'Norwegian', ruAdj: 'норвежский', capital: '奥斯陆|Oslo|Осло' },
  Denmark: { enAdj: 'Danish|Dane', ruAdj: 'датский', capital: '哥本哈根|Copenhagen|Копенгаген' },
  Finland: { enAdj: 'Finnish|Finn', ruAdj: 'финский|финляндский', capital: '赫尔辛基|Helsinki|Хельсинки' },
  Poland: { enAdj: 'Polish|Pole', ruAdj: 'польский|поляк|поляки', capital: '华沙|Warsaw|Варшава', abbr: '波' },
  Ukraine: { enAdj: 'Ukrainian', ruAdj: 'украинский|украинец|украинцы', capital: '基辅|Kyiv,Kiev|Киев', abbr: '乌' },
  Belarus: { enAdj: 'Belarusian|Belarusan', ru: 'Белоруссия|Белорусь', ruAdj: 'белорусский|белорус', capital: '明斯克|Minsk|Минск', abbr: '白' },
  Kazakhstan: { enAdj: 'Kazakh|Kazakhstani', ruAdj: 'казахстанский|казахский', capital: '阿斯塔纳|Astana|Астана', abbr: '哈' },
  Uzbekistan: { enAdj: 'Uzbek', ruAdj: 'узбекский', capital: '塔什干|Tashkent|Ташкент' },
  Kyrgyzstan: { enAdj: 'Kyrgyz', ru: 'Кыргызстан', ruAdj: 'киргизский|кыргызский', capital: '比什凯克|Bishkek|Бишкек' },
  Tajikistan: { enAdj: 'Tajik', ruAdj: 'таджикский', capital: '杜尚别|Dushanbe|Душанбе' },
  Türkiye: { en: 'Turkey', enAdj: 'Turkish|Turk', ruAdj: 'турецкий', capital: '安卡拉|Ankara|Анкара', abbr: '土' },
  Iran: { enAdj: 'Iranian', ruAdj: 'иранский', capital: '德黑兰|Tehran|Тегеран' },
  Iraq: { enAdj: 'Iraqi', ruAdj: 'иракский', capital: '巴格达|Baghdad|Багдад' },
  Syria: { enAdj: 'Syrian', ruAdj: 'сирийский', capital: '大马士革|Damascus|Дамаск', abbr: '叙' },
  Israel: { enAdj: 'Israeli', ruAdj: 'израильский', abbr: '以' },
  'Palestinian Territories': { enAdj: 'Palestinian', ruAdj: 'палестинский' },
  'Saudi Arabia': { enAdj: 'Saudi', ruAdj: 'саудовский', zh: '沙特', capital: '利雅得|Riyadh|Эр-Рияд', abbr: '沙' },
  'United Arab Emirates': { en: 'UAE|Emirates', ru: 'Объединенные Арабские Эмираты|Эмираты', zh: '阿联酋' },
  Egypt: { enAdj: 'Egyptian', ru: 'Египта', ruAdj: 'египетский', capital: '开罗|Cairo|Каир', abbr: '埃' },
  India: { enAdj: 'Indian', ruAdj: 'индийский|индиец|индийцы', capital: '新德里|New Delhi|Нью-Дели', abbr: '印' },
  Pakistan: { enAdj: 'Pakistani', ruAdj: 'пакистанский', capital: '伊斯兰堡|Islamabad|Исламабад', abbr: '巴' },
  Afghanistan: { enAdj: 'Afghan', ruAdj: 'афганский', capital: '喀布尔|Kabul|Кабул', abbr: '阿' },
  Bangladesh: { enAdj: 'Bangladeshi', ruAdj: 'бангладешский', capital: '达卡|Dhaka|Дакка', abbr: '孟' },
  Indonesia: { enAdj: 'Indonesian', ruAdj: 'индонезийский', zh: '印尼', capital: '雅加达|Jakarta|Джакарта' },
  Malaysia: { enAdj: 'Malaysian', ruAdj: 'малайзийский', capital: '吉隆坡|Kuala Lumpur|Куала-Лумпур', abbr: '马' },
  Singapore: { enAdj: 'Singaporean', ruAdj: 'сингапурский', abbr: '新' },
  Thailand: { enAdj: 'Thai', ruAdj: 'таиландский|тайский', capital: '曼谷|Bangkok|Бангкок', abbr: '泰' },
  Vietnam: { en: 'Viet Nam', enAdj: 'Vietnamese', ruAdj: 'вьетнамский', capital: '河内|Hanoi|Ханой', abbr: '越' },
  Philippines: { enAdj: 'Philippine|Filipino', ruAdj: 'филиппинский', capital: '马尼拉|Manila|Манила', abbr: '菲' },
  'Myanmar (Burma)': { en: 'Burma', enAdj: 'Myanmarese|Burmese', ruAdj: 'мьянманский', capital: '内比都|Naypyidaw|Нейпьидо', abbr: '缅' },
  Cambodia: { enAdj: 'Cambodian', ruAdj: 'камбоджийский', capital: '金边|Phnom Penh|Пномпень', abbr: '柬' },
  Laos: { enAdj: 'Lao|Laotian', ruAdj: 'лаосский', capital: '万象|Vientiane|Вьентьян', abbr: '老' },
  Mongolia: { enAdj: 'Mongolian', ruAdj: 'монгольский', capital: '乌兰巴托|Ulaanbaatar,Ulan Bator|Улан-Батор', abbr: '蒙' },
  Australia: { enAdj: 'Australian', ruAdj: 'австралийский', capital: '堪培拉|Canberra|Канберра', abbr: '澳' },
  'New Zealand': { enAdj: 'New Zealander', ruAdj: 'новозеландский', capital: '惠灵顿|Wellington|Веллингтон' },
  Canada: { enAdj: 'Canadian', ruAdj: 'канадский', capital: '渥太华|Ottawa|Оттава', abbr: '加' },
  Mexico: { enAdj: 'Mexican', ruAdj: 'мексиканский', capital: '墨西哥城|Mexico City|Мехико', abbr: '墨' },
  Brazil: { enAdj: 'Brazilian', ruAdj: 'бразильский', capital: '巴西利亚|Brasília,Brasilia|Бразилиа', abbr: '巴' },
  Argentina: { enAdj: 'Argentine|Argentinian', ruAdj: 'аргентинский', capital: '布宜诺斯艾利斯|Buenos Aires|Буэнос-Айрес', abbr: '阿' },
  Chile: { enAdj: 'Chilean', ruAdj: 'чилийский', capital: '圣地亚哥|Santiago|Сантьяго', abbr: '智' },
  Cuba: { enAdj: 'Cuban', ruAdj: 'кубинский', capital: '哈瓦那|Havana|Гавана', abbr: '古' },
  Venezuela: { enAdj: 'Venezuelan', ruAdj: 'венесуэльский', capital: '加拉加斯|Caracas|Каракас', abbr: '委' },
  'South Africa': { enAdj: 'South African', ru: 'ЮАР', ruAdj: 'южноафриканский', capital: '比勒陀利亚|Pretoria|Претория' },
  Nigeria: { enAdj: 'Nigerian', ruAdj: 'нигерийский', capital: '阿布贾|Abuja|Абуджа' },
  Ethiopia: { enAdj: 'Ethiopian', ruAdj: 'эфиопский', capital: '亚的斯亚贝巴|Addis Ababa|Аддис-Абеба' },
  Kenya: { enAdj: 'Kenyan', ruAdj: 'кенийский', capital: '内罗毕|Nairobi|Найроби' },
  Greece: { enAdj: 'Greek', ruAdj: 'греческий|грек|греки', capital: '雅典|Athens|Афины', abbr: '希' },
  Hungary: { enAdj: 'Hungarian', ruAdj: 'венгерский', capital: '布达佩斯|Budapest|Будапешт', abbr: '匈' },
  Czechia: { en: 'Czech Republic', enAdj: 'Czech', ruAdj: 'чешский', capital: '布拉格|Prague|Прага', abbr: '捷' },
  Serbia: { enAdj: 'Serbian|Serb', ruAdj: 'сербский', capital: '贝尔格莱德|Belgrade|Белград', abbr: '塞' },
  Georgia: { enAdj: 'Georgian', ruAdj: 'грузинский', capital: '第比利斯|Tbilisi|Тбилиси', abbr: '格' },
  Armenia: { enAdj: 'Armenian', ruAdj: 'армянский', capital: '埃里温|Yerevan|Ереван' },
  Azerbaijan: { enAdj: 'Azerbaijani|Azeri', ruAdj: 'азербайджанский', capital: '巴库|Baku|Баку' },
  Ireland: { enAdj: 'Irish', ruAdj: 'ирландский', capital: '都柏林|Dublin|Дублин', abbr: '爱' },
  'Côte d’Ivoire': { en: 'Ivory Coast|Cote d’Ivoire|Côte d\'Ivoire|Cote d\'Ivoire' },
  'Bosnia & Herzegovina': { en: 'Bosnia and Herzegovina', zh: '波黑' },
  'Congo - Kinshasa': { en: 'Democratic Republic of the Congo|DRC|DR Congo', ru: 'ДРК' },
  'Hong Kong SAR China': { ru: 'Сянган' },
  'Macao SAR China': { en: 'Macau' },
  Eswatini: { en: 'Swaziland', zh: '斯威士兰' },
  'North Macedonia': { en: 'Macedonia', ru: 'Македония' },
  'Timor-Leste': { en: 'East Timor' },
};
