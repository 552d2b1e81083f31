import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EventSummary } from '../../../schema/app-files.ts';
import type { AtlasEvent } from '../../../schema/dataset.ts';
import { chunkQueryOptions } from '../../dataset/dataset-query-options.ts';
import { eventChoices, sameEventRules, type EventChoice } from './report-rule-state.ts';
import { saveEntries, type SaveStatus } from './save-entries.ts';
import { NoteAndSave } from './note-and-save.tsx';
import './report-rules.css';

interface Props {
  event: AtlasEvent;
  /** Every event of the dataset, in the build's order (the summary's). */
  events: readonly EventSummary[];
  /** Where an event's full record is, to read the file of its first release. */
  recordOf(id: string): { generatedAt: string; chunk: number };
}

/**
 * "Same event as…": a person joins this event and another the build kept apart. The other is
 * chosen in a searchable list (title, places, dates; nearest in time first); the entry written
 * is `sameEventAs` between the two events' first releases, through the correction path.
 */
export function SameEventAs({ event, events, recordOf }: Props) {
  const id = useId();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<EventChoice | null>(null);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const opener = useRef<HTMLButtonElement>(null);

  async function submit() {
    if (chosen === null) return setStatus({ kind: 'problem', text: 'Choose the other event.' });
    setStatus({ kind: 'saving' });
    let file: string | null = null;
    try {
      const record = recordOf(chosen.id);
      file = (await queryClient.fetchQuery(chunkQueryOptions(record.generatedAt, record.chunk))).get(chosen.id)?.source.file ?? null;
    } catch (error) {
      return setStatus({ kind: 'problem', text: `The other event's record could not be loaded: ${String(error)}` });
    }
    const result = sameEventRules(event, file, note);
    const saved = result.ok ? await saveEntries(result.rules) : { kind: 'problem' as const, text: result.problem };
    setStatus(saved);
    // Saved: the rebuilt event lists the other's releases; the form has done its work.
    if (saved.kind === 'saved') {
      setOpen(false);
      setChosen(null);
      setNote('');
      requestAnimationFrame(() => opener.current?.focus());
    }
  }
  function close() {
    setOpen(false);
    setChosen(null);
    setStatus({ kind: 'idle' });
    requestAnimationFrame(() => opener.current?.focus());
  }

  if (!open) {
    return (
      <>
        <button ref={opener} type="button" className="button correct-fact-open" onClick={() => (setOpen(true), setStatus({ kind: 'idle' }))}>
          Same event as…
        </button>
        {status.kind === 'saved' && <p role="status" className="hint">Joined by hand and saved to corrections.yaml (the data is rebuilt with it).</p>}
      </>
    );
  }
  return (
    <form className="correct-fact same-event-as" aria-label="Same event as another event" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <EventPicker id={id} event={event} events={events} chosen={chosen} onChoose={(c) => (setChosen(c), setStatus({ kind: 'idle' }))} onEscape={close} />
      {chosen && (
        <p className="same-event-chosen">
          Join with <strong>{chosen.title}</strong> <span className="muted">{chosen.place}, {chosen.dates}</span>
        </p>
      )}
      <NoteAndSave id={id} note={note} onNote={(text) => (setNote(text), status.kind === 'problem' && setStatus({ kind: 'idle' }))} placeholder="The announcement of this course" saveLabel="Join the two events" status={status} onCancel={close} />
    </form>
  );
}

interface PickerProps {
  id: string;
  event: AtlasEvent;
  events: readonly EventSummary[];
  chosen: EventChoice | null;
  onChoose(choice: EventChoice): void;
  /** Escape with the list closed and nothing typed: the form closes. */
  onEscape(): void;
}

/** The ARIA combobox over the events: type to narrow, arrows to move, Enter or a click chooses. */
function EventPicker({ id, event, events, chosen, onChoose, onEscape }: PickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(0);
  const { choices, more } = useMemo(() => eventChoices(events, event.id, event.startDate ?? event.publishedDate, text), [events, event, text]);
  const activeIndex = Math.min(active, choices.length - 1);
  const optionId = (i: number) => `${id}-event-${i}`;

  useEffect(function focusSearchOnOpen() {
    input.current?.focus();
  }, []);

  function choose(choice: EventChoice) {
    onChoose(choice);
    setText(choice.title);
    setExpanded(false);
  }
  function move(delta: number) {
    setExpanded(true);
    setActive((a) => (choices.length === 0 ? 0 : (Math.min(a, choices.length - 1) + delta + choices.length) % choices.length));
  }
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const keys: Record<string, () => void> = {
      ArrowDown: () => (expanded ? move(1) : setExpanded(true)),
      ArrowUp: () => move(-1),
      Enter: () => {
        const choice = expanded ? choices[activeIndex] : undefined;
        if (choice) choose(choice);
      },
      Escape: () => (expanded ? setExpanded(false) : text !== '' ? setText('') : onEscape()),
    };
    const action = keys[e.key];
    if (!action) return;
    // Enter with the list closed submits the form; Escape never reaches the details panel.
    if (e.key === 'Enter' && !expanded) return;
    e.preventDefault();
    action();
  }

  return (
    <>
      <label htmlFor={`${id}-event`}>Other event</label>
      <div className="combobox">
        <input
          ref={input}
          id={`${id}-event`}
          className="input"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={`${id}-events`}
          aria-autocomplete="list"
          aria-activedescendant={expanded && choices[activeIndex] ? optionId(activeIndex) : undefined}
          aria-describedby={`${id}-events-hint`}
          placeholder="Title, place or date…"
          autoComplete="off"
          value={text}
          onChange={(e) => (setText(e.target.value), setActive(0), setExpanded(true))}
          onKeyDown={onKeyDown}
          onClick={() => setExpanded(true)}
          onBlur={() => setExpanded(false)}
        />
        <span id={`${id}-events-hint`} className="visually-hidden">{chosen ? `Chosen: ${chosen.title}` : 'Nearest in time first'}</span>
        <ul id={`${id}-events`} role="listbox" aria-label="Events" className="combobox-list" hidden={!expanded}>
          {expanded && choices.length === 0 && <li className="combobox-empty" role="presentation">No other event matches “{text}”</li>}
          {expanded && choices.map((c, i) => (
            <li
              key={c.id}
              id={optionId(i)}
              role="option"
              aria-selected={chosen?.id === c.id}
              className="combobox-option same-event-option"
              data-active={i === activeIndex || undefined}
              // Keep focus in the input: a click chooses without a blur closing the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(c)}
            >
              <span>{c.title}</span>
              {/* Read out between the two lines, so the option's name is "Title — place, dates". */}
              <span className="visually-hidden"> — </span>
              <span className="muted">{c.place}, {c.dates}</span>
            </li>
          ))}
          {expanded && more > 0 && <li className="combobox-empty" role="presentation">{more} more: type to narrow</li>}
        </ul>
      </div>
    </>
  );
}
