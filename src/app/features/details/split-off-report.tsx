import { useEffect, useId, useRef, useState } from 'react';
import type { AtlasEvent } from '../../../schema/dataset.ts';
import { splitOffRules } from './report-rule-state.ts';
import { saveEntries, type SaveStatus } from './save-entries.ts';
import { NoteAndSave } from './note-and-save.tsx';

interface Props {
  event: AtlasEvent;
  /** The joined release: an index into `event.reports`. */
  report: number;
}

/**
 * "Not the same event" beside a joined release: asks why, then writes `notSameEventAs` rules
 * (against every other release of the event) through the correction path, so after the rebuild
 * the release is an event of its own, and stays one.
 */
export function SplitOffReport({ event, report }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const noteRef = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const title = event.reports?.[report]?.title ?? '';
  const name = `Split '${title}' off this event`;

  useEffect(function focusNoteOnOpen() {
    if (open) noteRef.current?.focus();
  }, [open]);

  async function submit() {
    const result = splitOffRules(event, report, note);
    if (!result.ok) return setStatus({ kind: 'problem', text: result.problem });
    setStatus({ kind: 'saving' });
    setStatus(await saveEntries(result.rules));
  }
  function close() {
    setOpen(false);
    setStatus({ kind: 'idle' });
    // Back to the button that opened the form, so a keyboard user does not land on <body>.
    requestAnimationFrame(() => opener.current?.focus());
  }

  if (!open) {
    return (
      <button ref={opener} type="button" className="button button-small" aria-label={`Not the same event: ${name}`} onClick={() => setOpen(true)}>
        Not the same event
      </button>
    );
  }
  return (
    <form className="correct-fact" aria-label={name} onSubmit={(e) => (e.preventDefault(), void submit())} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), close())}>
      <p className="hint split-off-what">The release becomes an event of its own, and stays one after every rebuild.</p>
      <NoteAndSave id={id} noteRef={noteRef} note={note} onNote={(text) => (setNote(text), status.kind === 'problem' && setStatus({ kind: 'idle' }))} placeholder="Another run of the course" saveLabel="Split off" status={status} onCancel={close} />
    </form>
  );
}
