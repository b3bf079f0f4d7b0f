/**
 * How the app writes a moment: ISO order and a 24-hour clock in local time ("2026-12-07 14:03",
 * "14:03:22"), the same whatever the browser's or system's locale. The interface is English and its
 * users read Chinese, English and Russian: "12/7/2026, 2:03 PM" from an en-US browser would be
 * read as 12 July in Moscow, and the saved files (recovery copy, recent list, TMX, DOCX) already
 * carry ISO 8601.
 */
const two = (n: number): string => String(n).padStart(2, '0');

/** "2026-12-07 14:03": the date and the time to the minute, in local time. */
export function formatDateTime(at: Date): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** "14:03:22": the time of day, 24-hour, in local time (for "saved …" in the status bar). */
export function formatTime(at: Date): string {
  return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}
