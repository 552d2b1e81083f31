import { createContext, useContext } from 'react';
import type { FactRef } from './correction-preset.ts';

/** Opens the details panel's one correction form on a fact; `from` gets focus back when it closes. */
export type OpenCorrection = (fact: FactRef, from: HTMLElement) => void;

/** Given by the record that holds the form; absent (no buttons) where facts are shown without one. */
export const CorrectionContext = createContext<{ open: OpenCorrection; label(fact: FactRef): string } | null>(null);

/**
 * The small "Correct" button beside a fact: its name says which fact ("Correct the venue Kasese",
 * "Correct Uganda's role as participant"), and it opens the one form with that fact chosen.
 */
export function CorrectButton({ fact }: { fact: FactRef }) {
  const correction = useContext(CorrectionContext);
  if (!correction) return null;
  const label = correction.label(fact);
  return (
    <button type="button" className="correct-button" aria-label={label} title={label} onClick={(e) => correction.open(fact, e.currentTarget)}>
      <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
        <path d="M11.3 1.3a1 1 0 0 1 1.4 0l2 2a1 1 0 0 1 0 1.4l-8.5 8.5-3.6 1.1 1.1-3.6z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
