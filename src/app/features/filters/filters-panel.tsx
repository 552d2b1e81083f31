import { useCallback } from 'react';
import type { FacetField } from '../../view/facets.ts';
import type { ViewIntent } from '../../view/view-intent.ts';
import type { ViewState } from '../../view/view-state.ts';
import { CheckboxGroup, type CountedOption } from './checkbox-group.tsx';
import { CountryCombobox } from './country-combobox.tsx';
import { RoleRadios } from './role-radios.tsx';

/** Each facet's options with their live counts. */
export type FilterOptions = Readonly<Record<FacetField, readonly CountedOption[]>>;

interface Props {
  view: ViewState;
  options: FilterOptions;
  onIntent(intent: ViewIntent): void;
  /** The search box was focused: the search index can start loading before the first keystroke. */
  onSearchIntent?: () => void;
}

/** Every filter control; values come from the URL and go straight back to it. */
export function FiltersPanel({ view, options, onIntent, onSearchIntent }: Props) {
  const changeRole = useCallback((role: ViewState['role']) => onIntent({ kind: 'set-role', role }), [onIntent]);
  return (
    <div className="filters">
      <input
        type="search"
        className="input"
        aria-label="Search events"
        placeholder="Places, people, organisations, any word…"
        value={view.q}
        onFocus={onSearchIntent}
        // Typing replaces the history entry (see historyModeOf): Back should not replay every keystroke.
        onChange={(e) => onIntent({ kind: 'search', q: e.target.value })}
      />
      <CountryCombobox options={options.countries} selected={view.countries} onToggle={(key) => onIntent({ kind: 'toggle-option', field: 'countries', key })} />
      <RoleRadios value={view.role} onChange={changeRole} />
      <CheckboxGroup legend="Topic" options={options.topics} selected={view.topics} onToggle={(key) => onIntent({ kind: 'toggle-option', field: 'topics', key })} />
      <CheckboxGroup legend="Organiser" searchable options={options.organizers} selected={view.organizers} onToggle={(key) => onIntent({ kind: 'toggle-option', field: 'organizers', key })} />
    </div>
  );
}
