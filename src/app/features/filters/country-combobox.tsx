import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { CountryFlag } from '../../helpers/country-flag.tsx';
import { foldTerm } from '../../../schema/search-terms.ts';
import { formatCount } from '../../../vocabulary/format-count.ts';
import { countryName } from '../../../vocabulary/country-names.ts';
import type { CountedOption } from './checkbox-group.tsx';

interface Props {
  options: readonly CountedOption[];
  selected: readonly string[];
  onToggle(code: string): void;
}

const eventsLabel = (n: number) => `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`;

/** Searchable multi-select (ARIA combobox + listbox): type to narrow, arrows to move, Enter toggles. */
export function CountryCombobox({ options, selected, onToggle }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = useMemo(() => {
    const t = foldTerm(text.trim());
    return t ? options.filter((o) => foldTerm(o.label).includes(t) || o.key.toLowerCase() === t) : options;
  }, [options, text]);
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (code: string) => `${id}-opt-${code}`;
  const labelOf = (code: string) => options.find((o) => o.key === code)?.label ?? countryName(code);

  function move(delta: number) {
    setOpen(true);
    setActive((a) => (shown.length === 0 ? 0 : (Math.min(a, shown.length - 1) + delta + shown.length) % shown.length));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const keys: Record<string, () => void> = {
      ArrowDown: () => (open ? move(1) : setOpen(true)),
      ArrowUp: () => move(-1),
      Home: () => open && setActive(0),
      End: () => open && setActive(shown.length - 1),
      Enter: () => {
        const option = open ? shown[activeIndex] : undefined;
        if (option) onToggle(option.key);
      },
      Escape: () => (open ? setOpen(false) : setText('')),
    };
    const action = keys[e.key];
    if (!action || ((e.key === 'Home' || e.key === 'End') && !open)) return;
    // With nothing to close or clear, Escape is left to the sheet around the filters.
    if (e.key === 'Escape' && !open && text === '') return;
    e.preventDefault();
    action();
  }

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className="field-label">Participating country</label>
      <input
        id={`${id}-input`}
        className="input"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[activeIndex] ? optionId(shown[activeIndex].key) : undefined}
        placeholder="Type a country…"
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {/* What is chosen stays in sight in the control itself, though the box empties after a choice. */}
      {selected.length > 0 && (
        <p className="combobox-chosen">
          <span className="visually-hidden">Chosen: </span>
          {selected.map((code, i) => (
            <span key={code} className="combobox-chosen__item">
              <CountryFlag code={code} />
              {labelOf(code)}
              {i < selected.length - 1 && <span className="visually-hidden">, </span>}
            </span>
          ))}
        </p>
      )}
      <ul id={`${id}-listbox`} role="listbox" aria-label="Countries" aria-multiselectable="true" className="combobox-list" hidden={!open}>
        {/* Options exist only while the list is open: closed, they would be re-rendered with new
            counts on every filter change and scrub step for nobody to see. */}
        {open && shown.length === 0 && <li className="combobox-empty" role="presentation">No country matches “{text}”</li>}
        {open && shown.map((o, i) => {
          const isSelected = selected.includes(o.key);
          return (
            <li
              key={o.key}
              id={optionId(o.key)}
              role="option"
              aria-selected={isSelected}
              aria-label={`${o.label}, ${eventsLabel(o.count)}`}
              className="combobox-option"
              data-active={i === activeIndex || undefined}
              data-empty={o.count === 0 || undefined}
              // Keep focus in the input so the list stays open for more choices.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setActive(i);
                onToggle(o.key);
              }}
            >
              <span className="check" aria-hidden="true">{isSelected ? '✓' : ''}</span>
              <CountryFlag code={o.key} />
              <span className="combobox-name">{o.label}</span>
              <span className="count">{formatCount(o.count)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
