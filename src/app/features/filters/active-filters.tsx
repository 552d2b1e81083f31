import { CountryFlag } from '../../components/country-flag.tsx';
import { formatDay } from '../../components/format-dates.ts';
import type { UpdateView } from '../../view/use-view-state.ts';
import { DEFAULT_VIEW, type ViewState } from '../../view/view-state.ts';
import { ROLE_CHOICE_LABEL } from './role-choice-label.ts';
import { formatCount } from '../../components/format-count.ts';

interface Props {
  view: ViewState;
  /** Key → readable label for countries, topics and organisers. */
  labels: { country(code: string): string; topic(id: string): string; organizer(key: string): string };
  /** Null while the search text loads. */
  shown: number | null;
  total: number;
  onChange: UpdateView;
}

interface Chip {
  key: string;
  text: string;
  name: string;
  role?: string;
  /** A country chip's flag, drawn before its text. */
  flag?: string;
  remove: Partial<ViewState>;
}

function datesText(view: ViewState): string {
  if (view.from && view.to) return `${formatDay(view.from)} – ${formatDay(view.to)}`;
  return view.from ? `From ${formatDay(view.from)}` : `Until ${formatDay(view.to!)}`;
}

function chipsOf(view: ViewState, labels: Props['labels']): Chip[] {
  const chips: Chip[] = view.countries.map((c) => {
    const name = labels.country(c);
    return { key: `c-${c}`, text: name, flag: c, name: `Remove ${name}`, remove: { countries: view.countries.filter((x) => x !== c) } };
  });
  if (view.role !== 'any') chips.push({ key: 'role', text: `Role: ${ROLE_CHOICE_LABEL[view.role]}`, name: `Remove role ${ROLE_CHOICE_LABEL[view.role]}`, role: view.role, remove: { role: 'any' } });
  for (const t of view.topics) {
    const label = labels.topic(t);
    chips.push({ key: `t-${t}`, text: label, name: `Remove topic ${label}`, remove: { topics: view.topics.filter((x) => x !== t) } });
  }
  for (const o of view.organizers) {
    const label = labels.organizer(o);
    chips.push({ key: `o-${o}`, text: label, name: `Remove organiser ${label}`, remove: { organizers: view.organizers.filter((x) => x !== o) } });
  }
  if (view.q.trim()) chips.push({ key: 'q', text: `“${view.q.trim()}”`, name: 'Remove search', remove: { q: '' } });
  if (view.from || view.to) chips.push({ key: 'dates', text: datesText(view), name: 'Remove dates', remove: { from: null, to: null } });
  return chips;
}

/** The result count, every active filter as a removable chip, and one way to clear them all. */
export function ActiveFilters({ view, labels, shown, total, onChange }: Props) {
  const chips = chipsOf(view, labels);
  return (
    <div className="active-filters">
      <p role="status" className="result-count">
        {shown === null ? 'Searching…' : <><strong>{formatCount(shown)}</strong> of {formatCount(total)} {total === 1 ? 'event' : 'events'}</>}
      </p>
      {chips.length > 0 && (
        <>
          <ul className="chips" aria-label="Active filters">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button type="button" className="chip" data-role={chip.role} aria-label={chip.name} onClick={() => onChange(chip.remove)}>
                  <span>{chip.flag && <CountryFlag code={chip.flag} />}{chip.text}</span>
                  <span aria-hidden="true" className="chip-x">×</span>
                </button>
              </li>
            ))}
          </ul>
          {/* With nothing shown, the empty list offers this button itself: one per screen. */}
          {shown !== null && shown > 0 && (
            <button type="button" className="link-button" onClick={() => onChange({ ...DEFAULT_VIEW, event: view.event })}>
              Clear all filters
            </button>
          )}
        </>
      )}
    </div>
  );
}
