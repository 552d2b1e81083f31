import { CountryFlag } from '../../helpers/country-flag.tsx';
import { formatDay } from '../../../vocabulary/format-dates.ts';
import { FACETS, type Facet, type FacetField } from '../../view/facets.ts';
import type { ViewIntent } from '../../view/view-intent.ts';
import type { ViewState } from '../../view/view-state.ts';
import { ROLE_CHOICE_LABEL } from './role-choice-label.ts';
import { onMapCount } from '../../../vocabulary/on-map-count.ts';
import { formatCount } from '../../../vocabulary/format-count.ts';

interface Props {
  view: ViewState;
  /** Per facet, key → readable label. */
  labels: Readonly<Record<FacetField, (key: string) => string>>;
  /** Null while the search text loads. */
  shown: number | null;
  /** How many of the shown events have a marker (the rest are listed under "Not on the map"). */
  onMap: number;
  /** Undated events listed apart from a dated window (not among `shown`). */
  apart: number;
  total: number;
  /** Per search word, the other spellings its typo tolerance let in ("kazakstan" → kazakhstan). */
  readAs: readonly { word: string; as: readonly string[] }[];
  onIntent(intent: ViewIntent): void;
}

/** At most this many spellings are named per word; the rest are counted. */
const MAX_NAMED = 4;

function readAsText({ word, as }: Props['readAs'][number]): string {
  const named = as.slice(0, MAX_NAMED).join(', ');
  return `“${word}” also matches ${named}${as.length > MAX_NAMED ? ` and ${as.length - MAX_NAMED} more` : ''}`;
}

interface Chip {
  key: string;
  text: string;
  name: string;
  role?: string;
  /** A country chip's flag, drawn before its text. */
  flag?: string;
  remove: ViewIntent;
}

function datesText(view: ViewState): string {
  if (view.from && view.to) return `${formatDay(view.from)} – ${formatDay(view.to)}`;
  return view.from ? `From ${formatDay(view.from)}` : `Until ${formatDay(view.to!)}`;
}

/** How each facet's chips read: the accessible name of the remove button, and whether a flag leads. */
const FACET_CHIP: Record<FacetField, { name(label: string): string; flag?: boolean }> = {
  countries: { name: (label) => `Remove ${label}`, flag: true },
  topics: { name: (label) => `Remove topic ${label}` },
  organizers: { name: (label) => `Remove organiser ${label}` },
};

function facetChips(facet: Facet, view: ViewState, labels: Props['labels']): Chip[] {
  const chosen = view[facet.field];
  const look = FACET_CHIP[facet.field];
  return chosen.map((key) => {
    const text = labels[facet.field](key);
    const remove: ViewIntent = { kind: 'toggle-option', field: facet.field, key };
    return { key: `${facet.param}-${key}`, text, flag: look.flag ? key : undefined, name: look.name(text), remove };
  });
}

function chipsOf(view: ViewState, labels: Props['labels']): Chip[] {
  // The first facet (countries) leads, followed by its role, as the filters panel orders them.
  const [first, ...rest] = FACETS;
  const chips: Chip[] = first ? facetChips(first, view, labels) : [];
  if (view.role !== 'any') chips.push({ key: 'role', text: `Role: ${ROLE_CHOICE_LABEL[view.role]}`, name: `Remove role ${ROLE_CHOICE_LABEL[view.role]}`, role: view.role, remove: { kind: 'set-role', role: 'any' } });
  for (const facet of rest) chips.push(...facetChips(facet, view, labels));
  // Each name holds the chip's visible text (WCAG 2.5.3, label in name): a speech user says what they see.
  if (view.q.trim()) chips.push({ key: 'q', text: `“${view.q.trim()}”`, name: `Remove search “${view.q.trim()}”`, remove: { kind: 'clear-search' } });
  if (view.from || view.to) chips.push({ key: 'dates', text: datesText(view), name: `Remove dates ${datesText(view)}`, remove: { kind: 'clear-dates' } });
  return chips;
}

/**
 * Where focus goes when the control holding it leaves the page: the next chip (kept by its key),
 * else the one before, else the event list, never <body>.
 */
function keepFocus(from: HTMLElement, apply: () => void): void {
  const li = from.closest('li');
  const next = li?.nextElementSibling?.querySelector('button') ?? li?.previousElementSibling?.querySelector('button') ?? null;
  apply();
  (next?.isConnected ? next : document.getElementById('events'))?.focus();
}

/** The result count, every active filter as a removable chip, and one way to clear them all. */
export function ActiveFilters({ view, labels, shown, onMap, apart, total, readAs, onIntent }: Props) {
  const chips = chipsOf(view, labels);
  return (
    <div className="active-filters">
      <p role="status" className="result-count">
        {shown === null ? 'Searching…' : <><strong>{formatCount(shown)}</strong> of {formatCount(total)} {total === 1 ? 'event' : 'events'}{shown > 0 && <> · {onMapCount(shown, onMap)}</>}{apart > 0 && <> · {formatCount(apart)} undated listed apart</>}</>}
      </p>
      {readAs.length > 0 && (
        <p className="read-as">
          {readAs.map(readAsText).join('; ')}
        </p>
      )}
      {chips.length > 0 && (
        <>
          <ul className="chips" aria-label="Active filters">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button type="button" className="chip" data-role={chip.role} aria-label={chip.name} onClick={(e) => keepFocus(e.currentTarget, () => onIntent(chip.remove))}>
                  <span>{chip.flag && <CountryFlag code={chip.flag} />}{chip.text}</span>
                  <span aria-hidden="true" className="chip-x">×</span>
                </button>
              </li>
            ))}
          </ul>
          {/* With nothing shown, the empty list offers this button itself: one per screen. */}
          {shown !== null && shown > 0 && (
            <button type="button" className="link-button" onClick={(e) => keepFocus(e.currentTarget, () => onIntent({ kind: 'clear-filters' }))}>
              Clear all filters
            </button>
          )}
        </>
      )}
    </div>
  );
}
