import type { Body } from '../../../schema/app-files.ts';
import type { AtlasEvent, Organization, Venue } from '../../../schema/dataset.ts';
import { countryName } from '../../../vocabulary/country-names.ts';
import { CountryFlag } from '../../helpers/country-flag.tsx';
import { formatParticipantCount } from '../../../vocabulary/format-participant-count.ts';
import { formatEventDates, recordDates } from '../../../vocabulary/format-dates.ts';
import { CorrectedNote } from './corrected-note.tsx';
import { FactButton, type ShowSpans } from './fact-button.tsx';
import { placeLabel, placeWithPrecision } from '../../../vocabulary/place-label.ts';
import { OrganizerList } from './organizer-list.tsx';
import { PeopleList } from './people-list.tsx';
import { otherNames } from './other-names.ts';
import { AbsenceNotes } from './absence-notes.tsx';
import { CorrectButton } from './correct-button.tsx';
import { WhyChosen } from './why-chosen.tsx';

/** "Aktau, Kazakhstan"; "Naryn region, Kyrgyzstan, region only"; "Poland, country only" (the vocabulary's words). */
function venueText(v: Venue): string {
  const country = v.countryCode && v.precision !== 'country' ? countryName(v.countryCode) : null;
  return placeWithPrecision([placeLabel(v), country].filter(Boolean).join(', '), v.precision);
}

function VenueList({ event: e, onShow }: { event: AtlasEvent; onShow: ShowSpans }) {
  if (e.venues.length === 0) return <><AbsenceNotes event={e} facts={['venues']} fallback="Not stated" onShow={onShow} /><CorrectButton fact={{ fact: 'venue', index: 0 }} /></>;
  return (
    <ul className="plain-list">
      {e.venues.map((v, i) => (
        <li key={i}>
          <FactButton spans={[v.span]} label={`the venue ${v.city ?? v.region ?? v.countryCode ?? ''}`.trim()} reasons={v.reason ? [v.reason] : []} onShow={onShow}>
            {v.countryCode && <CountryFlag code={v.countryCode} />}
            {venueText(v)}
          </FactButton>
          <CorrectButton fact={{ fact: 'venue', index: i }} />
          {(v.lat === null || v.lon === null) && <span className="muted">{v.precision === 'country' && v.countryCode ? ' · on the map at the country, not a town' : ' · not placed on the map'}</span>}
          {v.reason && <span className="fact-reason">Derived: {v.reason}</span>}
          <OtherNames venue={v} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The few other names of the town a reader would know (former names first), folded away: why a
 * search for one of them found the event. A search finds every name GeoNames gives it.
 */
function OtherNames({ venue }: { venue: Venue }) {
  const names = otherNames(venue);
  if (names.length === 0) return null;
  const more = (venue.alsoKnownAs?.length ?? 0) > names.length;
  return (
    <details className="other-names">
      <summary>Other names ({names.length})</summary>
      <p>{names.join(', ')} <span className="muted">(GeoNames{more ? '; a search finds its other spellings too' : ''})</span></p>
    </details>
  );
}

function OrgList({ orgs, onShow }: { orgs: readonly Organization[]; onShow: ShowSpans }) {
  return (
    <ul className="plain-list">
      {orgs.map((o) => (
        <li key={`${o.name}-${o.span.start}`}>
          <FactButton spans={[o.span]} label={o.name} onShow={onShow}>
            {o.countryCode && <CountryFlag code={o.countryCode} />}
            {o.name}
          </FactButton>
        </li>
      ))}
    </ul>
  );
}

/** Whether a correction touched a list (so it is shown, with its note, even when emptied by hand). */
function corrected(e: AtlasEvent, field: string): boolean {
  return (e.corrections ?? []).some((c) => c.field === field || c.field.startsWith(`${field}.`));
}

const DATE_FIELDS = new Set(['startDate', 'endDate', 'approximate', 'durationDays']);

/** How derived dates were found, each with its reason ("end = start + 3 days: 'four-day' …"). */
function DateReasons({ event: e }: { event: AtlasEvent }) {
  const reasons = e.derivations.filter((d) => DATE_FIELDS.has(d.field));
  if (reasons.length === 0) return null;
  return (
    <ul className="fact-reasons">
      {reasons.map((d) => <li key={d.field}>Derived: {d.reason}</li>)}
    </ul>
  );
}

/** The event's scalar facts, organisers (as merged: `bodies`, the event's in the summary) and topics, each linked to its source passage. */
export function EventFacts({ event: e, bodies, onShow }: { event: AtlasEvent; bodies: readonly Body[]; onShow: ShowSpans }) {
  const p = e.provenance;
  const unquoted = e.people.filter((person) => !e.quotes.some((q) => q.speaker === person.name));
  const dateReasons = e.derivations.filter((d) => DATE_FIELDS.has(d.field)).map((d) => d.reason);
  return (
    <dl className="facts">
      <dt>Dates</dt>
      <dd>
        <FactButton spans={[p.startDate, p.endDate, p.durationDays]} label="the dates" reasons={dateReasons} onShow={onShow}>{formatEventDates(recordDates(e), 'details')}</FactButton>
        <CorrectButton fact={{ fact: 'dates' }} />
        {e.durationDays !== null && <span className="muted"> · {e.durationDays} {e.durationDays === 1 ? 'day' : 'days'}</span>}
        <DateReasons event={e} />
        {!e.startDate && !e.endDate && !e.dates.approximate && <AbsenceNotes event={e} facts={['startDate']} fallback="" onShow={onShow} />}
        <WhyChosen event={e} fact="dates" onShow={onShow} />
        <CorrectedNote event={e} fields={['startDate', 'endDate', 'durationDays', 'dates']} />
      </dd>
      <dt>Kind</dt>
      <dd>
        <FactButton spans={[p.kind]} label="the kind of event" onShow={onShow}>{e.kind[0]!.toUpperCase() + e.kind.slice(1)}</FactButton>
        <CorrectButton fact={{ fact: 'kind' }} />
        <CorrectedNote event={e} fields={['kind']} />
      </dd>
      <dt>{e.venues.length > 1 ? 'Venues' : 'Venue'}</dt>
      <dd><VenueList event={e} onShow={onShow} /><WhyChosen event={e} fact="venues" onShow={onShow} /><CorrectedNote event={e} fields={['venues']} /></dd>
      <dt>Participants</dt>
      <dd>
        {e.participantCount === null ? <AbsenceNotes event={e} facts={['participantCount']} fallback="Not stated" onShow={onShow} /> : <FactButton spans={[p.participantCount]} label="the participant count" onShow={onShow}>{formatParticipantCount(e.participantCount)}</FactButton>}
        <CorrectButton fact={{ fact: 'count' }} />
        <WhyChosen event={e} fact="participantCount" onShow={onShow} />
        <CorrectedNote event={e} fields={['participantCount']} />
      </dd>
      {(e.organizers.length > 0 || corrected(e, 'organizers')) && (
        <><dt>Organisers</dt><dd><OrganizerList organizers={e.organizers} bodies={bodies} onShow={onShow} /><WhyChosen event={e} fact="organizers" onShow={onShow} /><CorrectedNote event={e} fields={['organizers']} /></dd></>
      )}
      {(e.organizations.length > 0 || corrected(e, 'organizations')) && (
        <><dt>Other organisations</dt><dd><OrgList orgs={e.organizations} onShow={onShow} /><CorrectedNote event={e} fields={['organizations']} /></dd></>
      )}
      {(unquoted.length > 0 || corrected(e, 'people')) && (
        <><dt>People</dt><dd><PeopleList people={unquoted} onShow={onShow} /><CorrectedNote event={e} fields={['people']} /></dd></>
      )}
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
