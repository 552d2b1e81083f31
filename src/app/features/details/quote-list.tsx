import type { Person, Quote } from '../../../schema/dataset.ts';
import { CorrectButton } from './correct-button.tsx';
import { FactButton, type ShowSpans } from './fact-button.tsx';

/** What was said, by whom; each quote leads back to its place in the release. */
export function QuoteList({ quotes, people = [], onShow }: { quotes: readonly Quote[]; people?: readonly Person[]; onShow: ShowSpans }) {
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="quotes-heading">
      <h3 id="quotes-heading" className="section-title">Quotes</h3>
      {quotes.map((q) => (
        <figure key={q.span.start} className="quote">
          <blockquote>
            <p>{q.text}</p>
          </blockquote>
          <figcaption>
            <FactButton spans={[q.span]} label={`the quote${q.speaker ? ` by ${q.speaker}` : ''}`} onShow={onShow} className="quote-source">
              {q.speaker ?? 'Unattributed'}
            </FactButton>
            {q.role && <span className="muted">, {q.role}</span>}
            {q.speaker && people.some((p) => p.name === q.speaker) && <CorrectButton fact={{ fact: 'person', name: q.speaker }} />}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
