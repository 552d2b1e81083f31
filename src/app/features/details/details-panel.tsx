import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EventSummary, Body } from '../../../schema/app-files.ts';
import type { AtlasEvent, Span } from '../../../schema/dataset.ts';
import { InvalidDatasetError, chunkQueryOptions } from '../../dataset/dataset-query-options.ts';
import { collectSpans } from './collect-spans.ts';
import { CorrectFact } from './correct-fact.tsx';
import { CorrectedNote } from './corrected-note.tsx';
import { CountriesByRole } from './countries-by-role.tsx';
import { EventFacts } from './event-facts.tsx';
import { EventImage } from './event-image.tsx';
import type { ShowSpans } from './fact-button.tsx';
import { QuoteList } from './quote-list.tsx';
import { ReportedBy } from './reported-by.tsx';
import { SourceText } from './source-text.tsx';

interface Props {
  summary: EventSummary;
  /** The event's organising bodies as the build merged them (from the summary's `organizerRows`). */
  organizers: readonly Body[];
  /** Where the full record is: the chunk file of the build the summary came from. */
  from: { generatedAt: string; chunk: number };
  onClose(): void;
}

const NONE: readonly Span[] = [];
const NONE_TEXT: readonly string[] = [];

/**
 * Everything known about one event, and the release it came from. The title shows at once from
 * the summary; the full record arrives with its chunk file. Mount with `key={summary.id}`.
 */
export function DetailsPanel({ summary, organizers, from, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // After a rebuild (npm run dev, a correction saved) the record stays while the new one loads, so
  // a form open in it keeps what it says.
  const chunk = useQuery({ ...chunkQueryOptions(from.generatedAt, from.chunk), placeholderData: keepPreviousData });
  const event = chunk.data?.get(summary.id) ?? null;

  useEffect(function focusHeadingOnOpen() {
    heading.current?.focus();
  }, []);

  useEffect(
    function closeOnEscape() {
      function onKeyDown(e: KeyboardEvent) {
        // Controls that use Escape themselves (an open list) mark it handled.
        if (e.key === 'Escape' && !e.defaultPrevented) onClose();
      }
      document.addEventListener('keydown', onKeyDown);
      return function removeEscapeListener() {
        document.removeEventListener('keydown', onKeyDown);
      };
    },
    [onClose],
  );

  return (
    <section role="region" aria-label="Event details" className="details">
      <header className="details-header">
        <h2 ref={heading} tabIndex={-1} className="details-title">{summary.title}</h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>×</button>
      </header>
      <div className="details-body">
        {event ? (
          <EventRecord event={event} bodies={organizers} />
        ) : chunk.isPending ? (
          <p role="status" className="hint">Loading the release…</p>
        ) : (
          <div role="alert" className="details-problem">
            <p>
              {chunk.isError
                ? `The release could not be loaded: ${chunk.error.message}`
                : 'This event is missing from its data file. Rebuild the data with npm run data.'}
            </p>
            {chunk.isError && !(chunk.error instanceof InvalidDatasetError) && (
              <button type="button" className="button" onClick={() => void chunk.refetch()} disabled={chunk.isFetching}>
                {chunk.isFetching ? 'Retrying…' : 'Retry'}
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

/** The full record: facts, countries, quotes and warnings, each linked to the source text. */
function EventRecord({ event, bodies }: { event: AtlasEvent; bodies: readonly Body[] }) {
  const [shown, setShown] = useState({ spans: NONE, note: '', reasons: NONE_TEXT, requestId: 0, release: 0 });
  const spans = useMemo(() => collectSpans(event), [event]);
  // A fact shows in the release it was read from (span.release; 0 is the event's own).
  const onShow: ShowSpans = (list, label, reasons = NONE_TEXT) =>
    setShown((s) => ({ spans: list, note: `Showing ${label} in the source text`, reasons, requestId: s.requestId + 1, release: list[0]?.release ?? 0 }));
  const release = shown.release === 0 ? event.source : (event.reports?.[shown.release - 1] ?? event.source);
  const inRelease = (list: readonly Span[]) => list.filter((s) => (s.release ?? 0) === shown.release);
  return (
    <>
      <EventImage url={event.imageUrl} />
      <p id="fact-hint" className="hint">Select a fact to see where the release says it.</p>
      <EventFacts event={event} bodies={bodies} onShow={onShow} />
      <CorrectFact event={event} />
      <section aria-labelledby="countries-heading">
        <h3 id="countries-heading" className="section-title">Countries</h3>
        <CountriesByRole countries={event.countries} onShow={onShow} />
        <CorrectedNote event={event} fields={['countries']} />
      </section>
      <QuoteList quotes={event.quotes} onShow={onShow} />
      <ReportedBy event={event} shown={shown.release} onShow={(i) => setShown((s) => ({ ...s, spans: NONE, note: '', reasons: NONE_TEXT, release: i }))} />
      {event.warnings.length > 0 && (
        <section aria-labelledby="warnings-heading" className="warnings">
          <h3 id="warnings-heading" className="section-title">To check</h3>
          <ul>{event.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </section>
      )}
      <SourceText text={release.text} file={release.file} spans={inRelease(spans)} active={inRelease(shown.spans)} note={shown.note} reasons={shown.reasons} requestId={shown.requestId} />
    </>
  );
}
