import { useId, useState } from 'react';
import { correctionSnippet, DEV_CORRECTIONS_URL } from '../../../schema/correction-snippet.ts';
import { COUNT_QUALIFIERS, KINDS, type AtlasEvent } from '../../../schema/dataset.ts';
import { FIXABLE, toCorrection, type Fixable, type FormValues } from './correction-form-state.ts';
import './correct-fact.css';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'problem'; text: string } | { kind: 'snippet'; text: string };

/**
 * "Correct this fact": in `npm run dev` the entry is written to seeds/corrections.yaml through the
 * dev server, which rebuilds the data and updates the view; in a static build it offers the YAML
 * entry to copy into that file.
 */
export function CorrectFact({ event }: { event: AtlasEvent }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<FormValues>({ fact: 'participantCount', value: '', qualifier: 'exact', note: '' });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const set = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit() {
    const result = toCorrection(event, values);
    if (!result.ok) return setStatus({ kind: 'problem', text: result.problem });
    if (!import.meta.env.DEV) return setStatus({ kind: 'snippet', text: correctionSnippet(result.correction) });
    setStatus({ kind: 'saving' });
    try {
      const response = await fetch(DEV_CORRECTIONS_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(result.correction) });
      const body = (await response.json()) as { error?: string };
      setStatus(response.ok ? { kind: 'saved' } : { kind: 'problem', text: body.error ?? `The dev server answered ${response.status}` });
    } catch (error) {
      setStatus({ kind: 'problem', text: `Could not reach the dev server: ${String(error)}` });
    }
  }

  if (!open) return <button type="button" className="button correct-fact-open" onClick={() => setOpen(true)}>Correct this fact</button>;
  return (
    <form className="correct-fact" aria-label="Correct a fact" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <label htmlFor={`${id}-fact`}>Fact</label>
      <select id={`${id}-fact`} value={values.fact} onChange={(e) => set({ fact: e.target.value as Fixable, value: '' })}>
        {Object.entries(FIXABLE).map(([key, label]) => <option key={key} value={key}>{label}</option>)}
      </select>
      <label htmlFor={`${id}-value`}>{values.fact === 'removeCountry' ? 'Country' : 'Correct value'}</label>
      <ValueInput id={`${id}-value`} event={event} values={values} onChange={(value) => set({ value })} />
      {values.fact === 'participantCount' && (
        <>
          <label htmlFor={`${id}-qualifier`}>Qualifier</label>
          <select id={`${id}-qualifier`} value={values.qualifier} onChange={(e) => set({ qualifier: e.target.value as FormValues['qualifier'] })}>
            {COUNT_QUALIFIERS.map((q) => <option key={q} value={q}>{q}</option>)}
          </select>
        </>
      )}
      <label htmlFor={`${id}-note`}>Why (note)</label>
      <input id={`${id}-note`} value={values.note} onChange={(e) => set({ note: e.target.value })} placeholder="Figure from the final report" />
      <div className="correct-fact-actions">
        <button type="submit" className="button button-primary" disabled={status.kind === 'saving'}>{import.meta.env.DEV ? 'Save correction' : 'Show the YAML entry'}</button>
        <button type="button" className="button" onClick={() => (setOpen(false), setStatus({ kind: 'idle' }))}>Cancel</button>
      </div>
      <CorrectionStatus status={status} />
    </form>
  );
}

function ValueInput({ id, event, values, onChange }: { id: string; event: AtlasEvent; values: FormValues; onChange: (v: string) => void }) {
  if (values.fact === 'kind' || values.fact === 'removeCountry') {
    const options = values.fact === 'kind' ? KINDS.map((k) => [k, k] as const) : event.countries.map((c) => [c.code, c.name] as const);
    return (
      <select id={id} value={values.value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {options.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
    );
  }
  const type = values.fact === 'participantCount' ? 'number' : values.fact === 'title' ? 'text' : 'date';
  return <input id={id} type={type} min={type === 'number' ? 1 : undefined} value={values.value} onChange={(e) => onChange(e.target.value)} />;
}

function CorrectionStatus({ status }: { status: Status }) {
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
