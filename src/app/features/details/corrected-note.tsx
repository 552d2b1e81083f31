import type { AtlasEvent } from '../../../schema/dataset.ts';

/** "corrected by hand: <note>" for the facts among `fields` that a correction set or removed (in place of a source span). */
export function CorrectedNote({ event, fields }: { event: AtlasEvent; fields: readonly string[] }) {
  const notes = (event.corrections ?? []).filter((c) => fields.some((f) => c.field === f || c.field.startsWith(`${f}.`)));
  if (notes.length === 0) return null;
  return (
    <ul className="fact-reasons corrected-notes">
      {notes.map((c) => <li key={`${c.field}-${c.note}`}>Corrected by hand: {c.note}</li>)}
    </ul>
  );
}
