import type { AtlasEvent } from '../../../schema/dataset.ts';
import type { AbsentFact } from '../../../schema/evidence.ts';
import { absenceText, absencesOf } from '../../../vocabulary/absence-text.ts';
import type { ShowSpans } from './fact-button.tsx';

/**
 * Why a null fact is null, as extraction saw it (`event.absences`): each reason in true words, the
 * name it read linked to where the text names it. Falls back to `fallback` when the data has no
 * reason (a dataset from before reasons were kept).
 */
export function AbsenceNotes({ event, facts, fallback, onShow }: { event: AtlasEvent; facts: readonly AbsentFact[]; fallback: string; onShow: ShowSpans }) {
  const absences = facts.flatMap((f) => absencesOf(event.absences, f));
  if (absences.length === 0) return fallback ? <span className="muted">{fallback}</span> : null;
  return (
    <ul className="plain-list absence-notes">
      {absences.map((a, i) => {
        const text = absenceText(a);
        const span = a.span && (a.span.release ?? 0) === 0 ? a.span : null;
        return (
          <li key={`${a.fact}-${i}`} className="muted">
            {span ? <button type="button" className="fact fact-button" aria-describedby="fact-hint" onClick={() => onShow([span], a.name ? `“${a.name}”` : 'the passage')}>{text}</button> : text}
          </li>
        );
      })}
    </ul>
  );
}
