/** One entry of the recent-projects list. */
export interface RecentItem {
  path: string;
  name: string;
  /** ISO timestamp. */
  openedAt: string;
}

/** How many projects the list remembers: enough for a week's work, short enough for a menu. */
export const RECENT_LIMIT = 10;

/** The list with `item` moved (or added) to the top, duplicates by path removed, capped. */
export function addRecent(list: readonly RecentItem[], item: RecentItem, limit = RECENT_LIMIT): RecentItem[] {
  return [item, ...list.filter((entry) => entry.path !== item.path)].slice(0, limit);
}

/** The list without `path` (e.g. a file that no longer exists). */
export function removeRecent(list: readonly RecentItem[], path: string): RecentItem[] {
  return list.filter((entry) => entry.path !== path);
}
