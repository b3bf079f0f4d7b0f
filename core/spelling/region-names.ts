/**
 * The Chinese names of countries, territories and world regions (俄罗斯, 美国, 乌克兰, 亚洲), from CLDR
 * through `Intl.DisplayNames` — the source scripts/build-lexicon-ru.mjs reads at build time, and
 * available in Node, Chromium and Electron alike. Many are transliterations (俄罗斯, 意大利), but
 * their English and Russian names are in the spelling dictionaries, so they are no evidence that a
 * capitalised unknown word of the translation is a name no dictionary lists.
 */

/** Two-letter region codes AA…ZZ and the UN M.49 numeric ones (001 世界, 142 亚洲, 419 拉丁美洲). */
export function regionCodes(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes: string[] = [];
  for (const a of letters) for (const b of letters) codes.push(`${a}${b}`);
  for (let n = 1; n < 1000; n++) codes.push(String(n).padStart(3, '0'));
  return codes;
}

/**
 * The names of region codes in one locale and style (CN → 中国 / China / Китай), without the codes
 * this ICU rejects or has no name for: by default the two-letter codes, which QA's country check reads
 * in zh-Hans, en and ru; the spelling's Chinese region names read the M.49 regions too (142 亚洲).
 */
export function regionDisplayNames(locale: string, style: 'long' | 'short', codes: readonly string[] = twoLetterCodes()): Map<string, string> {
  const display = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
  const names = new Map<string, string>();
  for (const code of codes) {
    try {
      const name = display.of(code);
      if (name) names.set(code, name);
    } catch {
      // a code this ICU rejects
    }
  }
  return names;
}

function twoLetterCodes(): string[] {
  return regionCodes().filter((code) => code.length === 2);
}

const HAN_ONLY = /^[\u4e00-\u9fff]{2,}$/u;
/** The interpunct that joins the parts of a foreign person's name (多米尼克·卡明斯), in its common forms. */
const NAME_JOINER = /[·・‧•]/u;

/** Region names keyed by their first character, longest first, so 中非共和国 wins over 中非 (Central Africa). */
let byFirstChar: Map<string, string[]> | undefined;

function regionNameIndex(): Map<string, string[]> {
  if (byFirstChar) return byFirstChar;
  const names = new Set<string>();
  for (const style of ['long', 'short'] as const) {
    for (const name of regionDisplayNames('zh-Hans', style, regionCodes()).values()) {
      if (/未知/u.test(name)) continue;
      // 刚果（金）, 科科斯（基林）群岛: a source usually writes the name without the qualifier.
      const bare = name.split(/[（(]/u)[0]!;
      if (HAN_ONLY.test(name)) names.add(name);
      else if (HAN_ONLY.test(bare)) names.add(bare);
    }
  }
  const index = new Map<string, string[]>();
  for (const name of names) {
    const list = index.get(name[0]!) ?? [];
    list.push(name);
    index.set(name[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  byFirstChar = index;
  return index;
}

/**
 * The text with every region name CLDR knows replaced by a space, longest match first, so the
 * characters on either side do not join into a new run (俄罗斯联邦 → " 联邦", 美国总统特朗普 →
 * " 总统特朗普"). A region name joined to another word by the name interpunct is a person's name
 * (多米尼克·卡明斯, Dominic Cummings: 多米尼克 is also Dominica) and stays. A person's name that
 * merely contains a country's (马里奥 holds 马里) loses that part.
 */
export function withoutRegionNames(text: string): string {
  const index = regionNameIndex();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const match = index.get(text[i]!)?.find((name) => text.startsWith(name, i));
    if (match) {
      const joined = NAME_JOINER.test(text[i - 1] ?? '') || NAME_JOINER.test(text[i + match.length] ?? '');
      out += joined ? match : ' ';
      i += match.length;
    } else {
      out += text[i]!;
      i++;
    }
  }
  return out;
}
