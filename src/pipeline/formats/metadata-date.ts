import { monthNumber } from '../lexicon/months.ts';

/**
 * A date as a page or feed writes it → `YYYY-MM-DD`, read as written, never shifted by a time
 * zone: "2014-11-03T23:30:00-05:00" → "2014-11-03" (the publisher's own day), RFC 822
 * "Mon, 03 Nov 2014 10:00:00 +0500" → "2014-11-03". Null when it is not a real day.
 */
export function metadataDate(written: string | null | undefined): string | null {
  if (typeof written !== 'string') return null;
  const s = written.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})\b/.exec(s);
  if (rfc) {
    const month = monthNumber(rfc[2]!);
    return month === undefined ? null : realDay(Number(rfc[3]), month, Number(rfc[1]));
  }
  return null;
}

function realDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d || y < 1900) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
