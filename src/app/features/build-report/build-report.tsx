import type { Rejected } from '../../../schema/dataset.ts';
import { useDevReport } from './dev-report-store.ts';
import './build-report.css';

/**
 * Releases the build could not read, each with its reason, and (in `npm run dev`) a failed build
 * or corrections that were not applied: in the page, not only in the terminal.
 */
export function BuildReport({ rejected }: { rejected: readonly Rejected[] }) {
  const dev = useDevReport();
  const warnings = dev?.warnings ?? [];
  if (rejected.length === 0 && warnings.length === 0 && !dev?.error) return null;
  return (
    <section className="build-report" aria-label="Build problems">
      {dev?.error && (
        <p role="alert" className="build-report-error">
          The data could not be rebuilt: <span className="build-report-text">{dev.error}</span>
        </p>
      )}
      {rejected.length > 0 && (
        <details>
          <summary>{rejected.length === 1 ? '1 release could not be read' : `${rejected.length} releases could not be read`}</summary>
          <ul>
            {rejected.map((r) => (
              <li key={r.file}><strong>{r.file}</strong>{r.line !== null && `:${r.line}`} — <span className="build-report-text">{r.reason}</span></li>
            ))}
          </ul>
        </details>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>{warnings.length === 1 ? '1 correction was not applied' : `${warnings.length} corrections were not applied`}</summary>
          <ul>{warnings.map((w) => <li key={w} className="build-report-text">{w}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
