import { EXPORT_COLUMNS, type ExportRecord } from './export-record.ts';

/**
 * A cell safe to open in a spreadsheet: text that begins with "=", "+", "-", "@", a tab or a
 * carriage return would run as a formula, so it gets a leading apostrophe (release text is
 * untrusted: "=HYPERLINK(…)" in a title must stay text).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled; a number as digits, none as empty. */
function field(value: string | number | null): string {
  const safe = typeof value === 'string' ? neutraliseCell(value) : value === null ? '' : String(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Records → CSV text (RFC 4180: CRLF line ends, a header row), one row per event, after a
 * byte-order mark: a spreadsheet then reads the text as UTF-8 ("Oskemen", "Côte d'Ivoire").
 */
export function toCsv(records: readonly ExportRecord[]): string {
  const rows = [EXPORT_COLUMNS.join(','), ...records.map((r) => EXPORT_COLUMNS.map((c) => field(r[c])).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
