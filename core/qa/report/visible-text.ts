/**
 * Input text made safe to print on a terminal: control characters (C0 but tab and newline, DEL, C1
 * — ESC starts the escape sequences that recolour, retitle or rewrite a terminal) and bidi
 * overrides/isolates (which reorder what the reader sees, "Trojan Source") are shown as `<U+XXXX>`
 * instead of acting. Our own colour codes are added after this, never passed through it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

export function visibleText(text: string): string {
  return text.replace(UNSAFE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
