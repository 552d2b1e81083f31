// The gazetteer's index as one binary file, made once from the package's GeoNames file and read by
// every later build in each thread that needs it: building the index from the rows (parsing 150 k
// rows, normalising ~800 k names into a Map) cost about a second of CPU per thread and per build,
// where reading this file costs a few milliseconds and answers are looked up in it as they are asked.
//
// Layout: "EAGZ", the header's length (uint32), the header (JSON: stamp, counts, each section's byte
// offset and length), then the sections, each starting at a multiple of 8 so typed arrays view them in place:
//   numbers   float64 × 4 per place: geonameId, lat, lon, population
//   country   2 ASCII bytes per place
//   records   UTF-8, per place: name, featureCode, own name key, ASCII name key ('' when the same), alternate names (joined by ','), tab-separated
//   recordAt  uint32 per place + 1: each record's byte offset
//   keys      the index's keys (ASCII: see isLatinKey), sorted by code unit, back to back
//   keyAt     uint32 per key + 1: each key's byte offset
//   candAt    uint32 per key + 1: each key's first candidate in cands
//   cands     int32: each key's candidates, packed as `add` packs them, in its order
import type { Candidates, PlaceIndex, RowIndex } from './create-gazetteer.ts';
import type { Place } from './place.ts';

const MAGIC = 'EAGZ';
const FORMAT = 1;

interface Header {
  format: number;
  stamp: string;
  places: number;
  keys: number;
  sections: Record<SectionName, [offset: number, length: number]>;
}
type SectionName = 'numbers' | 'country' | 'records' | 'recordAt' | 'keys' | 'keyAt' | 'candAt' | 'cands';

/** The index of `rows` (see indexRows) as the file's bytes; `stamp` says what it was made from. */
export function encodeGazetteerFile(index: RowIndex, stamp: string): Buffer {
  const { places, primaryKeys, alternates } = index;
  const n = places.length;
  const numbers = new Float64Array(n * 4);
  const country = Buffer.alloc(n * 2);
  // Each place's own name keys, from primaryKeys' [key, place] pairs (name key first, then the ASCII name's when it differs).
  const own: [string, string | null][] = places.map(() => ['', null]);
  const seen = new Uint8Array(n);
  for (let k = 0; k < primaryKeys.length; k += 2) {
    const at = primaryKeys[k + 1] as number;
    if (seen[at]++ === 0) own[at]![0] = primaryKeys[k] as string;
    else own[at]![1] = primaryKeys[k] as string;
  }
  const records: string[] = [];
  places.forEach((p, i) => {
    numbers.set([p.geonameId, p.lat, p.lon, p.population], i * 4);
    country.write(p.countryCode.padEnd(2).slice(0, 2), i * 2, 'latin1');
    const [nameKey, asciiKey] = own[i]!;
    records.push([p.name, p.featureCode, nameKey, asciiKey ?? '', asciiKey === null ? 'S' : 'D', alternates[i]!.join(',')].join('\t'));
  });
  const recordBytes = records.map((r) => Buffer.from(r, 'utf8'));
  const recordAt = new Uint32Array(n + 1);
  recordBytes.forEach((b, i) => (recordAt[i + 1] = recordAt[i]! + b.length));

  const keys = [...index.index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyAt = new Uint32Array(keys.length + 1);
  const candAt = new Uint32Array(keys.length + 1);
  const cands: number[] = [];
  keys.forEach((key, k) => {
    keyAt[k + 1] = keyAt[k]! + key.length;
    const entry = index.index.get(key)!;
    if (typeof entry === 'number') cands.push(entry);
    else cands.push(...entry);
    candAt[k + 1] = cands.length;
  });
  const sections: [SectionName, Uint8Array][] = [
    ['numbers', bytesOf(numbers)],
    ['country', country],
    ['records', Buffer.concat(recordBytes)],
    ['recordAt', bytesOf(recordAt)],
    ['keys', Buffer.from(keys.join(''), 'latin1')],
    ['keyAt', bytesOf(keyAt)],
    ['candAt', bytesOf(candAt)],
    ['cands', bytesOf(Int32Array.from(cands))],
  ];
  const placed = {} as Header['sections'];
  let offset = 0;
  for (const [name, bytes] of sections) {
    placed[name] = [offset, bytes.length];
    offset = align(offset + bytes.length);
  }
  const header = Buffer.from(JSON.stringify({ format: FORMAT, stamp, places: n, keys: keys.length, sections: placed } satisfies Header), 'utf8');
  const start = align(8 + header.length);
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, 4);
  header.copy(out, 8);
  for (const [name, bytes] of sections) out.set(bytes, start + placed[name][0]);
  return out;
}

/**
 * The PlaceIndex in a file's bytes, or null when they are not such a file or were made from
 * something else than `stamp` says (another GeoNames file, another way of indexing it).
 */
export function decodeGazetteerFile(file: Uint8Array, stamp: string): PlaceIndex | null {
  if (file.length < 8 || Buffer.from(file.buffer, file.byteOffset, 4).toString('latin1') !== MAGIC) return null;
  // Typed arrays need their sections aligned in memory as they are in the file.
  const bytes = file.byteOffset % 8 === 0 ? file : new Uint8Array(file);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let header: Header;
  try {
    const length = buffer.readUInt32LE(4);
    header = JSON.parse(buffer.toString('utf8', 8, 8 + length)) as Header;
    const start = align(8 + length);
    if (header.format !== FORMAT || header.stamp !== stamp) return null;
    for (const [offset, size] of Object.values(header.sections)) if (start + offset + size > buffer.length) return null;
    const view = (name: SectionName): [number, number] => [bytes.byteOffset + start + header.sections[name][0], header.sections[name][1]];
    const f64 = (name: SectionName) => new Float64Array(bytes.buffer, view(name)[0], view(name)[1] / 8);
    const u32 = (name: SectionName) => new Uint32Array(bytes.buffer, view(name)[0], view(name)[1] / 4);
    const u8 = (name: SectionName) => new Uint8Array(bytes.buffer, view(name)[0], view(name)[1]);
    return fileIndex(header.places, header.keys, {
      numbers: f64('numbers'),
      country: Buffer.from(u8('country')),
      records: Buffer.from(u8('records').buffer, view('records')[0], view('records')[1]),
      recordAt: u32('recordAt'),
      keys: u8('keys'),
      keyAt: u32('keyAt'),
      candAt: u32('candAt'),
      cands: new Int32Array(bytes.buffer, view('cands')[0], view('cands')[1] / 4),
    });
  } catch {
    return null;
  }
}

interface Sections {
  numbers: Float64Array;
  country: Buffer;
  records: Buffer;
  recordAt: Uint32Array;
  keys: Uint8Array;
  keyAt: Uint32Array;
  candAt: Uint32Array;
  cands: Int32Array;
}

function fileIndex(n: number, keyCount: number, s: Sections): PlaceIndex {
  if (s.numbers.length !== n * 4 || s.country.length !== n * 2 || s.recordAt.length !== n + 1 || s.keyAt.length !== keyCount + 1 || s.candAt.length !== keyCount + 1) {
    throw new Error('gazetteer file: sections of the wrong size');
  }
  // Places and records are made when first asked for: a build finds a few thousand of the 150 k.
  const placeCache: (Place | undefined)[] = [];
  const recordCache: (string[] | undefined)[] = [];
  const record = (i: number): string[] => (recordCache[i] ??= s.records.toString('utf8', s.recordAt[i]!, s.recordAt[i + 1]!).split('\t'));
  // A record's fields before its alternate names (name, feature code, name keys, flag), or the whole
  // record when made already: the respellings of a country read these of each of its places (tens of
  // thousands in a build), and the alternate names, most of a record's bytes, were decoded for nothing.
  const head = (i: number): readonly string[] => {
    const whole = recordCache[i];
    if (whole !== undefined) return whole;
    const to = s.recordAt[i + 1]!;
    let end = s.recordAt[i]!;
    for (let tabs = 0; end < to; end++) if (s.records[end] === TAB && ++tabs === HEAD_FIELDS) break;
    return s.records.toString('utf8', s.recordAt[i]!, end).split('\t');
  };
  const place = (i: number): Place => {
    let p = placeCache[i];
    if (p === undefined) {
      const [name, featureCode] = record(i);
      // The same keys in the same order as indexRows' places (toPlace): places are spread into events.
      p = { geonameId: s.numbers[i * 4]!, name: name!, countryCode: s.country.toString('latin1', i * 2, i * 2 + 2), lat: s.numbers[i * 4 + 1]!, lon: s.numbers[i * 4 + 2]!, population: s.numbers[i * 4 + 3]!, featureCode: featureCode! };
      placeCache[i] = p;
    }
    return p;
  };
  /** Compares `key` with stored key k by code unit (stored keys are ASCII). */
  const compareKey = (key: string, k: number): number => {
    const from = s.keyAt[k]!;
    const length = s.keyAt[k + 1]! - from;
    const common = Math.min(key.length, length);
    for (let j = 0; j < common; j++) {
      const d = key.charCodeAt(j) - s.keys[from + j]!;
      if (d !== 0) return d;
    }
    return key.length - length;
  };
  // The same keys are asked again under other hints (each a miss of MemoGazetteer): found once.
  const entries = new Map<string, Candidates | undefined>();
  const find = (key: string): Candidates | undefined => {
    let lo = 0;
    let hi = keyCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareKey(key, mid);
      if (c === 0) {
        const from = s.candAt[mid]!;
        const to = s.candAt[mid + 1]!;
        return to - from === 1 ? s.cands[from]! : Array.from(s.cands.subarray(from, to));
      }
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return undefined;
  };
  return {
    place,
    entry(key) {
      if (entries.has(key)) return entries.get(key);
      const found = find(key);
      entries.set(key, found);
      return found;
    },
    alternates(i) {
      const joined = record(i)[5]!;
      return joined === '' ? [] : joined.split(',');
    },
    primaryKeysIn(country) {
      const a = country.charCodeAt(0);
      const b = country.charCodeAt(1);
      const out: (string | number)[] = [];
      if (country.length !== 2) return out;
      for (let i = 0; i < n; i++) {
        if (s.country[i * 2] !== a || s.country[i * 2 + 1] !== b) continue;
        const r = head(i);
        out.push(r[2]!, i);
        if (r[4] === 'D') out.push(r[3]!, i);
      }
      return out;
    },
  };
}

// A record's fields are parted by tabs; the alternate names are its sixth and last.
const TAB = 0x09;
const HEAD_FIELDS = 5;

function bytesOf(array: Float64Array | Uint32Array | Int32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}
