import { useEffect, useMemo, useRef } from 'react';
import type { Span } from '../../../schema/dataset.ts';
import { highlightSegments } from './highlight-segments.ts';

interface Props {
  text: string;
  file: string;
  spans: readonly Span[];
  active: readonly Span[];
  /** What was asked for, announced politely ("Showing Afghanistan in the source text"). */
  note: string;
  /** Why the fact shown holds, when it was derived rather than read. */
  reasons: readonly string[];
  /** Changes on every request, so asking twice for the same fact scrolls again. */
  requestId: number;
}

/** The full release with every extracted fact marked, and the requested one brought into view. */
export function SourceText({ text, file, spans, active, note, reasons, requestId }: Props) {
  const segments = useMemo(() => highlightSegments(text.length, spans, active), [text, spans, active]);
  const firstActive = useRef<HTMLElement>(null);
  useEffect(
    function revealRequestedSpan() {
      const el = firstActive.current;
      if (!el || requestId === 0) return;
      el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      el.focus({ preventScroll: true });
    },
    [requestId],
  );
  // The first active segment gets the ref, so the request scrolls to where the fact begins.
  const firstActiveStart = segments.find((s) => s.active)?.start;
  return (
    <section className="source" aria-labelledby="source-heading">
      <h3 id="source-heading" className="section-title">Source text <span className="muted">{file}</span></h3>
      {/* What is highlighted and, for a derived fact, why it holds: beside the highlight. */}
      <div className="source-note" aria-live="polite">
        {note && <p>{note}</p>}
        {reasons.map((r) => <p key={r} className="source-note-reason">Derived: {r}</p>)}
      </div>
      <p className="source-text">
        {segments.map((s) => {
          const content = text.slice(s.start, s.end);
          if (!s.marked && !s.active) return <span key={s.start}>{content}</span>;
          const isFirst = s.start === firstActiveStart;
          return (
            <mark key={s.start} className={s.active ? 'mark-active' : undefined} ref={isFirst ? firstActive : undefined} tabIndex={isFirst ? -1 : undefined}>
              {content}
            </mark>
          );
        })}
      </p>
    </section>
  );
}
