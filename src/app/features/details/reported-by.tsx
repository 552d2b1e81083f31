import type { AtlasEvent } from '../../../schema/dataset.ts';
import { REPORT_KIND_LABELS } from '../../../schema/report-kind-label.ts';
import { SplitOffReport } from './split-off-report.tsx';
import './report-rules.css';

interface Props {
  event: AtlasEvent;
  /** The release whose text is shown: 0 is the event's own, i is `reports[i - 1]`. */
  shown: number;
  onShow(release: number): void;
}

/**
 * "Reported by 3 releases": every release that tells of the event (its own first), each with its
 * file, title, date and what it is to the event, and a button that shows its own text below with
 * its facts highlighted, and beside each joined release "Not the same event" (SplitOffReport).
 * Nothing for an event told by one release.
 */
export function ReportedBy({ event, shown, onShow }: Props) {
  const reports = event.reports ?? [];
  if (reports.length === 0) return null;
  const releases = [
    { file: event.source.file, title: event.title, publishedDate: event.publishedDate, what: 'the first release', gave: [] as string[] },
    ...reports.map((r) => ({ file: r.file, title: r.title, publishedDate: r.publishedDate, what: REPORT_KIND_LABELS[r.kind], gave: r.gave })),
  ];
  return (
    <section aria-labelledby="reported-by-heading">
      <h3 id="reported-by-heading" className="section-title">Reported by {releases.length} releases</h3>
      <ol className="reported-by">
        {releases.map((r, i) => (
          <li key={r.file}>
            <button type="button" className="link-button" aria-pressed={shown === i} aria-label={`Read ${r.file}: ${r.title}`} onClick={() => onShow(i)}>
              {r.title}
            </button>
            <span className="muted">
              {' '}
              {r.file}
              {r.publishedDate ? `, ${r.publishedDate}` : ''}: {r.what}
              {r.gave.length > 0 ? `; gave ${r.gave.join(', ')}` : ''}
            </span>
            {i > 0 && <SplitOffReport event={event} report={i - 1} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
