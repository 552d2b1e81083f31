import { checkSummary } from '../../schema/app-files.ts';
import { describeIssues } from '../../schema/parse-dataset.ts';
import { BINARY_ROWS, EVENT_COLUMNS_32, EVENT_COLUMNS_8, binaryLayout, columnRange, headerProblem, SummaryText, type EventColumn, type Slot } from '../../schema/summary-binary.ts';
import type { DecodedSummary, Rows } from './build-indexes.ts';

export type ReadSummary = { ok: true; summary: DecodedSummary } | { ok: false; problems: string[] };

/** Whether this machine's typed arrays are little-endian, as the file is (every browser's are; else each array is copied). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A slot's values: a view of the file's bytes where the machine reads them as written, else a copy. */
type Numbers = Int32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;
function viewOf(buffer: ArrayBuffer, { type, offset, length }: Slot): Numbers {
  if (type === 'u8') return new Uint8Array(buffer, offset, length);
  if (type === 'i8') return new Int8Array(buffer, offset, length);
  if (LITTLE_ENDIAN) return type === 'i32' ? new Int32Array(buffer, offset, length) : type === 'i16' ? new Int16Array(buffer, offset, length) : new Uint16Array(buffer, offset, length);
  const data = new DataView(buffer);
  if (type === 'i32') return Int32Array.from({ length }, (_, k) => data.getInt32(offset + 4 * k, true));
  return type === 'i16' ? Int16Array.from({ length }, (_, k) => data.getInt16(offset + 2 * k, true)) : Uint16Array.from({ length }, (_, k) => data.getUint16(offset + 2 * k, true));
}

/** As 32-bit integers: the view itself when it is one, else a copy (narrower in the file, the app's arrays are 32-bit). */
const int32 = (values: Numbers): Int32Array => (values instanceof Int32Array ? values : new Int32Array(values));

/**
 * The summary from its two files (summary.json's object, summary.bin's bytes), checked: the JSON
 * against its schema, the binary's size and header against the JSON, each per-event value's
 * range, then what the JSON summary's schema checks of the whole (`checkSummary`: positions
 * inside their tables, the events' order, columns that go together). Each problem names the
 * column and the row ("kind.12: …"). Never throws.
 */
export function readSummary(json: unknown, buffer: ArrayBuffer): ReadSummary {
  const parsed = SummaryText.safeParse(json);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  const { binary, ...text } = parsed.data;
  const { slots, byteLength } = binaryLayout(text.count, binary.items, binary.types);
  if (buffer.byteLength !== byteLength) return { ok: false, problems: [`summary.bin: expected ${byteLength} bytes (for ${text.count} events and the rows' items), got ${buffer.byteLength}`] };
  const header = headerProblem(new Uint8Array(buffer), binary.check);
  if (header) return { ok: false, problems: [`summary.bin: ${header}`] };
  const problems: string[] = [];
  const view = (name: string) => viewOf(buffer, slots.get(name)!);

  // Each per-event column as the file holds it (-1 for none), its values checked in place.
  const column = (name: EventColumn) => {
    const values = view(name);
    const { min, max, nullable, what } = columnRange(name, text.dates.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if ((v >= min && v <= max) || (v === -1 && nullable)) continue;
      problems.push(`${name}.${i}: expected ${what}${nullable ? ' or -1 (none)' : ''}, got ${v}`);
      break;
    }
    return [name, values] as const;
  };
  const columns = Object.fromEntries([...EVENT_COLUMNS_32, ...EVENT_COLUMNS_8].map(column)) as Record<EventColumn, Numbers>;
  for (const name of EVENT_COLUMNS_32) columns[name] = int32(columns[name]);
  const rowsOf = (name: (typeof BINARY_ROWS)[number]): Rows => {
    const sizes = view(`${name}.sizes`);
    const written = view(`${name}.items`);
    const items = int32(written);
    // The starts from the sizes, each checked (a 32-bit size may be negative, a sum may pass the items).
    const start = new Int32Array(sizes.length + 1);
    let sum = 0;
    for (let i = 0; i < sizes.length; i++) {
      sum += sizes[i]!;
      if (sizes[i]! < 0 || sum > items.length) {
        problems.push(`${name}.sizes.${i}: expected sizes of 0 or more adding up to ${items.length} (items), got ${sizes[i]} to a total of ${sum}`);
        break;
      }
      start[i + 1] = sum;
    }
    // checkSummary takes items as positions of 0 or more (the digit strings hold no others); only 32-bit ones can be less.
    for (let k = 0; written instanceof Int32Array && k < items.length; k++) {
      if (items[k]! >= 0) continue;
      problems.push(`${name}.items.${k}: expected a position of 0 or more, got ${items[k]}`);
      break;
    }
    return { start, items };
  };
  const rows = Object.fromEntries(BINARY_ROWS.map((name) => [name, rowsOf(name)])) as Record<(typeof BINARY_ROWS)[number], Rows>;
  if (problems.length > 0) return { ok: false, problems };
  const summary: DecodedSummary = {
    ...text,
    ...(columns as unknown as Pick<DecodedSummary, EventColumn>),
    ...rows,
    countryRows: { ...rows.countryRows, roles: view('countryRows.roles') as Uint8Array },
  };
  checkSummary(summary, (path, message) => problems.push(`${path.join('.')}: ${message}`));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, summary };
}
