import type { Span } from '../../model/types';

/** A figure found in a text: its value and where it is. */
export interface NumberToken {
  value: number;
  span: Span;
  /** The text as written ("八十", "5月", "80th"), for messages. */
  text: string;
  /** Other values the same words may stand for in a translation (70年代: 1970, 2000 + 70). */
  alternatives?: readonly number[];
  /**
   * Part of a name or a clock time (COVID-19, A380, the minutes of 10:00), not a quantity: it may
   * match a source figure but is never reported as a stray figure.
   */
  code?: true;
}
