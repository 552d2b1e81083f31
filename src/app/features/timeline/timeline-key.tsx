import { formatCount } from '../../../vocabulary/format-count.ts';
import type { UndatedChoice } from '../../view/view-state.ts';

interface Props {
  /** Undated events passing the filters (the timeline cannot draw them). */
  undated: number;
  choice: UndatedChoice;
  onChoice(choice: UndatedChoice): void;
}

/**
 * What the bars' looks mean, and the events the timeline cannot draw: counted here, with the
 * choice to keep them in the selection whatever the window (the default) or leave them out.
 */
export function TimelineKey({ undated, choice, onChoice }: Props) {
  return (
    <div className="timeline-key">
      <span className="timeline-key__item"><span className="timeline-key__swatch" aria-hidden="true" />Day stated</span>
      <span className="timeline-key__item"><span className="timeline-key__swatch timeline-key__swatch--derived" aria-hidden="true" />Day derived</span>
      <span className="timeline-key__item"><span className="timeline-key__swatch timeline-key__swatch--approximate" aria-hidden="true" />Approximate</span>
      {undated > 0 && (
        <span className="timeline-undated">
          <span role="status">{formatCount(undated)} undated</span>
          <label>
            <input type="checkbox" checked={choice === 'include'} onChange={(e) => onChoice(e.currentTarget.checked ? 'include' : 'exclude')} />
            Keep undated events in the list
          </label>
        </span>
      )}
    </div>
  );
}
