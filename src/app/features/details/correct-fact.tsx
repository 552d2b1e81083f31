import { useEffect, useId, useRef, useState } from 'react';
import type { AtlasEvent } from '../../../schema/dataset.ts';
import { EMPTY_FORM, FIXABLE, toCorrection, type Fixable, type FormValues } from './correction-form-state.ts';
import { CorrectionInputs } from './correction-inputs.tsx';
import { saveEntries, type SaveStatus } from './save-entries.ts';
import { NoteAndSave } from './note-and-save.tsx';
import './correct-fact.css';

interface Props {
  event: AtlasEvent;
  /** Whether the form is open, and on what: `null` shows the "Correct this fact" button. Mount with a new key for each opening. */
  initial: FormValues | null;
  /** Whether a fact's own button opened it (its value is then focused to edit), not the general button. */
  onFact: boolean;
  onOpen(): void;
  onClose(): void;
}

/**
 * The details panel's one correction form, opened by "Correct this fact" or by a fact's own button
 * with that fact chosen. In `npm run dev` the entry is written to seeds/corrections.yaml through
 * the dev server, which rebuilds the data and updates the view; in a static build it offers the
 * YAML entry to copy into that file.
 */
export function CorrectFact({ event, initial, onFact, onOpen, onClose }: Props) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>(initial ?? EMPTY_FORM);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const open = initial !== null;

  useEffect(
    function focusWhatToFix() {
      if (!form.current) return;
      const edit = onFact ? (form.current.querySelector<HTMLElement>(`[id="${id}-value"], [id="${id}-extra"]`) ?? null) : null;
      const target = edit ?? form.current.querySelector<HTMLElement>(`[id="${id}-fact"]`);
      target?.scrollIntoView?.({ block: 'nearest' });
      target?.focus();
    },
    [id, onFact],
  );
  const set = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit() {
    const result = toCorrection(event, values);
    if (!result.ok) return setStatus({ kind: 'problem', text: result.problem });
    if (import.meta.env.DEV) setStatus({ kind: 'saving' });
    setStatus(await saveEntries([result.correction]));
  }

  if (!open) return <button type="button" className="button correct-fact-open" onClick={onOpen}>Correct this fact</button>;
  return (
    <form ref={form} className="correct-fact" aria-label="Correct a fact" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <label htmlFor={`${id}-fact`}>Fact</label>
      <select id={`${id}-fact`} value={values.fact} onChange={(e) => (set({ ...EMPTY_FORM, fact: e.target.value as Fixable, note: values.note }), setStatus({ kind: 'idle' }))}>
        {Object.entries(FIXABLE).map(([key, label]) => <option key={key} value={key}>{label}</option>)}
      </select>
      <CorrectionInputs id={id} event={event} values={values} set={set} />
      <NoteAndSave id={id} note={values.note} onNote={(note) => set({ note })} placeholder="Figure from the final report" saveLabel="Save correction" status={status} onCancel={onClose} />
    </form>
  );
}
