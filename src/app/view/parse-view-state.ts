import { z } from 'zod';
import { IsoDate } from '../../schema/dataset.ts';
import { EVENT_ID } from '../../schema/event-id.ts';
import { FACETS, type FacetField } from './facets.ts';
import { DISPLAYS, MAP_ZOOM, ROLE_CHOICES, type MapView, type TableSort, type ViewState } from './view-state.ts';

// Hostile or stale links must never break the page: each parameter is parsed on its own and
// anything invalid falls back to its default (`.catch`), list items are filtered one by one.
const MAX_ITEMS = 50;
const MAX_QUERY = 200;

function list(item: z.ZodType<string>, normalise: (s: string) => string = (s) => s) {
  return z
    .string()
    .max(4000)
    .transform((s) =>
      [...new Set(s.split(',').map((x) => normalise(x.trim())))]
        .filter((x) => item.safeParse(x).success)
        .slice(0, MAX_ITEMS),
    )
    .catch([]);
}

const MAP_PARAM = /^(-?\d{1,2}(?:\.\d{1,6})?),(-?\d{1,3}(?:\.\d{1,6})?),(\d{1,2}(?:\.\d{1,2})?)$/;

/** `map=<lat>,<lon>,<zoom>`: a centre on the globe and a zoom the map allows, else none. */
const MapParam = z
  .string()
  .max(40)
  .transform((s): MapView | null => {
    const m = MAP_PARAM.exec(s);
    if (!m) return null;
    const [lat, lon, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return Math.abs(lat) <= 85 && Math.abs(lon) <= 180 && zoom >= MAP_ZOOM.min && zoom <= MAP_ZOOM.max ? { lat, lon, zoom } : null;
  })
  .nullable()
  .catch(null);

/** `sort=count` (ascending) or `sort=-count` (descending), by `date` or `count`. */
const SortParam = z
  .string()
  .max(8)
  .transform((s): TableSort | null => {
    const m = /^(-?)(date|count)$/.exec(s);
    return m ? { key: m[2] as TableSort['key'], direction: m[1] ? 'descending' : 'ascending' } : null;
  })
  .nullable()
  .catch(null);

const Params = z.object({
  ...Object.fromEntries(FACETS.map((f) => [f.param, list(f.key, f.normalise)])),
  role: z.enum(ROLE_CHOICES).catch('any'),
  // Control characters are dropped; the text is only ever matched, never rendered as HTML.
  // Not trimmed: the search box writes every keystroke here, trailing space included.
  q: z
    .string()
    .transform((s) => s.replace(/\p{Cc}/gu, ' ').slice(0, MAX_QUERY))
    .catch(''),
  from: IsoDate.nullable().catch(null),
  to: IsoDate.nullable().catch(null),
  event: z.string().regex(EVENT_ID).nullable().catch(null),
  undated: z.enum(['include', 'exclude']).catch('include'),
  map: MapParam,
  view: z.enum(DISPLAYS).catch('map'),
  sort: SortParam,
});

/** The `map` parameter alone, as parseViewState reads it (the map moves far more often than the rest). */
export function parseMapParam(text: string | null): MapView | null {
  return text === null ? null : MapParam.parse(text);
}

type ParamKey = keyof typeof Params.shape;
const PARAM_KEYS = Object.keys(Params.shape) as ParamKey[];
type ParsedParams = z.output<typeof Params>;

/**
 * What each parameter reads as when the URL leaves it out, worked out once: a parameter's schema
 * fails on a missing value and falls back to its default, and zod builds the failure's issue and
 * message before `.catch` drops it, a dozen times per view change (a filter step's only zod work).
 */
const ABSENT = Object.fromEntries(PARAM_KEYS.map((key) => [key, Params.shape[key].parse(undefined)])) as ParsedParams;

/** URL → ViewState. Pure; never throws; unknown parameters are ignored. */
export function parseViewState(params: URLSearchParams): ViewState {
  // Every parameter falls back on its own (`.catch`), so this cannot fail on any URL: a throw
  // here is a bug in a parameter's schema, and is not hidden behind the default view.
  const v = Object.fromEntries(
    PARAM_KEYS.map((key) => {
      const text = params.get(key);
      const absent = ABSENT[key];
      // A fresh empty list per view: a list is the view's own, never shared between views.
      return [key, text === null ? (Array.isArray(absent) ? [] : absent) : Params.shape[key].parse(text)];
    }),
  ) as ParsedParams;
  // A window given backwards is read the way it was surely meant.
  const [from, to] = v.from && v.to && v.from > v.to ? [v.to, v.from] : [v.from ?? null, v.to ?? null];
  const facets = Object.fromEntries(FACETS.map((f) => [f.field, (v as Record<string, unknown>)[f.param] as string[]])) as Record<FacetField, string[]>;
  return {
    ...facets,
    role: v.role,
    q: v.q ?? '',
    from,
    to,
    event: v.event ?? null,
    undated: v.undated,
    map: v.map ?? null,
    display: v.view ?? 'map',
    sort: v.sort ?? null,
  };
}
