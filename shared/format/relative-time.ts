const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

/**
 * How long ago `then` was, seen from `now`, in the words of a status line: "just now",
 * "2 minutes ago", "1 hour ago", "3 days ago". A time slightly in the future (clocks of
 * two machines) reads "just now".
 */
export function timeAgo(then: string, now: string): string {
  const seconds = Math.floor((Date.parse(now) - Date.parse(then)) / 1000);
  if (!Number.isFinite(seconds) || seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${plural(hours, 'hour')} ago`;
  return `${plural(Math.floor(hours / 24), 'day')} ago`;
}
