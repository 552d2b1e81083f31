import { ROLES, type EventCountry, type Role } from '../../../schema/dataset.ts';
import { CountryFlag } from '../../helpers/country-flag.tsx';
import { ROLE_PLURAL } from '../../../vocabulary/role-labels.ts';
import { FactButton, type ShowSpans } from './fact-button.tsx';

// Reading order: who hosted, who came, who taught, who organised.
const ORDER: Role[] = ['host', 'participant', 'expert', 'organizer'];

function evidenceFor(c: EventCountry, role: Role | null) {
  const matching = c.evidence.filter((e) => e.role === role);
  return matching.length ? matching : c.evidence;
}

/** Countries grouped by role; a country with several roles appears under each. */
export function CountriesByRole({ countries, onShow }: { countries: readonly EventCountry[]; onShow: ShowSpans }) {
  const groups: { key: string; title: string; role: Role | null; list: EventCountry[] }[] = ORDER.filter((r) => ROLES.includes(r)).map((role) => ({
    key: role,
    title: ROLE_PLURAL[role],
    role,
    list: countries.filter((c) => c.roles.includes(role)),
  }));
  groups.push({ key: 'mentioned', title: 'Also mentioned', role: null, list: countries.filter((c) => c.roles.length === 0) });
  const shown = groups.filter((g) => g.list.length > 0);
  if (shown.length === 0) return <p className="muted">No countries named.</p>;
  return (
    <div className="country-groups">
      {shown.map((g) => (
        <div key={g.key} className="country-group">
          <h4 className="group-title" data-role={g.role ?? undefined}>{g.title}</h4>
          <ul className="fact-chips">
            {g.list.map((c) => {
              const evidence = evidenceFor(c, g.role);
              // A role the text implies rather than states ("officers from across the country").
              const reasons = evidence.flatMap((e) => (e.reason ? [e.reason] : []));
              return (
                <li key={c.code}>
                  <FactButton spans={evidence.map((e) => e.span)} label={c.name} reasons={reasons} onShow={onShow} className="country-chip" role={g.role ?? undefined}>
                    <CountryFlag code={c.code} /> {c.name}
                    {reasons.length > 0 && <span className="implied-tag"> (implied)</span>}
                  </FactButton>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
