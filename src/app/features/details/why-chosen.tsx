import { useId, useState } from 'react';
import type { AtlasEvent } from '../../../schema/dataset.ts';
import type { Candidate, DecidedFact } from '../../../schema/evidence.ts';
import type { ShowSpans } from './fact-button.tsx';
import { readablePlace } from '../../../vocabulary/absence-text.ts';

/** The question each decided fact answers. */
const QUESTION: Record<DecidedFact, string> = { venues: 'Why here?', dates: 'Why this date?', participantCount: 'Why this count?', countryRoles: 'Why these roles?', organizers: 'Why these organisers?' };

const signed = (n: number) => (n > 0 ? `+${+n.toFixed(2)}` : `${+n.toFixed(2)}`);

/** A span in the event's own release can be shown; one in another report's text cannot be, here. */
const ownSpan = (c: Candidate) => (c.span && (c.span.release ?? 0) === 0 ? c.span : null);

/**
 * "Why here?" / "Why this date?" / "Why this count?": every candidate the build step weighed for
 * the fact (`event.decisions`), best first, the chosen ones marked, each with its evidence and,
 * where the text names it, a button that shows it there. Nothing when the fact had no contest.
 */
export function WhyChosen({ event, fact, onShow }: { event: AtlasEvent; fact: DecidedFact; onShow: ShowSpans }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const decision = event.decisions?.find((d) => d.fact === fact);
  if (!decision) return null;
  const question = QUESTION[fact];
  return (
    <div className="why">
      <button type="button" className="link-button why-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {question}
      </button>
      {open && (
        <div id={id} className="why-body">
          <p className="hint">Candidates the build weighed, best first (chosen at a score of {signed(decision.threshold).replace('+', '')} or more):</p>
          <ol className="why-candidates" aria-label={`${question} The candidates`}>
            {decision.candidates.map((c, i) => {
              const span = ownSpan(c);
              const label = fact === 'venues' ? readablePlace(c.label) : c.label;
              const name = (
                <>
                  {c.chosen && <span className="why-chosen-mark" aria-hidden="true">✓ </span>}
                  {label}
                </>
              );
              return (
                <li key={`${c.label}-${i}`} className="why-candidate" data-chosen={c.chosen || undefined}>
                  <span className="why-candidate-head">
                    {span ? (
                      <button type="button" className="fact fact-button" onClick={() => onShow([span], `the candidate ${label}`)}>{name}</button>
                    ) : (
                      <span className="fact">{name}</span>
                    )}
                    <span className="muted"> · score {signed(c.score)}{c.chosen ? ' · chosen' : ''}</span>
                  </span>
                  {c.evidence.length > 0 && (
                    <ul className="why-evidence">
                      {c.evidence.map((x, k) => <li key={`${x.feature}-${k}`}><span className="why-weight">{signed(x.weight)}</span> {x.note}</li>)}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}
