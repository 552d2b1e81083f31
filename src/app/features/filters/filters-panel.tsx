import { useCallback } from 'react';
import type { FacetField } from '../../view/facets.ts';
import type { UpdateView } from '../../view/use-view-state.ts';
import type { ViewState } from '../../view/view-state.ts';
import { CheckboxGroup, type CountedOption } from './checkbox-group.tsx';
import { CountryCombobox } from './country-combobox.tsx';
import { RoleRadios } from './role-radios.tsx';

/** Each facet's options with their live counts. */
export type FilterOptions = Readonly<Record<FacetField, readonly CountedOption[]>>;

interface Props {
  view: ViewState;
  options: FilterOptions;
  onChange: UpdateView;
  /** The search box was focused: the search index can start loading before the first keystroke. */
  onSearchIntent?: () => void;
}

const toggle = (list: readonly string[], key: string) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);

/** Every filter control; values come from the URL and go straight back to it. */
export function FiltersPanel({ view, options, onChange, onSearchIntent }: Props) {
  const changeRole = useCallback((role: ViewState['role']) => onChange({ role }), [onChange]);
  return (
    <div className="filters">
      <input
        type="search"
        className="input"
        aria-label="Search events"
        placeholder="Places, people, organisations, any word…"
        value={view.q}
        onFocus={onSearchIntent}
        // Typing replaces the history entry: Back should not replay every keystroke.
        onChange={(e) => onChange({ q: e.target.value }, 'replace')}
      />
      <CountryCombobox options={options.countries} selected={view.countries} onToggle={(code) => onChange({ countries: toggle(view.countries, code) })} />
      <RoleRadios value={view.role} onChange={changeRole} />
      <CheckboxGroup legend="Topic" options={options.topics} selected={view.topics} onToggle={(key) => onChange({ topics: toggle(view.topics, key) })} />
      <CheckboxGroup legend="Organiser" searchable options={options.organizers} selected={view.organizers} onToggle={(key) => onChange({ organizers: toggle(view.organizers, key) })} />
    </div>
  );
}
