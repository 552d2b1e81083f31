import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { extractPeopleAndQuotes } from '../../../src/pipeline/extract/people.ts';
import { splitSentences } from '../../../src/pipeline/text/sentences.ts';
import { spanOf } from './span-of.ts';

const run = (text: string) => extractPeopleAndQuotes(text, splitSentences(text));

describe('extractPeopleAndQuotes', () => {
  it('joins a quote interrupted by its attribution and drops a stray closing mark', () => {
    const text = '“Borders are shared,” said Ambassador Lena Hart, Head of the OSCE Centre in Bishkek.” Neighbours must work together.”';
    const role = 'Ambassador, Head of the OSCE Centre in Bishkek';
    expect(run(text)).toEqual({
      people: [{ name: 'Lena Hart', role, span: spanOf(text, 'Lena Hart') }],
      quotes: [
        {
          speaker: 'Lena Hart',
          role,
          text: 'Borders are shared. Neighbours must work together.',
          span: { start: 1, end: text.length - 1 },
        },
      ],
    });
  });

  it('keeps who spoke apart from where or when they spoke, and a new speaker’s quote apart from the last', () => {
    const text = '“Ports are borders too,” said Chief Inspector Tomas Verde at the closing ceremony. Ana Ruiz, Director of the Port Authority, added: “We will train every shift.”';
    expect(run(text).quotes.map((q) => [q.speaker, q.role, q.text])).toEqual([
      ['Tomas Verde', 'Chief Inspector', 'Ports are borders too'],
      ['Ana Ruiz', 'Director of the Port Authority', 'We will train every shift.'],
    ]);
    // A judge's or a member of parliament's title is a role, not part of the name.
    expect(run('“Evidence decides,” said Judge Ines Moura.\n“Trust follows,” said Senator Peter Okello.').quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Ines Moura', 'Judge'],
      ['Peter Okello', 'Senator'],
    ]);
    // A place's name after the speaker stays as written: no scene to cut.
    expect(run('“Ports are borders too,” said Tomas Verde in Valparaiso.').people.map((p) => p.name)).toEqual(['Tomas Verde']);
  });

  it('reads quotes in single marks after a colon, names a person written after the role, and gives "He …:" to the person last named', () => {
    const text = [
      'The closing session was chaired by the Director of the Maritime Academy, Tomas Reyes, who handed out the diplomas.',
      "He also thanked the coast guard for its instructors: 'The cadets will carry these drills to every port of the country.'",
      "The cadets' families attended, and the officers' band played.",
    ].join('\n');
    const role = 'Director of the Maritime Academy';
    expect(run(text)).toEqual({
      people: [{ name: 'Tomas Reyes', role, span: spanOf(text, 'Tomas Reyes') }],
      quotes: [
        {
          speaker: 'Tomas Reyes',
          role,
          text: 'The cadets will carry these drills to every port of the country.',
          span: spanOf(text, 'The cadets will carry these drills to every port of the country.'),
        },
      ],
    });
  });

  it('reads no quote between two apostrophes, nor in single marks that follow no colon', () => {
    const text = [
      "The officers' skills improved, the trainers' report says, and the cadets' scores rose.",
      "The course, known as 'Safe Ports for All', ended on Friday.",
    ].join('\n');
    expect(run(text).quotes).toEqual([]);
  });

  it('reads "X, Role, said:" before a quote and a role written before the name', () => {
    const text = [
      'Omar Aliev, Deputy Director of the Customs Academy, said: “The course is timely.”',
      '“We learned a lot,” said Programme Officer at the OSCE Office in Tashkent Ruth McKenzie.',
    ].join('\n');
    expect(run(text)).toEqual({
      people: [
        { name: 'Omar Aliev', role: 'Deputy Director of the Customs Academy', span: spanOf(text, 'Omar Aliev') },
        { name: 'Ruth McKenzie', role: 'Programme Officer at the OSCE Office in Tashkent', span: spanOf(text, 'Ruth McKenzie') },
      ],
      quotes: [
        { speaker: 'Omar Aliev', role: 'Deputy Director of the Customs Academy', text: 'The course is timely.', span: spanOf(text, 'The course is timely.') },
        { speaker: 'Ruth McKenzie', role: 'Programme Officer at the OSCE Office in Tashkent', text: 'We learned a lot', span: spanOf(text, 'We learned a lot,') },
      ],
    });
  });

  it('joins a straight-quoted passage left open across two paragraphs and prefers the name to "she added"', () => {
    const text = [
      'Norway\'s Ambassador to Georgia, Ingrid Dahl said it was, "a good start for the region.',
      '"We will continue this work," she added.',
    ].join('\n');
    const role = "Norway's Ambassador to Georgia";
    expect(run(text).quotes).toEqual([
      {
        speaker: 'Ingrid Dahl',
        role,
        text: 'a good start for the region. We will continue this work',
        span: { start: text.indexOf('a good'), end: text.indexOf('work') + 'work,'.length },
      },
    ]);
  });

  it('resolves "he said" to the most recent person named with a role', () => {
    const text = [
      'The Head of the OSCE Mission to Skopje, Ambassador Karl Weber, said that the training was useful.',
      '"The officers did very well," he said.',
    ].join('\n');
    const role = 'Ambassador, Head of the OSCE Mission to Skopje';
    expect(run(text)).toEqual({
      people: [{ name: 'Karl Weber', role, span: spanOf(text, 'Karl Weber') }],
      quotes: [{ speaker: 'Karl Weber', role, text: 'The officers did very well', span: spanOf(text, 'The officers did very well,') }],
    });
  });

  it('keeps an unattributed quote with a null speaker and names people in apposition', () => {
    const text = 'Ivan Petrov, an expert from the OSCE Secretariat, will lead the session.\nA banner read "Safe borders".';
    expect(run(text)).toEqual({
      people: [{ name: 'Ivan Petrov', role: 'expert from the OSCE Secretariat', span: spanOf(text, 'Ivan Petrov') }],
      quotes: [{ speaker: null, role: null, text: 'Safe borders', span: spanOf(text, 'Safe borders') }],
    });
  });

  it('attributes the seeds’ quotes', () => {
    const karaganda = readFileSync('seeds/000_d4ec6a025d7df8af.txt', 'utf8');
    const almaty = readFileSync('seeds/001_7dafee3892481c7c.txt', 'utf8');
    const who = (text: string) => run(text).quotes.map((q) => [q.speaker, q.role, /[“”"]/.test(q.text)]);
    expect(who(karaganda)).toEqual([
      ['Natalia Zarudna', 'Ambassador, Head of the OSCE Centre in Astana', false],
      ['Muratzhan Dzhangozin', 'Deputy Director of the Training Methodological Centre of the State Revenues Committee of the Finance Ministry', false],
    ]);
    expect(who(almaty)).toEqual([
      ['Colin McCullough', 'Political Officer at the OSCE Programme Office in Astana', false],
      ['Muratzhan Dzhangozin', 'Deputy Head at the Training Centre of the State Revenues Committee', false],
    ]);
    const first = run(karaganda).quotes[0]!;
    expect(first.text.startsWith('In view of the ongoing withdrawal')).toBe(true);
    expect(first.text.endsWith('in this regard.')).toBe(true);
    expect(first.text).toContain('and beyond. They should also apply');
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void run(s)));
  });
});

describe('people who are people, their roles read whole', () => {
  const speakers = (text: string) => run(text).quotes.map((q) => [q.speaker, q.role]);

  it('reads a middle initial and leaves honorifics and ranks out of the name', () => {
    expect(speakers('“Hate must be answered,” said Ambassador Peter K. Lund, the Head of the Mission.')).toEqual([
      ['Peter K. Lund', 'Ambassador, Head of the Mission'],
    ]);
    expect(speakers('Commissioner of Police Brigadier-General Tavita Rewa said: “Your work matters.”')).toEqual([
      ['Tavita Rewa', 'Commissioner of Police Brigadier-General'],
    ]);
    expect(speakers('“It was useful,” said an expert from Kenya, Mr Tom Obuya.')).toEqual([['Tom Obuya', 'expert from Kenya']]);
  });

  it('never takes a country for a person, nor cuts a role at a dangling word', () => {
    expect(speakers('“We came far,” said the delegation from Sri Lanka.')).toEqual([[null, null]]);
    expect(speakers('“The course helped,” said the trainer from the, Ivan Petrov.')).toEqual([['Ivan Petrov', 'trainer']]);
  });

  it('gives a quote to the person named by surname alone after it', () => {
    const text = 'Police Commissioner Maj. Gen. Amos Deng urged the graduates to serve well. “Keep high morals,” Maj. Gen. Deng said.';
    expect(speakers(text)).toEqual([['Amos Deng', 'Police Commissioner Maj. Gen.']]);
  });

  it('gives an unattributed quote to the person who addressed the room or spoke just before it', () => {
    expect(speakers('The Special Representative, Ambassador Mira Holt, also addressed the participants. “Train the front line first.”')).toEqual([
      ['Mira Holt', 'Ambassador, Special Representative'],
    ]);
    expect(
      speakers('Course participant Ivan Sokol, a police major, said he hoped the course would go on.\n"It is the first time we had this training," he said.'),
    ).toEqual([['Ivan Sokol', 'Course participant, police major']]);
  });

  it('resolves "he emphasized" to a person whose speech was reported, with time words between', () => {
    const text = 'President Ruth Alvarado on Friday expressed support for the police. "Training is a duty," he emphasized.';
    expect(speakers(text)).toEqual([['Ruth Alvarado', 'President']]);
  });

  it('gives a quote to the full name written before its surname, whatever that sentence said', () => {
    const text = 'Customs adviser Marta Kovač presented the new risk rules. “The officers asked hard questions,” Kovač said.';
    expect(speakers(text)).toEqual([['Marta Kovač', null]]);
  });

  it('leaves "X, Role, said: “…”" after a closed quote to the next quote', () => {
    const text = 'Ambassador Ana Reyes, Head of the Office said: “We support the police.” General Omar Diallo, the National Co-ordinator, said: “Reform goes on.”';
    expect(speakers(text).map(([name]) => name)).toEqual(['Ana Reyes', 'Omar Diallo']);
  });

  it('reads "said he hoped “that …”" and "told reporters that the course was “…”"', () => {
    expect(speakers('Opening the workshop, Piet de Groot, Programme Manager, said he hoped “that the training would help.”').map(([n]) => n)).toEqual(['Piet de Groot']);
    expect(speakers('The police commissioner, Mark Olsen, told reporters that the course was “a first step”.').map(([n]) => n)).toEqual(['Mark Olsen']);
  });

  it('reads a name that opens its part before "from" or a role in lower case', () => {
    expect(speakers('Ali Reza Karimi from the Border Police, one of the participants, said: “We learnt a lot.”')).toEqual([
      ['Ali Reza Karimi', 'from the Border Police, one of the participants'],
    ]);
    expect(speakers('The visiting trainer, Budi Santoso specialist of the Ministry, said that “planning matters.”').map(([n]) => n)).toEqual(['Budi Santoso']);
  });

  it('gives a quote a colon leads into to the person the sentence opens with, and to no one else', () => {
    expect(speakers('Rosa Lima, one of the participants, praised the course: “We learnt from each other.”')).toEqual([['Rosa Lima', 'one of the participants']]);
    expect(speakers('The head of the academy praised the course: “We learnt from each other.”')).toEqual([[null, null]]);
  });
});

describe('nouns that look like verbs of speech', () => {
  it('reads no person in "officers from five West African states completed …"', () => {
    expect(run('Officers from five West African states completed a course on maritime law.').people).toEqual([]);
    expect(run('Representatives of the Member States noted the results.').people).toEqual([]);
  });

  it('still reads a person reported in the past tense', () => {
    expect(run('Colonel Ama Owusu, Head of the Naval School, stated that the course was a success.').people.map((p) => p.name)).toEqual(['Ama Owusu']);
  });
});
