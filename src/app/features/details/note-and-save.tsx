import type { Ref } from 'react';
import type { SaveStatus } from './save-entries.ts';
import { SaveStatusLine } from './save-status.tsx';

interface Props {
  /** The form's id prefix: the note's input is `${id}-note`. */
  id: string;
  note: string;
  onNote(note: string): void;
  placeholder: string;
  /** What the save button says with a dev server to write corrections.yaml; without one it shows the entry to copy. */
  saveLabel: string;
  status: SaveStatus;
  onCancel(): void;
  noteRef?: Ref<HTMLInputElement>;
}

/** The end every correction form shares: why (the note), save or show the YAML entry, cancel, and what became of it. */
export function NoteAndSave({ id, note, onNote, placeholder, saveLabel, status, onCancel, noteRef }: Props) {
  return (
    <>
      <label htmlFor={`${id}-note`}>Why (note)</label>
      <input ref={noteRef} id={`${id}-note`} value={note} onChange={(e) => onNote(e.target.value)} placeholder={placeholder} />
      <div className="correct-fact-actions">
        <button type="submit" className="button button-primary" disabled={status.kind === 'saving'}>{import.meta.env.DEV ? saveLabel : 'Show the YAML entry'}</button>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
      </div>
      <SaveStatusLine status={status} />
    </>
  );
}
