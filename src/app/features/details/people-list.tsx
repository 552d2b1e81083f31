import type { Person } from '../../../schema/dataset.ts';
import { CorrectButton } from './correct-button.tsx';
import { FactButton, type ShowSpans } from './fact-button.tsx';

/** The people the release names, with their role as written (those quoted are under Quotes, with theirs). */
export function PeopleList({ people, onShow }: { people: readonly Person[]; onShow: ShowSpans }) {
  if (people.length === 0) return <span className="muted">Each is named under Quotes</span>;
  return (
    <ul className="plain-list">
      {people.map((p) => (
        <li key={`${p.name}-${p.span.start}`}>
          <FactButton spans={[p.span]} label={p.name} onShow={onShow}>{p.name}</FactButton>
          <CorrectButton fact={{ fact: 'person', name: p.name }} />
          {p.role && <span className="muted"> · {p.role}</span>}
        </li>
      ))}
    </ul>
  );
}
