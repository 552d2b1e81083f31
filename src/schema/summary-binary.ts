// The summary's numeric columns as one binary file (app/summary.bin) beside the JSON of its
// strings and tables (app/summary.json). At 100,000 events the all-JSON summary was 15.7 MB: the
// browser's parse of its 1.3 million numbers and nulls, the decoding of its rows' digit strings
// and the check of each value took most of the first view. Here each column is a little-endian
// typed array at a place in the file that the JSON's counts and types fix (`binaryLayout`): the
// app views the file's bytes as the arrays (copying only those narrower in the file than in the
// app, a fast typed-array copy) and checks each value's range (src/app/dataset/read-summary.ts).
// Rows are written as each row's size, not its start: small numbers, in a byte or two.
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

/**
 * An array's element type. The writer gives each array the narrowest its values fit (listed in
 * the JSON's `binary.types`): at 100,000 events all 32-bit, the file was 10.1 MB (2.3 MB gzipped,
 * more than the all-JSON summary's 2.7 MB with the JSON beside it); most values are small
 * positions (57 countries, 9,000 dates).
 */
export type SlotType = 'i32' | 'i16' | 'i8' | 'u16' | 'u8';
const BYTES: Record<SlotType, number> = { i32: 4, i16: 2, i8: 1, u16: 2, u8: 1 };
/** The types a column of -1 (none) or positions may have, and one of sizes or positions (never below 0). */
export const SIGNED_TYPES = ['i16', 'i32'] as const;
export const UNSIGNED_TYPES = ['u8', 'u16', 'i32'] as const;
/** The arrays whose type the writer picks: 32-bit columns, and each rows' sizes and items. */
export const TYPED_SLOTS = [...EVENT_COLUMNS_32, ...BINARY_ROWS.flatMap((r) => [`${r}.sizes`, `${r}.items`] as const)];
export type TypedSlot = (typeof TYPED_SLOTS)[number];

export interface Slot {
  type: SlotType;
  /** In bytes from the file's start (a multiple of the type's size, so the app can view it in place). */
  offset: number;
  /** In values. */
  length: number;
}

/**
 * Where each array lies: per-event columns by name, each rows' sizes (one per event) and items
 * as `venueRows.sizes`, `venueRows.items`, and `countryRows.roles`.
 */
export function binaryLayout(count: number, items: Readonly<Record<BinaryRows, number>>, types: Readonly<Record<TypedSlot, SlotType>>): { slots: Map<string, Slot>; byteLength: number } {
  const arrays: [string, SlotType, number][] = [
    ...EVENT_COLUMNS_32.map((c): [string, SlotType, number] => [c, types[c], count]),
    ...BINARY_ROWS.flatMap((r): [string, SlotType, number][] => [[`${r}.sizes`, types[`${r}.sizes`], count], [`${r}.items`, types[`${r}.items`], items[r]]]),
    ...EVENT_COLUMNS_8.map((c): [string, SlotType, number] => [c, 'i8', count]),
    ['countryRows.roles', 'u8', items.countryRows],
  ];
  const slots = new Map<string, Slot>();
  let offset = HEADER_BYTES;
  // The widest arrays first: each then starts at a multiple of its type's size.
  for (const bytes of [4, 2, 1]) {
    for (const [name, type, length] of arrays) {
      if (BYTES[type] !== bytes) continue;
      slots.set(name, { type, offset, length });
      offset += length * bytes;
    }
  }
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
    /** Each rows' number of items (their sizes and the per-event columns have `count` values). */
    items: z.object({ venueRows: Count, placeRows: Count, countryPlaceRows: Count, countryRows: Count, organizerRows: Count, topicRows: Count }),
    /** Each array's element type, as the writer chose it (see SlotType). */
    types: z.object(Object.fromEntries(TYPED_SLOTS.map((slot) => [slot, z.enum((EVENT_COLUMNS_32 as readonly string[]).includes(slot) ? SIGNED_TYPES : UNSIGNED_TYPES)]))) as unknown as z.ZodType<Record<TypedSlot, SlotType>, Record<TypedSlot, SlotType>>,
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

/** The narrowest type of SIGNED_TYPES or UNSIGNED_TYPES that holds every value. */
function typeFor(values: ArrayLike<number>, signed: boolean): SlotType {
  let max = 0;
  for (let k = 0; k < values.length; k++) max = Math.max(max, values[k]!);
  if (signed) return max <= 0x7fff ? 'i16' : 'i32';
  return max <= 0xff ? 'u8' : max <= 0xffff ? 'u16' : 'i32';
}

/** The summary as its two files hold it: the JSON's object and the binary's bytes. */
export function encodeSummaryFiles(summary: SummaryFile): { text: z.input<typeof SummaryText>; binary: Uint8Array } {
  const values = new Map<string, ArrayLike<number | null>>();
  for (const column of [...EVENT_COLUMNS_32, ...EVENT_COLUMNS_8]) values.set(column, summary[column]);
  for (const rows of BINARY_ROWS) {
    const start = ints(summary[rows].start, decodeStarts);
    values.set(`${rows}.sizes`, Array.from({ length: start.length - 1 }, (_, i) => start[i + 1]! - start[i]!));
    values.set(`${rows}.items`, ints(summary[rows].items, decodeInts));
  }
  values.set('countryRows.roles', ints(summary.countryRows.roles, decodeInts));
  const items = Object.fromEntries(BINARY_ROWS.map((r) => [r, values.get(`${r}.items`)!.length])) as Record<BinaryRows, number>;
  const types = Object.fromEntries(TYPED_SLOTS.map((slot) => [slot, typeFor(Array.from(values.get(slot)!, (v) => v ?? -1), (EVENT_COLUMNS_32 as readonly string[]).includes(slot))])) as Record<TypedSlot, SlotType>;
  const { slots, byteLength } = binaryLayout(summary.count, items, types);
  const binary = new Uint8Array(byteLength);
  const view = new DataView(binary.buffer);
  const RANGE: Record<SlotType, [number, number]> = { i32: [-1, 0x7fffffff], i16: [-1, 0x7fff], i8: [-1, 0x7f], u16: [0, 0xffff], u8: [0, 0xff] };
  for (const [name, slot] of slots) {
    const list = values.get(name)!;
    if (list.length !== slot.length) throw new Error(`${name}: expected ${slot.length} values, got ${list.length}`);
    const [min, max] = RANGE[slot.type];
    for (let k = 0; k < list.length; k++) {
      const v = list[k] ?? -1;
      if (!Number.isInteger(v) || v < min || v > max) throw new Error(`${name}.${k}: ${v} does not fit the binary summary's ${slot.type}`);
      const at = slot.offset + k * BYTES[slot.type];
      if (slot.type === 'i32') view.setInt32(at, v, true);
      else if (slot.type === 'i16') view.setInt16(at, v, true);
      else if (slot.type === 'u16') view.setUint16(at, v, true);
      else if (slot.type === 'i8') view.setInt8(at, v);
      else view.setUint8(at, v);
    }
  }
  const check = fnv1a(binary.subarray(HEADER_BYTES));
  for (let k = 0; k < HEADER_BYTES; k++) binary[k] = `${MAGIC}${check}`.charCodeAt(k);
  const omitted = new Set<string>([...EVENT_COLUMNS_32, ...EVENT_COLUMNS_8, ...BINARY_ROWS]);
  const rest = Object.fromEntries(Object.entries(summary).filter(([key]) => !omitted.has(key))) as Omit<SummaryFile, EventColumn | BinaryRows>;
  return { text: { ...rest, binary: { check, items, types } }, binary };
}

/** The problem with a binary's header for the JSON's `check`, or null when the two were written together. */
export function headerProblem(bytes: Uint8Array, check: string): string | null {
  const header = String.fromCharCode(...bytes.subarray(0, HEADER_BYTES));
  if (!header.startsWith(MAGIC)) return 'not a binary summary (its first bytes are not the format\'s)';
  const got = header.slice(MAGIC.length);
  return got === check ? null : `written by another build than the JSON (check ${got}, expected ${check}); the data was rebuilt, reload the page`;
}
