/**
 * For bench/qa-plant.py's `name` kind: reads text on stdin and prints, for each Han character in it,
 * its toneless Pinyin readings and their Palladius spellings as JSON ({"近": {"en": ["jin"], "ru":
 * ["цзинь"]}}), from the readings names.spelling uses (pinyin-pro). Bench only.
 */
import { loadHanReadings } from '../core/qa/han-readings';
import { palladius } from '../core/text/palladius';

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const readings = await loadHanReadings();
  const out: Record<string, { en: string[]; ru: string[] }> = {};
  for (const char of new Set(Buffer.concat(chunks).toString('utf8'))) {
    const en = [...readings(char)];
    if (en.length === 0) continue;
    const ru = en.map((r) => palladius(r)).filter((r): r is string => r !== undefined);
    out[char] = { en, ru: ru.filter((r, i) => ru.indexOf(r) === i) };
  }
  process.stdout.write(JSON.stringify(out));
}

void main();
