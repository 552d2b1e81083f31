import type { SaveStatus } from './save-entries.ts';

/** What became of a correction entry: saving, saved (the view updates on the rebuild), why not, or the YAML to copy. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  if (status.kind === 'saving') return <p role="status" className="hint">Saving…</p>;
  if (status.kind === 'saved') return <p role="status" className="hint">Saved to corrections.yaml; the view updates when the data is rebuilt.</p>;
  if (status.kind === 'problem') return <p role="alert" className="correct-fact-problem">{status.text}</p>;
  if (status.kind !== 'snippet') return null;
  return (
    <div className="correct-fact-snippet">
      <p className="hint">Add this entry to seeds/corrections.yaml, then run npm run data:</p>
      <pre aria-label="Correction entry">{status.text}</pre>
      <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(status.text)}>Copy</button>
    </div>
  );
}
