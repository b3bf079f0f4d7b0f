import { beadFinding } from '../finding';
import type { BeadCheck, Finding, LocatedSentence } from '../types';

/**
 * Web addresses and e-mail addresses in ASCII: a URL with its scheme, www.…, a bare domain with a
 * common top-level domain (un.org, fmprc.gov.cn/web), an e-mail address. ASCII only, so an address a
 * Chinese sentence runs on into text (www.fmprc.gov.cn。详情) ends where the Latin letters end (the
 * line-level URL of core/text/noise-rules.ts takes everything up to a space, which Chinese has none of).
 */
const ADDRESS = new RegExp(
  [
    String.raw`[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`,
    String.raw`(?:https?|ftp)://[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+`,
    String.raw`(?<![\w.@-])www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*)?`,
    String.raw`(?<![\w.@/-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|int|info|cn|ru|uk|io)(?![\w-])(?:/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*)?`,
  ].join('|'),
  'gu',
);
/** Marks an address does not end with: the sentence's own (…visit www.un.org.). */
const TRAILING_MARKS = /[.,;:!?'*)-]+$/u;
const MAY_HOLD_ADDRESS = /[@＠．]|:\/\/|www|\.(?:com|org|net|gov|edu|int|info|cn|ru|uk|io)(?![A-Za-z-])/iu;
const HOST_THEN_DIGITS = /^([^/@]*\.[A-Za-z]{2,})\d+$/u;
/** A bare domain, written as a company's name ("Amazon.com will sell it"), not as an address to visit. */
const BARE_DOMAIN = /^[A-Za-z0-9.-]+$/u;
/** Full-width ASCII (ｗｗｗ．ｆｍｐｒｃ．ｇｏｖ．ｃｎ), as Chinese text may write an address. */
const FULL_WIDTH = /[\uff01-\uff5e]/gu;

export interface Address {
  text: string;
  start: number;
  end: number;
  /** What two spellings of one address share: no scheme, the host in lower case, no final slash. */
  key: string;
}

/** The web and e-mail addresses of a text, in order. */
export function addressesIn(raw: string): Address[] {
  // Most sentences have a full stop and no address: one cheap test first, not the whole pattern.
  if (!MAY_HOLD_ADDRESS.test(raw)) return [];
  // Same length: offsets stay those of the raw text.
  const text = raw.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const out: Address[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    // A year or figure the text runs on with (www.blairwitch.com1999年) is not part of a host.
    const address = m[0].replace(TRAILING_MARKS, '').replace(HOST_THEN_DIGITS, '$1');
    if (!address.includes('.')) continue;
    out.push({ text: address, start: m.index, end: m.index + address.length, key: keyOf(address) });
  }
  return out;
}

function keyOf(address: string): string {
  const bare = address.replace(/^(?:https?|ftp):\/\//iu, '').replace(/\/$/u, '');
  const slash = bare.indexOf('/');
  return slash < 0 ? bare.toLowerCase() : bare.slice(0, slash).toLowerCase() + bare.slice(slash);
}

function addressesOf(side: readonly LocatedSentence[]): { address: Address; sentence: string }[] {
  return side.flatMap((s) => addressesIn(s.sentence.text).map((address) => ({ address, sentence: s.sentence.id })));
}

/**
 * A web or e-mail address of the source that the translation does not give verbatim (the host's case
 * aside, the scheme optional), or one in the translation the source does not have: a typo in an
 * address sends the reader nowhere, and no reader checks it. One address changed is one finding, on
 * the translation's address. A bare domain one side has alone (Amazon.com for 亚马逊) is a company's
 * name, not reported.
 */
export const linksMismatch: BeadCheck = {
  id: 'links.mismatch',
  severity: 'error',
  scope: 'bead',
  description: 'A web or e-mail address differs between the source and the translation.',
  run(bead) {
    const source = addressesOf(bead.source);
    const target = addressesOf(bead.target);
    if (source.length === 0 && target.length === 0) return [];
    const sourceKeys = new Set(source.map((a) => a.address.key));
    const targetKeys = new Set(target.map((a) => a.address.key));
    let missing = source.filter((a) => !targetKeys.has(a.address.key));
    let extra = target.filter((a) => !sourceKeys.has(a.address.key));
    // A bare domain on one side only is a name (亚马逊 "Amazon.com"); it counts as an address changed
    // only beside one the other side lost.
    const isBare = (a: { address: Address }): boolean => BARE_DOMAIN.test(a.address.text) && !/^www\./iu.test(a.address.text);
    if (missing.length === 0) extra = extra.filter((a) => !isBare(a));
    if (extra.length === 0) missing = missing.filter((a) => !isBare(a));
    const findings: Finding[] = [];
    extra.forEach((t, i) => {
      const instead = missing[i];
      const message = instead
        ? `The translation has the address ${t.address.text} where the source has ${instead.address.text}.`
        : `The translation has the address ${t.address.text}, which the source does not.`;
      findings.push(beadFinding(linksMismatch, bead, message, {
        target: { sentence: t.sentence, start: t.address.start, end: t.address.end },
        ...(instead ? { source: { sentence: instead.sentence, start: instead.address.start, end: instead.address.end } } : {}),
      }));
    });
    for (const s of missing.slice(extra.length)) {
      findings.push(beadFinding(linksMismatch, bead, `The address ${s.address.text} of the source is not in the translation.`, { source: { sentence: s.sentence, start: s.address.start, end: s.address.end } }));
    }
    return findings;
  },
};
