import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { buildIndexes, type DatasetIndexes, type DecodedSummary } from './build-indexes.ts';
import { InvalidDatasetError, datasetQueryOptions } from './dataset-query-options.ts';
import { LayoutSkeleton } from './layout-skeleton.tsx';

export interface LoadedDataset {
  summary: DecodedSummary;
  indexes: DatasetIndexes;
}

function Loaded({ summary, children }: { summary: DecodedSummary; children: (loaded: LoadedDataset) => ReactNode }) {
  // Indexes are built once per loaded dataset, not per view change.
  const indexes = useMemo(() => buildIndexes(summary), [summary]);
  return children({ summary, indexes });
}

function Problem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="gate-problem">
      <div className="gate-card" role="alert">
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

/** Loading, failed, invalid or loaded: every state of the dataset has its own screen. */
export function DatasetGate({ children }: { children: (loaded: LoadedDataset) => ReactNode }) {
  const query = useQuery(datasetQueryOptions());
  if (query.isPending) return <LayoutSkeleton />;
  if (query.isError && query.error instanceof InvalidDatasetError) {
    const { problems } = query.error;
    return (
      <Problem title="The dataset is invalid">
        <p>The data file was loaded but does not match the expected format. Rebuild it with <code>npm run data</code>.</p>
        <ul className="gate-problems">
          {problems.slice(0, 10).map((p) => <li key={p}>{p}</li>)}
        </ul>
        {problems.length > 10 && <p>…and {problems.length - 10} more problems.</p>}
      </Problem>
    );
  }
  if (query.isError) {
    return (
      <Problem title="The events could not be loaded">
        <p>{query.error.message}. Check your connection and try again.</p>
        <button type="button" className="button button-primary" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {query.isFetching ? 'Retrying…' : 'Retry'}
        </button>
      </Problem>
    );
  }
  return <Loaded summary={query.data}>{children}</Loaded>;
}
