import type { EventRow } from '../app-files/event-row.ts';

// Every field of a row, as a plain value or a list of items: `satisfies` fails to compile when EventRow gains a field not named here.
const FIELDS = {
  id: 'scalar',
  title: 'scalar',
  kind: 'scalar',
  startDate: 'scalar',
  endDate: 'scalar',
  publishedDate: 'scalar',
  startPrecision: 'scalar',
  endPrecision: 'scalar',
  approximateFrom: 'scalar',
  approximateTo: 'scalar',
  datesWritten: 'scalar',
  timelineDay: 'scalar',
  participantCount: 'scalar',
  participantQualifier: 'scalar',
  venues: 'list',
  places: 'list',
  countryPlaces: 'list',
  topics: 'list',
  countries: 'list',
  organizers: 'list',
  reportIds: 'list',
} as const satisfies Record<keyof EventRow, 'scalar' | 'list'>;

type Scalar = { [F in keyof typeof FIELDS]: (typeof FIELDS)[F] extends 'scalar' ? F : never }[keyof typeof FIELDS];
type List = Exclude<keyof typeof FIELDS, Scalar>;
const SCALARS = (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).filter((f): f is Scalar => FIELDS[f] === 'scalar');
const LISTS = (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).filter((f): f is List => FIELDS[f] === 'list');

/**
 * Rows as the build state keeps them: a column per plain field, and per list field each distinct
 * item once (by its JSON) with compressed rows of positions. 10,000 rows name a few thousand
 * distinct venues, countries and topics: a third of the bytes to write and parse.
 */
export interface CompactRows {
  count: number;
  columns: Record<Scalar, unknown[]>;
  lists: Record<List, { items: unknown[]; start: number[]; at: number[] }>;
}

/** Rows → CompactRows; `expandRows` gives them back equal, field for field. */
export function compactRows(rows: readonly EventRow[]): CompactRows {
  const columns = Object.fromEntries(SCALARS.map((f) => [f, rows.map((r) => r[f])])) as CompactRows['columns'];
  const lists = Object.fromEntries(LISTS.map((f) => [f, listOf(rows, f)])) as CompactRows['lists'];
  return { count: rows.length, columns, lists };
}

/** Whether `compact` holds `count` whole rows (every column that long, every position inside its list): a damaged state is not used. */
export function wholeRows(compact: CompactRows, count: number): boolean {
  if (compact?.count !== count) return false;
  for (const f of SCALARS) if (compact.columns?.[f]?.length !== count) return false;
  for (const f of LISTS) {
    const list = compact.lists?.[f];
    if (!Array.isArray(list?.items) || list.start?.length !== count + 1 || list.start[count] !== list.at?.length) return false;
    if (list.at.some((k) => !(k >= 0 && k < list.items.length))) return false;
  }
  return true;
}

export function expandRows(compact: CompactRows): EventRow[] {
  const rows: EventRow[] = [];
  for (let i = 0; i < compact.count; i++) {
    const row = {} as Record<string, unknown>;
    for (const f of SCALARS) row[f] = compact.columns[f][i];
    for (const f of LISTS) {
      const { items, start, at } = compact.lists[f];
      row[f] = at.slice(start[i], start[i + 1]).map((k) => items[k]);
    }
    rows.push(row as unknown as EventRow);
  }
  return rows;
}

function listOf(rows: readonly EventRow[], field: List): CompactRows['lists'][List] {
  const items: unknown[] = [];
  // By identity first: rows expanded from a state share their items, so most are found without JSON.
  const byItem = new Map<object, number>();
  const byJson = new Map<string, number>();
  const start = [0];
  const at: number[] = [];
  for (const row of rows) {
    for (const item of row[field] as readonly object[]) {
      let k = byItem.get(item);
      if (k === undefined) {
        const json = JSON.stringify(item);
        k = byJson.get(json);
        if (k === undefined) byJson.set(json, (k = items.push(item) - 1));
        byItem.set(item, k);
      }
      at.push(k);
    }
    start.push(at.length);
  }
  return { items, start, at };
}
