import type { Quote } from '../../../schema/dataset.ts';
import { FactButton, type ShowSpans } from './fact-button.tsx';

/** What was said, by whom; each quote leads back to its place in the release. */
export function QuoteList({ quotes, onShow }: { quotes: readonly Quote[]; onShow: ShowSpans }) {
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
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
