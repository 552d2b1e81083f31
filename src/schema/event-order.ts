/** What decides an event's place in the order. */
export interface Orderable {
  id: string;
  startDate: string | null;
  publishedDate: string | null;
}

/**
 * THE event order, decided by the build step and carried by every file it writes: by start day
 * (the publication day when the start is unknown), then id; undated events last. ISO dates and ids
 * compare as strings, in code-unit order (the same on every machine, unlike localeCompare).
 * "2014-11-03 b" < "2014-11-03 c" < "(published) 2015-01-01 a" < "(undated) a".
 */
export function compareEventOrder(a: Orderable, b: Orderable): number {
  const da = a.startDate ?? a.publishedDate;
  const db = b.startDate ?? b.publishedDate;
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
