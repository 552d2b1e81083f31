import { COUNT_QUALIFIERS, KINDS, ROLES, type AtlasEvent } from '../../../schema/dataset.ts';
import { ROLE_LABEL } from '../../../vocabulary/role-labels.ts';
import { NO_ROLE, type FormValues } from './correction-form-state.ts';

interface Props {
  id: string;
  event: AtlasEvent;
  values: FormValues;
  set(patch: Partial<FormValues>): void;
}

/** The controls for one kind of correction, each with its label: what is chosen among the event's facts, what is typed. */
export function CorrectionInputs({ id, event, values: v, set }: Props) {
  const choose = (label: string, options: readonly (readonly [string, string])[], onPick?: (value: string) => Partial<FormValues>) => (
    <Choice id={`${id}-target`} label={label} value={v.target} options={options} onChange={(target) => set({ target, ...onPick?.(target) })} />
  );
  const type = (label: string, placeholder = '', field: 'value' | 'extra' = 'value', kind = 'text') => (
    <Typed id={`${id}-${field}`} label={label} value={v[field]} placeholder={placeholder} type={kind} onChange={(text) => set({ [field]: text })} />
  );
  const organizers = event.organizers.map((o) => [o.name, o.name] as const);
  const countryRoles = event.countries.flatMap((c) => c.roles.map((r) => [`${c.code}.${r}`, `${c.name}: ${ROLE_LABEL[r]}`] as const));
  switch (v.fact) {
    case 'participantCount':
      return (
        <>
          {type('Correct value', '', 'value', 'number')}
          <Choice id={`${id}-qualifier`} label="Qualifier" value={v.qualifier} options={COUNT_QUALIFIERS.map((q) => [q, q] as const)} onChange={(q) => set({ qualifier: q as FormValues['qualifier'] })} />
        </>
      );
    case 'startDate':
    case 'endDate':
      return type('Correct value', 'YYYY-MM-DD', 'value', 'date');
    case 'kind':
      return <Choice id={`${id}-value`} label="Correct value" value={v.value} options={KINDS.map((k) => [k, k] as const)} onChange={(value) => set({ value })} />;
    case 'title':
      return type('Correct value');
    case 'venues':
      return type('Places', 'Kasese, UG; Fort Portal, UG');
    case 'addVenue':
      return type('Place', 'Kasese, UG (or a country code: UG)');
    case 'removeVenue':
      return choose('Venue', event.venues.map((venue, i) => [String(i), [venue.city ?? venue.region ?? venue.name, venue.countryCode].filter(Boolean).join(', ')] as const));
    case 'addRole':
      return (
        <>
          {type('Country code', 'AF')}
          <Choice id={`${id}-extra`} label="Role" value={v.extra} options={ROLES.map((r) => [r, ROLE_LABEL[r]] as const)} onChange={(extra) => set({ extra })} />
        </>
      );
    case 'changeRole':
      return (
        <>
          {choose('Country and role', countryRoles)}
          <Choice id={`${id}-extra`} label="New role" value={v.extra} options={[...ROLES.map((r) => [r, ROLE_LABEL[r]] as const), [NO_ROLE, 'None (remove this role)'] as const]} onChange={(extra) => set({ extra })} />
        </>
      );
    case 'removeRole':
      return choose('Country and role', countryRoles);
    case 'removeCountry':
      return choose('Country', event.countries.map((c) => [c.code, c.name] as const));
    case 'renameOrganizer':
      return (
        <>
          {choose('Organiser', organizers)}
          {type('Correct name', 'Another organiser\'s name merges the two')}
        </>
      );
    case 'removeOrganizer':
      return choose('Organiser', organizers);
    case 'person': {
      const pick = (name: string) => ({ value: name, extra: event.people.find((p) => p.name === name)?.role ?? '' });
      return (
        <>
          {choose('Person', event.people.map((p) => [p.name, p.name] as const), pick)}
          {type('Correct name')}
          {type('Correct role', 'None', 'extra')}
        </>
      );
    }
  }
}

function Choice({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: readonly (readonly [string, string])[]; onChange(v: string): void }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {options.map(([key, text]) => <option key={key} value={key}>{text}</option>)}
      </select>
    </>
  );
}

function Typed({ id, label, value, placeholder, type, onChange }: { id: string; label: string; value: string; placeholder: string; type: string; onChange(v: string): void }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} min={type === 'number' ? 1 : undefined} value={value} placeholder={placeholder || undefined} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}
