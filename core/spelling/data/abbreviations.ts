import type { TargetLang } from '../../model/types';

/**
 * Standard abbreviations that exist only with their full stop («сент.», «пп.», "para.", "Amb."):
 * accepted when the text has the stop right after them, so «сент» or "Amb" alone is still an
 * unknown word. Written in their usual case; the capitalised form is accepted at a sentence's start.
 * The one-letter and dotted ones («г.», «т. е.», "p.", "e.g.") are listed for the sentence checks
 * (punctuation.capital: a line cut after one goes on in lower case); the speller skips a word of one
 * letter and reads "e.g" as two, so it never looks them up.
 *
 * Russian: ГОСТ Р 7.0.12-2011 (abbreviations of Russian words in bibliographic description) and the
 * forms of Russian United Nations documents (ст., п./пп., подп., рез., гг.). English: the United
 * Nations Editorial Manual (references: para., chap., vol., No., Corr., Rev., Add., Suppl.; titles:
 * Mr., Amb., Dr.) and the month abbreviations of English style guides.
 */
export const STOP_ABBREVIATIONS: Readonly<Record<TargetLang, ReadonlySet<string>>> = {
  ru: new Set([
    // months (май is never abbreviated); «сен.» is not ГОСТ but common in the press
    'янв', 'февр', 'мар', 'апр', 'июн', 'июл', 'авг', 'сент', 'сен', 'окт', 'нояб', 'дек',
    // dates and time
    'гг', 'вв', 'мин', 'сек',
    // references to documents: article, paragraph(s), subparagraph(s), chapter, section, annex, resolution, volume
    'ст', 'пп', 'подп', 'подпп', 'абз', 'гл', 'разд', 'прил', 'рез', 'док', 'тт', 'вып', 'изд', 'доп', 'испр',
    'перераб', 'стр', 'рис', 'табл', 'прим', 'сб', 'кн', 'ред', 'пер', 'сост',
    // figures and money
    // («5 проц.»: the news agencies' per cent, Синьхуа's and ТАСС's house style)
    'тыс', 'млн', 'млрд', 'трлн', 'долл', 'руб', 'коп', 'чел', 'экз', 'ок', 'прибл', 'св', 'проц',
    // text references: see, compare, for example, and others, literally, following
    'см', 'ср', 'напр', 'др', 'пр', 'букв', 'след',
    // one letter and dotted: year, that is, and so on, and the like
    'г', 'т.е', 'т.д', 'т.п',
    // languages
    'англ', 'рус', 'франц', 'нем', 'исп', 'кит', 'араб', 'лат', 'греч',
    // titles, offices and names
    'им', 'проф', 'акад', 'доц', 'канд', 'зам', 'пред', 'ген', 'секр',
    // places and directions
    'обл', 'ул', 'кв', 'сев', 'юж', 'вост', 'зап',
    // adjectives of official names: international, national, state
    'межд', 'нац', 'гос',
  ]),
  en: new Set([
    // months
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    // references to documents
    'para', 'paras', 'subpara', 'subparas', 'art', 'arts', 'chap', 'chaps', 'sect', 'sects', 'vol', 'vols',
    'No', 'Nos', 'pp', 'fig', 'figs', 'Corr', 'Rev', 'Add', 'Suppl', 'Amend', 'Ser', 'ed', 'eds', 'mimeo',
    // Latin and other text abbreviations
    'etc', 'cf', 'ibid', 'viz', 'vs', 'approx', 'ca', 'incl', 'excl', 'est', 'op', 'cit', 'loc', 'al',
    // one letter and dotted: page, for example, that is
    'p', 'e.g', 'i.e',
    // degrees: "Ph.D." (its "D" is one letter, skipped anyway)
    'Ph',
    // titles and ranks
    'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Prof', 'Amb', 'Ambs', 'Hon', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Adm',
    'Gov', 'Sen', 'Rep', 'Jr', 'Sr', 'St',
    // organisations and offices
    'Dept', 'Depts', 'Govt', 'Co', 'Corp', 'Inc', 'Ltd', 'Bros', 'Assn', 'Univ', 'Intl', 'Natl',
    // places: US states as the press abbreviates them (AP style; not those that are words: Wash., Mass.,
    // Miss., Ill., Ore.), and street words
    'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Fla', 'Kan', 'Mich', 'Minn', 'Mont', 'Neb', 'Nev',
    'Okla', 'Penn', 'Tenn', 'Tex', 'Wis', 'Wyo', 'Ave', 'Blvd', 'Mt', 'Ft',
  ]),
};

/**
 * Abbreviations written with a hyphen instead of a stop, words on their own: the titles of Russian
 * United Nations texts, господин / госпожа in every case (г-н Председатель, г-жи Бачелет), and доктор.
 */
export const HYPHENATED_ABBREVIATIONS: Readonly<Record<TargetLang, ReadonlySet<string>>> = {
  ru: new Set([
    'г-н', 'г-на', 'г-ну', 'г-ном', 'г-не',
    'г-жа', 'г-жи', 'г-же', 'г-жу', 'г-жой',
    'д-р', 'д-ра', 'д-ру', 'д-ром', 'д-ре',
  ]),
  en: new Set(),
};
