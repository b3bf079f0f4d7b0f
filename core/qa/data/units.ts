/**
 * Units a translator may convert a figure into (二十公里 → "12 miles", «12 миль»): a closed list,
 * each with its dimension and its size in that dimension's base unit (metre, kilogram, square metre,
 * litre; a speed in metres per hour, so km/h and km have one size). Temperatures are scales,
 * converted by formula. Chinese traditional units (里, 尺, 斤, 亩)
 * are read on the source side only; a translation that keeps them ("5 jin") keeps the figure too.
 */

export type Dimension = 'length' | 'speed' | 'mass' | 'area' | 'volume' | 'temperature';

export interface Unit {
  /** Short name, for tests and messages. */
  readonly name: string;
  readonly dimension: Dimension;
  /** Size in the dimension's base unit; for a temperature, 1 for Celsius and 0 for Fahrenheit. */
  readonly size: number;
  /** The name after a figure other than one, for messages ("12.4 miles", "33.3 hectares"). */
  readonly plural: string;
}

const u = (name: string, dimension: Dimension, size: number, plural = name): Unit => ({ name, dimension, size, plural });

export const UNITS = {
  km: u('km', 'length', 1000),
  m: u('m', 'length', 1),
  cm: u('cm', 'length', 0.01),
  mm: u('mm', 'length', 0.001),
  li: u('li', 'length', 500),
  chi: u('chi', 'length', 1 / 3),
  mile: u('mile', 'length', 1609.344, 'miles'),
  nauticalMile: u('nautical mile', 'length', 1852, 'nautical miles'),
  foot: u('foot', 'length', 0.3048, 'feet'),
  inch: u('inch', 'length', 0.0254, 'inches'),
  kmh: u('km/h', 'speed', 1000),
  mph: u('mph', 'speed', 1609.344),
  knot: u('knot', 'speed', 1852, 'knots'),
  metresPerSecond: u('m/s', 'speed', 3600),
  kg: u('kg', 'mass', 1),
  g: u('g', 'mass', 0.001),
  jin: u('jin', 'mass', 0.5),
  tonne: u('tonne', 'mass', 1000, 'tonnes'),
  pound: u('pound', 'mass', 0.45359237, 'pounds'),
  mu: u('mu', 'area', 10000 / 15),
  hectare: u('hectare', 'area', 10000, 'hectares'),
  acre: u('acre', 'area', 4046.8564224, 'acres'),
  km2: u('km²', 'area', 1e6),
  m2: u('m²', 'area', 1),
  squareMile: u('square mile', 'area', 2589988.110336, 'square miles'),
  squareFoot: u('square foot', 'area', 0.09290304, 'square feet'),
  litre: u('litre', 'volume', 1, 'litres'),
  gallon: u('gallon', 'volume', 3.785411784, 'gallons'),
  celsius: u('°C', 'temperature', 1),
  fahrenheit: u('°F', 'temperature', 0),
  /** "degrees", «градусов» with no scale named: in a translation, the scale the source did not use. */
  degree: u('degree', 'temperature', -1, 'degrees'),
} as const;

/**
 * Chinese units after a figure, longest first so 平方公里 is not read as 公里, 公斤 not as 斤, 英尺
 * not as 尺. 度 alone is a temperature only in a sentence about one (ZH_TEMPERATURE_CONTEXT).
 */
export const ZH_UNITS: ReadonlyArray<readonly [string, Unit]> = [
  ['平方公里', UNITS.km2], ['平方千米', UNITS.km2], ['平方英里', UNITS.squareMile], ['平方英尺', UNITS.squareFoot],
  ['平方公尺', UNITS.m2], ['平方米', UNITS.m2], ['摄氏度', UNITS.celsius], ['华氏度', UNITS.fahrenheit],
  ['公里', UNITS.km], ['千米', UNITS.km], ['英里', UNITS.mile], ['海里', UNITS.nauticalMile], ['英尺', UNITS.foot],
  ['英寸', UNITS.inch], ['公尺', UNITS.m], ['厘米', UNITS.cm], ['公分', UNITS.cm], ['毫米', UNITS.mm], ['米', UNITS.m],
  ['尺', UNITS.chi], ['里', UNITS.li], ['公斤', UNITS.kg], ['千克', UNITS.kg], ['公吨', UNITS.tonne], ['吨', UNITS.tonne],
  ['克', UNITS.g], ['斤', UNITS.jin], ['磅', UNITS.pound], ['英亩', UNITS.acre], ['公顷', UNITS.hectare], ['亩', UNITS.mu],
  ['公升', UNITS.litre], ['升', UNITS.litre], ['加仑', UNITS.gallon], ['℃', UNITS.celsius], ['°C', UNITS.celsius],
  ['℉', UNITS.fahrenheit], ['°F', UNITS.fahrenheit],
];

/** Before a figure: 摄氏40度, 华氏100度. */
export const ZH_SCALE_BEFORE: ReadonlyArray<readonly [string, Unit]> = [['摄氏', UNITS.celsius], ['华氏', UNITS.fahrenheit]];

/** Words that make a bare 度 a temperature (气温40度), not an angle or a degree of anything else. */
export const ZH_TEMPERATURE_CONTEXT = /气温|温度|高温|低温|体温|水温|零下|摄氏/u;

/**
 * Words that make 节 after a figure knots (航速30节), not a section, lesson or carriage (第3节, 10节课,
 * 8节车厢).
 */
export const ZH_SPEED_CONTEXT = /航速|时速|风速|速度|航行/u;
/** 节 followed by one of these is a measure word (节车厢, 节课), not knots. */
export const ZH_KNOT_NOT_BEFORE = /^[车课目日次]/u;

/**
 * A length made a speed by what stands before the figure (时速350公里, 每小时118公里, 风速每秒30米) or
 * after its unit (350公里/小时, 公里每小时, 米/秒).
 */
export const ZH_SPEED_BEFORE = /(?:时速|每小时|每秒)[^\d０-９〇零一二三四五六七八九十百千万两]{0,3}$/u;
export const ZH_SPEED_AFTER = /^(?:\/|每)(?:小时|时|秒)/u;
/** The speed a length unit becomes per hour (per second for the metre: 每秒30米 is 30 m/s). */
export const SPEED_OF_LENGTH: ReadonlyMap<Unit, Unit> = new Map<Unit, Unit>([
  [UNITS.km, UNITS.kmh],
  [UNITS.mile, UNITS.mph],
  [UNITS.nauticalMile, UNITS.knot],
  [UNITS.m, UNITS.metresPerSecond],
]);

/**
 * Units after a figure in a translation, as patterns anchored at the unit's first letter (case-
 * insensitive). Longest forms first.
 */
export const TARGET_UNITS: Readonly<Record<'en' | 'ru', ReadonlyArray<readonly [RegExp, Unit]>>> = {
  en: [
    [/^square\s+kilomet(?:re|er)s?\b|^(?:sq\.?\s*km|km2|km²)(?!\p{L})/iu, UNITS.km2],
    [/^square\s+met(?:re|er)s?\b|^(?:sq\.?\s*m|m2|m²)(?!\p{L})/iu, UNITS.m2],
    [/^square\s+miles?\b|^sq\.?\s*mi\b/iu, UNITS.squareMile],
    [/^square\s+f(?:ee|oo)t\b|^sq\.?\s*ft\b/iu, UNITS.squareFoot],
    // Speeds before their lengths: "km/h" is not "km".
    [/^(?:km\/h|km\s+per\s+hour|kph|kmph|km\/hr|kilomet(?:re|er)s?\s+(?:per|an)\s+hour)(?!\p{L})/iu, UNITS.kmh],
    [/^(?:mph|mi\/h|miles?\s+(?:per|an)\s+hour)(?!\p{L})/iu, UNITS.mph],
    [/^(?:knots?|kts?|kn)(?!\p{L})/iu, UNITS.knot],
    [/^(?:m\/s|met(?:re|er)s?\s+(?:per|a)\s+second)(?!\p{L})/iu, UNITS.metresPerSecond],
    [/^nautical\s+miles?\b/iu, UNITS.nauticalMile],
    [/^(?:miles?|mi)\b/iu, UNITS.mile],
    [/^(?:kilomet(?:re|er)s?|km)\b/iu, UNITS.km],
    [/^(?:centimet(?:re|er)s?|cm)\b/iu, UNITS.cm],
    [/^(?:millimet(?:re|er)s?|mm)\b/iu, UNITS.mm],
    [/^(?:met(?:re|er)s?|m)(?!\p{L})/iu, UNITS.m],
    [/^(?:feet|foot|ft)\b/iu, UNITS.foot],
    [/^inch(?:es)?\b/iu, UNITS.inch],
    [/^(?:kilo(?:gram(?:me)?)?s?|kg)\b/iu, UNITS.kg],
    [/^(?:grams?|grammes?|g)\b/iu, UNITS.g],
    [/^(?:metric\s+)?(?:tonnes?|tons?)\b/iu, UNITS.tonne],
    [/^(?:pounds?|lbs?)\b/iu, UNITS.pound],
    [/^(?:hectares?|ha)\b/iu, UNITS.hectare],
    [/^acres?\b/iu, UNITS.acre],
    [/^(?:lit(?:re|er)s?|l)\b/iu, UNITS.litre],
    [/^gallons?\b/iu, UNITS.gallon],
    [/^(?:°\s*C|℃|degrees?\s+(?:Celsius|centigrade))(?!\p{L})/iu, UNITS.celsius],
    [/^(?:°\s*F|℉|degrees?\s+Fahrenheit)(?!\p{L})/iu, UNITS.fahrenheit],
    [/^(?:degrees?|°)(?!\p{L})/iu, UNITS.degree],
  ],
  ru: [
    [/^(?:кв\.\s*км|км2|км²)(?!\p{L})|^квадратн\p{L}*\s+километр\p{L}*/iu, UNITS.km2],
    [/^(?:кв\.\s*м|м2|м²)(?!\p{L})|^квадратн\p{L}*\s+метр\p{L}*/iu, UNITS.m2],
    [/^квадратн\p{L}*\s+мил\p{L}*/iu, UNITS.squareMile],
    [/^квадратн\p{L}*\s+фут\p{L}*/iu, UNITS.squareFoot],
    [/^(?:км\/ч|км\s+в\s+час|километр\p{L}*\s+в\s+час)(?!\p{L})/iu, UNITS.kmh],
    [/^мил(?:я|и|ю|е|ей|ь|ям|ями|ях)(?:\s+в\s+час|\/ч)(?!\p{L})/iu, UNITS.mph],
    [/^(?:узл(?:а|ов|ы|ам|ами|ах|е|ом)|узел)(?!\p{L})/iu, UNITS.knot],
    [/^(?:м\/с|метр\p{L}*\s+в\s+секунду)(?!\p{L})/iu, UNITS.metresPerSecond],
    [/^морск\p{L}*\s+мил(?:я|и|ю|е|ей|ь|ям|ями|ях)(?!\p{L})/iu, UNITS.nauticalMile],
    [/^мил(?:я|и|ю|е|ей|ь|ям|ями|ях)(?!\p{L})/iu, UNITS.mile],
    [/^(?:км|километр\p{L}*)(?!\p{L})/iu, UNITS.km],
    [/^(?:см|сантиметр\p{L}*)(?!\p{L})/iu, UNITS.cm],
    [/^(?:мм|миллиметр\p{L}*)(?!\p{L})/iu, UNITS.mm],
    [/^(?:м|метр(?:а|ов|ы|ам|ами|ах|е|ом)?)(?!\p{L})/iu, UNITS.m],
    [/^фут(?:а|ов|ы|ам|ами|ах|е|ом)?(?!\p{L})/iu, UNITS.foot],
    [/^дюйм\p{L}*/iu, UNITS.inch],
    [/^(?:кг|килограмм\p{L}*)(?!\p{L})/iu, UNITS.kg],
    [/^(?:г|грамм\p{L}*)(?!\p{L})/iu, UNITS.g],
    [/^(?:т|тонн\p{L}*)(?!\p{L})/iu, UNITS.tonne],
    [/^фунт(?:а|ов|ы|ам|ами|ах|е|ом)?(?!\p{L})/iu, UNITS.pound],
    [/^(?:га|гектар\p{L}*)(?!\p{L})/iu, UNITS.hectare],
    [/^акр\p{L}*/iu, UNITS.acre],
    [/^(?:л|литр\p{L}*)(?!\p{L})/iu, UNITS.litre],
    [/^галлон\p{L}*/iu, UNITS.gallon],
    [/^(?:°\s*C|℃|градус\p{L}*\s+(?:по\s+)?Цельси\p{L}*)(?!\p{L})/iu, UNITS.celsius],
    [/^(?:°\s*F|℉|градус\p{L}*\s+(?:по\s+)?Фаренгейт\p{L}*)(?!\p{L})/iu, UNITS.fahrenheit],
    [/^(?:градус\p{L}*|°)(?!\p{L})/iu, UNITS.degree],
  ],
};

/**
 * The Western unit a traditional Chinese unit is customarily named by in a translation ("Chinese
 * mile", "Chinese foot", "catty" or "pound", "Chinese acre"): 千里之外 "a thousand miles away", 两亩薄田
 * "two acres of poor land" name the unit, they convert nothing. The same figure in a metric unit
 * (20里 "20 km", 5斤 "5 kg", 500亩 "500 hectares") is no such name.
 */
export const CUSTOMARY_NAMES: ReadonlyMap<Unit, Unit> = new Map<Unit, Unit>([
  [UNITS.li, UNITS.mile],
  [UNITS.chi, UNITS.foot],
  [UNITS.jin, UNITS.pound],
  [UNITS.mu, UNITS.acre],
]);
