import type { ReactNode } from 'react';
import type { Span } from '../../../schema/dataset.ts';

/** Shows `spans` in the source text, saying what they are and, for a derived fact, why. */
export type ShowSpans = (spans: readonly Span[], label: string, reasons?: readonly string[]) => void;

interface Props {
  spans: readonly (Span | null)[];
  label: string;
  /** Why a derived fact holds, shown beside its highlight. */
  reasons?: readonly string[];
  onShow: ShowSpans;
  children: ReactNode;
  className?: string;
  role?: string;
}

/** A fact that knows where it was read: pressing it shows that passage in the source text. */
export function FactButton({ spans, label, reasons = [], onShow, children, className = '', role }: Props) {
  // An empty span points at no words: a fact added by hand that the text does not name.
  const known = spans.filter((s): s is Span => s !== null && s.end > s.start);
  if (known.length === 0) return <span className={`fact ${className}`} data-role={role}>{children}</span>;
  return (
    <button type="button" className={`fact fact-button ${className}`} data-role={role} aria-describedby="fact-hint" onClick={() => onShow(known, label, reasons)}>
      {children}
    </button>
  );
}
