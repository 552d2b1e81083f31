// The summary's numeric columns as one binary file (app/summary.bin) beside the JSON of its
// strings and tables (app/summary.json). At 100,000 events the all-JSON summary was 15.7 MB: the
// browser's parse of its 1.3 million numbers and nulls, the decoding of its rows' digit strings
// and the check of each value took most of the first view. Here each column is a little-endian
// typed array at a place in the file that the JSON's counts fix (`binaryLayout`): the app views
// the file's bytes as the arrays, without parsing or copying, and checks each value's range
// (src/app/dataset/read-summary.ts).
import { z } from 'zod';
import { SummaryFields, type SummaryFile } from './app-files.ts';
import { COUNT_QUALIFIERS, DATE_PRECISIONS, KINDS } from './dataset.ts';
import { decodeInts, decodeStarts } from './int-list-codec.ts';

/** The compressed rows (starts, then items), in the order they lie in the file. */
export const BINARY_ROWS = ['venueRows', 'placeRows', 'countryPlaceRows', 'countryRows', 'organizerRows', 'topicRows'] as const;
export type BinaryRows = (typeof BINARY_ROWS)[number];

/** One value per event, -1 for null: 32 bits for positions in `dates` and counts, 8 for positions in short lists. */
export const EVENT_COLUMNS_32 = ['startDate', 'endDate', 'publishedDate', 'approximateFrom', 'approximateTo', 'timelineDay', 'participantCount'] as const;
export const EVENT_COLUMNS_8 = ['kind', 'startPrecision', 'endPrecision', 'participantQualifier'] as const;
export type EventColumn = (typeof EVENT_COLUMNS_32)[number] | (typeof EVENT_COLUMNS_8)[number];

/** The values a per-event column may hold: from `min` to `max`, or null (-1 in the file) where `nullable`. */
export function columnRange(column: EventColumn, dates: number): { min: number; max: number; nullable: boolean; what: string } {
  switch (column) {
    case 'kind':
      return { min: 0, max: KINDS.length - 1, nullable: false, what: 'a position in KINDS' };
    case 'startPrecision':
    case 'endPrecision':
      return { min: 0, max: DATE_PRECISIONS.length - 1, nullable: true, what: 'a position in DATE_PRECISIONS' };
    case 'participantQualifier':
      return { min: 0, max: COUNT_QUALIFIERS.length - 1, nullable: true, what: 'a position in COUNT_QUALIFIERS' };
    case 'participantCount':
      return { min: 1, max: 0x7fffffff, nullable: true, what: 'a count' };
    default:
      return { min: 0, max: dates - 1, nullable: true, what: `a position below ${dates} (dates)` };
  }
}

/** 8 bytes naming the format, then the JSON's `binary.check` in 8 hex digits: a file of another build is refused. */
const MAGIC = 'atlasbin';
export const HEADER_BYTES = 16;

export type SlotType = 'i32' | 'i8' | 'u8';
export interface Slot {
  type: SlotType;
  /** In bytes from the file's start (a multiple of 4 for 32-bit slots, so the app can view it in place). */
  offset: number;
  /** In values. */
  length: number;
}

/** Where each array lies: per-event columns by name, rows as `venueRows.start`, `venueRows.items`, and `countryRows.roles`. */
export function binaryLayout(count: number, items: Readonly<Record<BinaryRows, number>>): { slots: Map<string, Slot>; byteLength: number } {
  const slots = new Map<string, Slot>();
  let offset = HEADER_BYTES;
  const add = (name: string, type: SlotType, length: number) => {
    slots.set(name, { type, offset, length });
    offset += length * (type === 'i32' ? 4 : 1);
  };
  // The 32-bit arrays first: each then starts at a multiple of 4.
  for (const column of EVENT_COLUMNS_32) add(column, 'i32', count);
  for (const rows of BINARY_ROWS) {
    add(`${rows}.start`, 'i32', count + 1);
    add(`${rows}.items`, 'i32', items[rows]);
  }
  for (const column of EVENT_COLUMNS_8) add(column, 'i8', count);
  add('countryRows.roles', 'u8', items.countryRows);
  return { slots, byteLength: offset };
}

const Count = z.number().int().nonnegative();
/** The summary file's JSON: the summary's strings and tables, and what places its binary's arrays. */
export const SummaryText = SummaryFields.omit({
  kind: true,
  startDate: true,
  endDate: true,
  publishedDate: true,
  startPrecision: true,
  endPrecision: true,
  approximateFrom: true,
  approximateTo: true,
  timelineDay: true,
  participantCount: true,
  participantQualifier: true,
  venueRows: true,
  placeRows: true,
  countryPlaceRows: true,
  countryRows: true,
  organizerRows: true,
  topicRows: true,
}).extend({
  binary: z.object({
    /** The binary file's header holds the same: the two files were written together. */
    check: z.string().regex(/^[0-9a-f]{8}$/),
    /** Each rows' number of items (their starts and the per-event columns have `count` values). */
    items: z.object({ venueRows: Count, placeRows: Count, countryPlaceRows: Count, countryRows: Count, organizerRows: Count, topicRows: Count }),
  }),
});
export type SummaryText = z.infer<typeof SummaryText>;

/** FNV-1a over the bytes: tells one build's binary from another's (not a guard against tampering: the app checks every value). */
function fnv1a(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < bytes.length; k++) hash = Math.imul(hash ^ bytes[k]!, 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The values of a list as the summary holds it: a digit string (SummaryFile), or already numbers. */
const ints = (list: string | ArrayLike<number>, decode: (text: string) => Int32Array): ArrayLike<number> => (typeof list === 'string' ? decode(list) : list);

/** The summary as its two files hold it: the JSON's object and the binary's bytes. */
export function encodeSummaryFiles(summary: SummaryFile): { text: z.input<typeof SummaryText>; binary: Uint8Array } {
  const rows = new Map(BINARY_ROWS.map((r) => [r, { start: ints(summary[r].start, decodeStarts), items: ints(summary[r].items, decodeInts) }]));
  const items = Object.fromEntries(BINARY_ROWS.map((r) => [r, rows.get(r)!.items.length])) as Record<BinaryRows, number>;
  const { slots, byteLength } = binaryLayout(summary.count, items);
  const binary = new Uint8Array(byteLength);
  const view = new DataView(binary.buffer);
  const put = (name: string, values: ArrayLike<number | null>) => {
    const slot = slots.get(name)!;
    if (values.length !== slot.length) throw new Error(`${name}: expected ${slot.length} values, got ${values.length}`);
    const [min, max] = slot.type === 'i32' ? [-1, 0x7fffffff] : slot.type === 'i8' ? [-1, 127] : [0, 255];
    for (let k = 0; k < values.length; k++) {
      const v = values[k] ?? -1;
      if (!Number.isInteger(v) || v < min || v > max) throw new Error(`${name}.${k}: ${v} does not fit the binary summary's ${slot.type}`);
      if (slot.type === 'i32') view.setInt32(slot.offset + 4 * k, v, true);
      else if (slot.type === 'i8') view.setInt8(slot.offset + k, v);
      else view.setUint8(slot.offset + k, v);
    }
  };
  for (const column of [...EVENT_COLUMNS_32, ...EVENT_COLUMNS_8]) put(column, summary[column]);
  for (const [name, { start, items }] of rows) {
    put(`${name}.start`, start);
    put(`${name}.items`, items);
  }
  put('countryRows.roles', ints(summary.countryRows.roles, decodeInts));
  const check = fnv1a(binary.subarray(HEADER_BYTES));
  for (let k = 0; k < HEADER_BYTES; k++) binary[k] = `${MAGIC}${check}`.charCodeAt(k);
  const omitted = new Set<string>([...EVENT_COLUMNS_32, ...EVENT_COLUMNS_8, ...BINARY_ROWS]);
  const rest = Object.fromEntries(Object.entries(summary).filter(([key]) => !omitted.has(key))) as Omit<SummaryFile, EventColumn | BinaryRows>;
  return { text: { ...rest, binary: { check, items } }, binary };
}

/** The problem with a binary's header for the JSON's `check`, or null when the two were written together. */
export function headerProblem(bytes: Uint8Array, check: string): string | null {
  const header = String.fromCharCode(...bytes.subarray(0, HEADER_BYTES));
  if (!header.startsWith(MAGIC)) return 'not a binary summary (its first bytes are not the format\'s)';
  const got = header.slice(MAGIC.length);
  return got === check ? null : `written by another build than the JSON (check ${got}, expected ${check}); the data was rebuilt, reload the page`;
}
