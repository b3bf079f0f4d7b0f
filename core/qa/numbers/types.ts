import type { Span } from '../../model/types';

/** A figure found in a text: its value and where it is. */
export interface NumberToken {
  value: number;
  span: Span;
  /** The text as written ("八十", "5月", "80th"), for messages. */
  text: string;
  /**
   * Other values the same words may stand for (70年代: 1970, 2000 + 70; in a translation "4.2" of
   * "4.2–3.9 million" is 4.2 million, "75m" may be 75 million).
   */
  alternatives?: readonly number[];
  /**
   * Figures the token may be several of, read only when they all answer source figures that are
   * otherwise missing: "18.12" is a day and a month (12月18日), "5.30" a clock time (5:30).
   */
  parts?: readonly number[];
  /**
   * Part of a name or a clock time (COVID-19, A380, the minutes of 10:00), not a quantity: it may
   * match a source figure but is never reported as a stray figure.
   */
  code?: true;
  /** A rank in words ("second", «второй»), not a cardinal: 双 "two" explains "two", never "second". */
  ordinal?: true;
}
