/**
 * Chinese names written in a translation by the standard romanisations: Hanyu Pinyin in English
 * (Qingyang, Zhan'ao, Xi-feng, Lü) and the Palladius system in Russian (Цзиньпин, Чжоу, Сяопин).
 * Every translation from Chinese is full of them, no spelling dictionary lists them, and a word
 * that splits wholly into syllables of the system is a name, not a typo: an English or Russian
 * misspelling almost never does. Capitalised words only (a lower-case "feng" stays a word to check).
 */

/** The syllables of Hanyu Pinyin without tones (ü also written v). */
const PINYIN = `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao
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

/** A pinyin syllable in Palladius (Сы, Цзинь, Чжоу), or undefined. */
function palladius(syllable: string): string | undefined {
  if (syllable in ZERO_INITIAL) return ZERO_INITIAL[syllable];
  const initial = INITIALS.find(([latin]) => syllable.startsWith(latin));
  if (!initial) return undefined;
  const [latin, cyrillic] = initial;
  let final = syllable.slice(latin.length);
  // After j, q, x the u is ü (ju = цзюй, xue = сюэ, quan = цюань).
  if ('jqx'.includes(latin) && final.startsWith('u')) final = `ü${final.slice(1)}`;
  if (final === 'üan') return `${cyrillic}юань`;
  if (final === 'ün') return `${cyrillic}юнь`;
  // zi, ci, si: -ы; zhi, chi, shi, ri: -и.
  if (final === 'i' && (latin === 'z' || latin === 'c' || latin === 's')) return `${cyrillic}ы`;
  const tail = FINALS[final];
  return tail === undefined ? undefined : cyrillic + tail;
}

const LATIN_SYLLABLES = new Set(PINYIN);
let cyrillicSyllables: ReadonlySet<string> | undefined;
/** Built on first use, not when the module loads: every CLI run loads it, few spell-check Russian (~2 ms). */
function cyrillicSyllableSet(): ReadonlySet<string> {
  // hui is хуэй in Palladius (gui, kui, dui keep -уй).
  return (cyrillicSyllables ??= new Set([...PINYIN.map(palladius).filter((s): s is string => s !== undefined), 'хуэй']));
}
const LONGEST = 6;

/** Whether `word` (lower case) splits wholly into syllables of `set`: a walk over the prefixes that work. */
function splitsInto(word: string, set: ReadonlySet<string>): boolean {
  const reach = new Uint8Array(word.length + 1);
  reach[0] = 1;
  for (let i = 0; i < word.length; i++) {
    if (!reach[i]) continue;
    for (let n = 1; n <= LONGEST && i + n <= word.length; n++) if (set.has(word.slice(i, i + n))) reach[i + n] = 1;
  }
  return reach[word.length] === 1;
}

/** Case endings a Russian text puts on a Chinese name (Цзиньпина, Цзиньпину, Цзиньпином). */
const RU_ENDINGS = ['ом', 'ем', 'ой', 'ей', 'а', 'я', 'у', 'ю', 'е'];

/**
 * Whether a capitalised word is a Chinese name in the romanisation of its script. Hyphens,
 * apostrophes and ъ separate syllables (Xi-feng, Zhan'ao, Цинъян); an English possessive ('s) is
 * left aside.
 */
export function isRomanizedChineseName(word: string): boolean {
  const first = word[0] ?? '';
  if (first === first.toLowerCase()) return false;
  // An English possessive or plural of the name is left aside (Qiyao's, the Zhous).
  const bare = word.replace(/['’]s$/u, '').toLowerCase();
  // Palladius separates syllables with ъ where they would run together (Цинъян).
  const parts = bare.split(/['’ъ-]/u).filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  if (/^[a-zü]+$/u.test(parts.join(''))) {
    return parts.every((p, i) => splitsInto(p, LATIN_SYLLABLES) || (i === parts.length - 1 && p.endsWith('s') && splitsInto(p.slice(0, -1), LATIN_SYLLABLES)));
  }
  if (!/^[а-яё]+$/u.test(parts.join(''))) return false;
  return parts.every((p, i) => {
    const plain = p.replace(/ё/gu, 'е');
    if (splitsInto(plain, cyrillicSyllableSet())) return true;
    // Only the name's last part declines.
    return i === parts.length - 1 && RU_ENDINGS.some((e) => plain.endsWith(e) && plain.length > e.length && splitsInto(plain.slice(0, -e.length), cyrillicSyllableSet()));
  });
}
