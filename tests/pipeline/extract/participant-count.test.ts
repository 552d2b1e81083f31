import { describe, expect, it } from 'vitest';
import { extractParticipantCount } from '../../../src/pipeline/extract/participant-count.ts';
import { bodyOf, spanOf } from './helpers.ts';

const countOf = (body: string) => extractParticipantCount(bodyOf(`Title\n${body}`))?.count ?? null;

describe('extractParticipantCount', () => {
  it('reads "some 60 officers" with its span', () => {
    const text = 'Title\nIt brought together some 60 officers from across the country.';
    expect(extractParticipantCount(bodyOf(text))).toEqual({ count: 60, span: spanOf(text, 'some 60 officers') });
  });

  it.each([
    ['Some 30 customs officers from Almaty will learn best practices.', 30],
    ['Twenty police officers from different regions took part.', 20],
    ['More than 80 representatives of foreign embassies gathered today.', 80],
    ['The 19 officers learned how to identify forged documents.', 19],
    ['Eight Afghan customs officials took part in a course.', 8],
    ['Thirty-five prosecutors discussed cybercrime.', 35],
    ['Twelve customs officers and eight border guards practise searches.', 20],
    ['The course was held by two customs officials. Fifteen cadets took part.', 15],
    ['The seminar was attended by 30 border guards.', 30],
  ])('%s → %s', (body, count) => {
    expect(countOf(body)).toBe(count);
  });

  it.each([
    ['A total of 29 officials from the Customs Service were trained within the project.'],
    ['The Mission also donated three video-based passport verification systems.'],
    ['The event is the second in a series of five events dedicated to this topic.'],
    ['“We trained 40 officers last year,” said the Head of Office.'],
    ['Experts from Georgia and Lithuania will share their experience.'],
    ['The Office has trained 300 officers since 2010.'],
  ])('finds no count in %s', (body) => {
    expect(countOf(body)).toBeNull();
  });
});
