/**
 * Hanyu Pinyin and the Palladius system, the standard Russian spelling of Chinese names (Си Цзиньпин,
 * Шанхай, Чжоу Эньлай). Shared by the speller, which accepts a word that splits wholly into the
 * syllables of either system (core/spelling/chinese-names.ts), and by the aligner and the
 * completeness verdicts, which match a Chinese name to its Russian spelling (core/align).
 */
import { BoundedMemo } from './bounded-memo';

/** The syllables of Hanyu Pinyin without tones (ü also written v). */
export const PINYIN_SYLLABLES: readonly string[] = `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao
ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong
cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang
gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie
jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la
lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe lv lve ma mai
man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang
niao nie nin ning niu nong nou nu nuan nuo nü nüe nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin
ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru
rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua
shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting
tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan
xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan
zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun
zuo`.split(/\s+/u);

const INITIALS: ReadonlyArray<readonly [string, string]> = [
  ['zh', 'чж'], ['ch', 'ч'], ['sh', 'ш'], ['b', 'б'], ['p', 'п'], ['m', 'м'], ['f', 'ф'], ['d', 'д'], ['t', 'т'],
  ['n', 'н'], ['l', 'л'], ['g', 'г'], ['k', 'к'], ['h', 'х'], ['j', 'цз'], ['q', 'ц'], ['x', 'с'], ['r', 'ж'],
  ['z', 'цз'], ['c', 'ц'], ['s', 'с'],
];

/** Finals after an initial, in Palladius. */
const FINALS: Readonly<Record<string, string>> = {
  a: 'а', o: 'о', e: 'э', ai: 'ай', ei: 'эй', ao: 'ао', ou: 'оу', an: 'ань', en: 'энь', ang: 'ан', eng: 'эн',
  ong: 'ун', i: 'и', ia: 'я', ie: 'е', iao: 'яо', iu: 'ю', ian: 'янь', in: 'инь', iang: 'ян', ing: 'ин', iong: 'юн',
  u: 'у', ua: 'уа', uo: 'о', uai: 'уай', ui: 'уй', uan: 'уань', un: 'унь', uang: 'уан', ü: 'юй', üe: 'юэ',
  v: 'юй', ve: 'юэ',
};

/** Syllables with no initial (y-, w- spellings included). */
const ZERO_INITIAL: Readonly<Record<string, string>> = {
  a: 'а', ai: 'ай', an: 'ань', ang: 'ан', ao: 'ао', e: 'э', ei: 'эй', en: 'энь', eng: 'эн', er: 'эр', o: 'о',
  ou: 'оу', yi: 'и', ya: 'я', yan: 'янь', yang: 'ян', yao: 'яо', ye: 'е', yin: 'инь', ying: 'ин', yo: 'йо',
  yong: 'юн', you: 'ю', yu: 'юй', yuan: 'юань', yue: 'юэ', yun: 'юнь', wa: 'ва', wai: 'вай', wan: 'вань',
  wang: 'ван', wei: 'вэй', wen: 'вэнь', weng: 'вэн', wo: 'во', wu: 'у',
};

/**
 * A toneless pinyin syllable (lower case, ü also v) in Palladius: xi → си, jin → цзинь, zi → цзы,
 * zhi → чжи, hui → хуэй; undefined for anything that is not a syllable (an erhua "r").
 */
export function palladius(syllable: string): string | undefined {
  if (spelled.has(syllable)) return spelled.get(syllable);
  const out = spell(syllable);
  spelled.set(syllable, out);
  return out;
}

/** Syllables already spelled: the aligner spells the same few hundred over and over. */
const spelled = new Map<string, string | undefined>();

function spell(syllable: string): string | undefined {
  if (syllable in ZERO_INITIAL) return ZERO_INITIAL[syllable];
  // gui, kui, dui keep -уй; hui alone is хуэй (Хуэй, Чжоу Хуэй).
  if (syllable === 'hui') return 'хуэй';
  const initial = INITIALS.find(([latin]) => syllable.startsWith(latin));
  if (!initial) return undefined;
  const [latin, cyrillic] = initial;
  let final = syllable.slice(latin.length);
  // After j, q, x the u is ü (ju = цзюй, xue = сюэ, quan = цюань).
  if ('jqx'.includes(latin) && final.startsWith('u')) final = `ü${final.slice(1)}`;
  if (final === 'üan' || final === 'van') return `${cyrillic}юань`;
  if (final === 'ün' || final === 'vn') return `${cyrillic}юнь`;
  // zi, ci, si: -ы; zhi, chi, shi, ri: -и.
  if (final === 'i' && (latin === 'z' || latin === 'c' || latin === 's')) return `${cyrillic}ы`;
  const tail = FINALS[final];
  return tail === undefined ? undefined : cyrillic + tail;
}

const LONGEST = 6;

/** Whether `word` (lower case) splits wholly into syllables of `set`: a walk over the prefixes that work. */
export function splitsInto(word: string, set: ReadonlySet<string>): boolean {
  if (word.length === 0) return false;
  const reach = new Uint8Array(word.length + 1);
  reach[0] = 1;
  for (let i = 0; i < word.length; i++) {
    if (!reach[i]) continue;
    for (let n = 1; n <= LONGEST && i + n <= word.length; n++) if (set.has(word.slice(i, i + n))) reach[i + n] = 1;
  }
  return reach[word.length] === 1;
}

/** Every way `word` (lower case) splits wholly into syllables of `set`, at most `limit`: splitsInto's walk, keeping the splits. */
export function syllableSplits(word: string, set: ReadonlySet<string>, limit: number): string[][] {
  // ways[i]: the splits of word[0, i), built left to right (no recursion).
  const ways: string[][][] = Array.from({ length: word.length + 1 }, () => []);
  ways[0]!.push([]);
  for (let i = 0; i < word.length; i++) {
    const here = ways[i]!;
    if (here.length === 0) continue;
    for (let n = 1; n <= LONGEST && i + n <= word.length; n++) {
      const syllable = word.slice(i, i + n);
      if (!set.has(syllable)) continue;
      const there = ways[i + n]!;
      for (const w of here) if (there.length < limit) there.push([...w, syllable]);
    }
  }
  return ways[word.length]!;
}

let cyrillicSyllables: ReadonlySet<string> | undefined;
/** The Palladius syllables, built on first use (every CLI run loads this module, few read Russian). */
export function palladiusSyllables(): ReadonlySet<string> {
  // хуй as well as хуэй: the speller has always accepted both spellings of hui.
  return (cyrillicSyllables ??= new Set([...PINYIN_SYLLABLES.map(palladius).filter((s): s is string => s !== undefined), 'хуй']));
}

/** Case endings a Russian text puts on a Chinese name (Цзиньпина, Цзиньпину, Цзиньпином, Шанхае). */
export const RU_NAME_ENDINGS: readonly string[] = ['ом', 'ем', 'ой', 'ей', 'а', 'я', 'у', 'ю', 'е'];

/**
 * The forms a capitalised Russian word (lower case, ё as е) may be the Palladius spelling of, each
 * splitting wholly into Palladius syllables: the word itself without the ъ that separates syllables
 * (Цинъян → цинян), and the word with a case ending taken off, the й or ь the ending replaced put
 * back (Шанхая → шанхай, Уханя → ухань, Цзиньпином → цзиньпин). Empty for a word that is no such
 * spelling (Москва, Председатель), so the keys stay few.
 */
export function palladiusForms(word: string): readonly string[] {
  return formsOf.get(word);
}

/** Words already read (names recur through a document). */
const FORMS_LIMIT = 50_000;
const formsOf = new BoundedMemo<string, readonly string[]>(FORMS_LIMIT, findForms);
const NO_FORMS: readonly string[] = [];

function findForms(word: string): readonly string[] {
  const plain = word.replace(/ъ/gu, '');
  const set = palladiusSyllables();
  const out: string[] = [];
  const add = (form: string): void => {
    if (form.length >= 2 && !out.includes(form) && splitsInto(form, set)) out.push(form);
  };
  add(plain);
  for (const ending of RU_NAME_ENDINGS) {
    if (!plain.endsWith(ending) || plain.length - ending.length < 2) continue;
    const base = plain.slice(0, -ending.length);
    add(base);
    // The soft endings replace a final й or ь (Шанхай → Шанхая, Ухань → Уханя).
    if ('яюе'.includes(ending[0]!)) {
      add(`${base}й`);
      add(`${base}ь`);
    }
  }
  return out.length ? out : NO_FORMS;
}

/**
 * The Russian spellings of one pinyin reading as the zh→ru lexicon stores it: a single syllable
 * ("jin"), or a proper name's syllables joined by "-" within a part and its parts by "_"
 * ("xi_jin-ping", "shang-hai"). Gives each part and the whole, joined without spaces as a translator
 * may write them (Си, Цзиньпин, Сицзиньпин; Шанхай): the keys a capitalised word of the translation,
 * or two in a row, may show. Empty when a syllable is not pinyin.
 */
export function palladiusOfReading(reading: string): string[] {
  const parts: string[] = [];
  for (const part of reading.split('_')) {
    let cyrillic = '';
    for (const syllable of part.split('-')) {
      const p = palladius(syllable);
      if (p === undefined) return [];
      cyrillic += p;
    }
    parts.push(cyrillic);
  }
  const out = parts.filter((p, k) => parts.indexOf(p) === k);
  const whole = parts.join('');
  if (parts.length > 1 && !out.includes(whole)) out.push(whole);
  return out;
}
