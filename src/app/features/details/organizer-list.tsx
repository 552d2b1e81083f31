import type { Body } from '../../../schema/app-files.ts';
import type { Organization } from '../../../schema/dataset.ts';
import { CountryFlag } from '../../helpers/country-flag.tsx';
import { FactButton, type ShowSpans } from './fact-button.tsx';
import { namedOrganizers } from './named-organizers.ts';

/**
 * The event's organisers under the names the build merged them to (as the filter, table and export
 * name them), each with the spellings the release used when they differ: "OSCE Programme Office in
 * Astana (written: OSCE Centre in Astana)". Pressing one shows where the release names it.
 */
export function OrganizerList({ organizers, bodies, onShow }: { organizers: readonly Organization[]; bodies: readonly Body[]; onShow: ShowSpans }) {
  return (
    <ul className="plain-list">
      {namedOrganizers(organizers, bodies).map((o) => (
        <li key={o.name}>
          <FactButton spans={o.spans} label={[...(o.alsoAsNamed ? [o.name] : []), ...o.written].join(' / ')} onShow={onShow}>
            {o.countryCode && <CountryFlag code={o.countryCode} />}
            {o.name}
          </FactButton>
          {o.written.length > 0 && <span className="muted"> ({o.alsoAsNamed ? 'also written' : 'written'}: {o.written.join('; ')})</span>}
        </li>
      ))}
    </ul>
  );
}
