import type { ReactNode } from 'react';
import type { Span } from '../../../schema/dataset.ts';

export type ShowSpans = (spans: readonly Span[], label: string) => void;

interface Props {
  spans: readonly (Span | null)[];
  label: string;
  onShow: ShowSpans;
  children: ReactNode;
  className?: string;
  role?: string;
}

/** A fact that knows where it was read: pressing it shows that passage in the source text. */
export function FactButton({ spans, label, onShow, children, className = '', role }: Props) {
  const known = spans.filter((s): s is Span => s !== null);
  if (known.length === 0) return <span className={`fact ${className}`} data-role={role}>{children}</span>;
  return (
    <button type="button" className={`fact fact-button ${className}`} data-role={role} aria-describedby="fact-hint" onClick={() => onShow(known, label)}>
      {children}
    </button>
  );
}
