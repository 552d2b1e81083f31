import type { AtlasEvent, Organization } from '../../../schema/dataset.ts';
import { countryName } from '../../components/country-name.ts';
import { flagEmoji } from '../../components/flag-emoji.ts';
import { formatEventDates } from '../../components/format-dates.ts';
import { FactButton, type ShowSpans } from './fact-button.tsx';

function venueText(e: AtlasEvent): string {
  const code = e.venue.countryCode;
  const country = code ? (e.countries.find((c) => c.code === code)?.name ?? countryName(code)) : null;
  return [e.venue.city ?? e.venue.name, country].filter(Boolean).join(', ') || 'Not stated';
}

function OrgList({ orgs, onShow }: { orgs: readonly Organization[]; onShow: ShowSpans }) {
  return (
    <ul className="plain-list">
      {orgs.map((o) => (
        <li key={`${o.name}-${o.span.start}`}>
          <FactButton spans={[o.span]} label={o.name} onShow={onShow}>
            {o.countryCode && <span aria-hidden="true">{flagEmoji(o.countryCode)} </span>}
            {o.name}
          </FactButton>
        </li>
      ))}
    </ul>
  );
}

/** The event's scalar facts, organisers and topics, each linked to its source passage. */
export function EventFacts({ event: e, onShow }: { event: AtlasEvent; onShow: ShowSpans }) {
  const p = e.provenance;
  const placed = e.venue.lat !== null && e.venue.lon !== null;
  return (
    <dl className="facts">
      <dt>Dates</dt>
      <dd>
        <FactButton spans={[p.startDate, p.endDate, p.durationDays]} label="the dates" onShow={onShow}>{formatEventDates(e)}</FactButton>
        {e.durationDays !== null && <span className="muted"> · {e.durationDays} {e.durationDays === 1 ? 'day' : 'days'}</span>}
      </dd>
      <dt>Kind</dt>
      <dd>
        <FactButton spans={[p.kind]} label="the kind of event" onShow={onShow}>{e.kind[0]!.toUpperCase() + e.kind.slice(1)}</FactButton>
      </dd>
      <dt>Venue</dt>
      <dd>
        <FactButton spans={[p.venue]} label="the venue" onShow={onShow}>
          {e.venue.countryCode && <span aria-hidden="true">{flagEmoji(e.venue.countryCode)} </span>}
          {venueText(e)}
        </FactButton>
        {!placed && <span className="muted"> · not placed on the map</span>}
      </dd>
      <dt>Participants</dt>
      <dd>
        {e.participantCount === null ? <span className="muted">Not stated</span> : <FactButton spans={[p.participantCount]} label="the participant count" onShow={onShow}>{`About ${e.participantCount}`}</FactButton>}
      </dd>
      {e.organizers.length > 0 && (<><dt>Organisers</dt><dd><OrgList orgs={e.organizers} onShow={onShow} /></dd></>)}
      {e.organizations.length > 0 && (<><dt>Other organisations</dt><dd><OrgList orgs={e.organizations} onShow={onShow} /></dd></>)}
      {e.topics.length > 0 && (
        <>
          <dt>Topics</dt>
          <dd>
            <ul className="fact-chips">
              {e.topics.map((t) => (
                <li key={t.id}><FactButton spans={t.spans} label={`the topic ${t.label}`} onShow={onShow} className="topic-chip">{t.label}</FactButton></li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
