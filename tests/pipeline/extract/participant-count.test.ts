import { describe, expect, it } from 'vitest';
import { extractParticipantCount } from '../../../src/pipeline/extract/participant-count.ts';
import { bodyOf, spanOf } from './helpers.ts';

const countOf = (body: string) => extractParticipantCount(bodyOf(`Title\n${body}`))?.count ?? null;
const qualifierOf = (body: string) => extractParticipantCount(bodyOf(`Title\n${body}`))?.qualifier ?? null;

describe('extractParticipantCount', () => {
  it('reads "some 60 officers" with its qualifier and span', () => {
    const text = 'Title\nIt brought together some 60 officers from across the country.';
    expect(extractParticipantCount(bodyOf(text))).toEqual({
      count: 60,
      qualifier: 'about',
      span: spanOf(text, 'some 60 officers'),
    });
  });

  it.each([
    ['Some 30 customs officers from Almaty will learn best practices.', 30],
    ['Twenty police officers from different regions took part.', 20],
    ['More than 80 representatives of foreign embassies gathered today.', 80],
    ['The 19 officers learned how to identify forged documents.', 19],
    ['Eight Afghan customs officials took part in a course.', 8],
    ['Thirty-five prosecutors discussed cybercrime.', 35],
    ['The course was held by two customs officials. Fifteen cadets took part.', 15],
    ['The seminar was attended by 30 border guards.', 30],
    ['Forty-two sergeants of the signals battalion are attending a two-day seminar.', 42],
    ['1200 election staff were trained over the weekend in Lviv.', 1200],
    ['Some 1,500 polling station workers attended seminars in Odesa.', 1500],
  ])('%s → %s', (body, count) => {
    expect(countOf(body)).toBe(count);
  });

  it.each([
    ['Twenty-four judges took part.', 'exact'],
    ['A total of 24 judges took part in the seminar in Shymkent.', 'exact'],
    ['Some 24 judges took part.', 'about'],
    ['About 24 judges took part.', 'about'],
    ['Around 24 judges took part.', 'about'],
    ['Approximately 24 judges took part.', 'about'],
    ['Nearly 24 judges took part.', 'about'],
    ['Almost 24 judges took part.', 'about'],
    // "up to" is a ceiling, not a lower bound: the nearest of the three readings is "about".
    ['Up to 24 judges will take part.', 'about'],
    ['More than 24 judges took part.', 'at least'],
    ['Over 24 judges took part.', 'at least'],
    ['At least 24 judges took part.', 'at least'],
    ['More than fifty judges took part.', 'at least'],
  ])('%s → %s', (body, qualifier) => {
    expect(qualifierOf(body)).toBe(qualifier);
    expect(countOf(body)).toBe(/fifty/.test(body) ? 50 : 24);
  });

  it('gives no count for a list of groups parted by commas without a total, but reads a breakdown of a total', () => {
    expect(countOf('Participants included three army officers, three prison officers and eight police officers.')).toBeNull();
    expect(countOf('The course gathered 30 participants, 12 women and 18 men, from four districts.')).toBe(30);
    expect(countOf('Three army officers, three prison officers and eight police officers, 14 in all, took part.')).toBe(14);
  });

  it('does not take the people who teach for the participants', () => {
    // The count opens the sentence but is the subject of "delivered": they are the trainers.
    expect(countOf(
      'Four members of the Latvian State Border Guard together with an instructor from a police college (PC) delivered training on risk profiling to 32 officers of the Moldovan Border Police.',
    )).toBe(32);
    expect(countOf('Three officers from the customs academy, having taught the course before, conducted the practical sessions.')).toBeNull();
    // Not the trainers: "were trained by", "took part in a course conducted by".
    expect(countOf('Eighteen inspectors took part in a course conducted by the academy.')).toBe(18);
    expect(countOf('Eighteen inspectors were trained by experts from the academy.')).toBe(18);
    // Trainees do things too: a teaching verb counts only with a teaching object.
    expect(countOf('Eighteen inspectors conducted a mock search of a lorry at the Dostyk crossing.')).toBe(18);
    expect(countOf('Eighteen inspectors trained together with dog handlers.')).toBe(18);
    expect(countOf('Two instructors from the Almaty academy trained 24 customs officers.')).toBe(24);
    expect(countOf('Two officers from the Almaty academy gave lectures to 24 customs officers.')).toBe(24);
  });

  describe('two groups', () => {
    it('abstain when the text gives no total', () => {
      expect(countOf('Twelve customs officers and eight border guards practise searches.')).toBeNull();
      expect(countOf('Nine Kazakh and eleven Kyrgyz prosecutors completed the course in Taraz.')).toBeNull();
      expect(countOf('About 15 heads of district police units and more than 40 patrol officers participated.')).toBeNull();
      expect(countOf('Twelve officers from Khujand and eight from Kulob took part.')).toBeNull();
    });

    it('are not summed by a later count of other people', () => {
      expect(countOf('Nine Kazakh and eleven Kyrgyz prosecutors completed the course. Three instructors from the academy led the sessions.')).toBeNull();
    });

    it('count when the text states their total', () => {
      expect(countOf('Twelve customs officers and eight border guards, 20 participants in all, practise searches.')).toBe(20);
      expect(countOf('Nine Kazakh and eleven Kyrgyz prosecutors completed the course. The 20 prosecutors received certificates.')).toBe(20);
      const text = 'Title\nTwelve customs officers and eight border guards, 20 in total, practise searches.';
      expect(extractParticipantCount(bodyOf(text))).toEqual({
        count: 20,
        qualifier: 'exact',
        span: spanOf(text, 'Twelve customs officers and eight border guards, 20 in total'),
      });
    });

    it('do not include the experts', () => {
      expect(countOf('Twenty officers and two experts from the Lithuanian customs met in Tashkent.')).toBe(20);
    });

    it('leave a total followed by its parts alone', () => {
      expect(countOf('Thirty border officers, including ten women, completed the course.')).toBe(30);
      expect(countOf('A total of 20 officers, 12 from customs and 8 from the border service, took part.')).toBe(20);
    });
  });

  it.each([
    ['A total of 29 officials from the Customs Service were trained within the project.'],
    ['The Mission also donated three video-based passport verification systems.'],
    ['The event is the second in a series of five events dedicated to this topic.'],
    ['“We trained 40 officers last year,” said the Head of Office.'],
    ['Experts from Georgia and Lithuania will share their experience.'],
    ['The Office has trained 300 officers since 2010.'],
    ['The academy trains some 500 cadets every year.'],
    ['In 2015 officers from the regional units were trained in Naryn.'],
    ['Four trainers delivered seven sessions.'],
  ])('finds no count in %s', (body) => {
    expect(countOf(body)).toBeNull();
  });
});

describe('a count of one delegation among several', () => {
  it('is not the event’s count: "Representing Tonga, four officials …"', () => {
    expect(countOf('Diplomats from the Pacific region began a course in Auckland. Representing Tonga, four officials from the Ministry of Justice joined it.')).toBeNull();
    expect(countOf('Four officials from the Ministry of Justice of Tonga took part in the course in Auckland.')).toBe(4);
  });
});

describe('a count of the teachers named after "speakers included"', () => {
  it('is not the participants’ count', () => {
    expect(countOf('The course on confiscation ended. Speakers included two judges from Malawi.')).toBeNull();
  });
});

describe('a count that opens its sentence as the subject of taking part', () => {
  it.each([
    ['More than 40 consuls-general are taking part in the programme.', 40, 'at least'],
    ['About 30 associates from the health and social institutions of the province, which is twice the size of its neighbour, took part.', 30, 'about'],
    ['Twenty-six commissaries attended the three-day session in the capital.', null, null],
    ['Eighteen auditors-general participated in the regional workshop.', 18, 'exact'],
  ])('%s → %s', (body, count, qualifier) => {
    expect(countOf(body)).toBe(count);
    expect(qualifierOf(body)).toBe(qualifier);
  });

  it('counts people whatever their noun only when the noun is an agent’s and the verb is theirs', () => {
    // Things take part in exercises; their nouns are no agents'.
    expect(countOf('Five vessels took part in the exercise off the coast.')).toBeNull();
    // Bodies take part as "partners", "donors", "states".
    expect(countOf('Twelve partners took part in the conference in Nairobi.')).toBeNull();
    // The relative clause tells of other people: those of an earlier course.
    expect(countOf('Twenty directors who took part in last year’s course have since been promoted.')).toBeNull();
    // Not the sentence's subject: the count is what the organisers did.
    expect(countOf('The office invited 25 associates, and they took part in the training.')).toBeNull();
  });

  it('reads "taking part" as taking part, also far from the opening', () => {
    const body = 'The ministry opened its yearly programme on state policy. Ministers spoke at the opening. Ambassadors attended as guests. The programme covers public finance and planning. More than 45 directors-general are taking part in the programme.';
    expect(countOf(body)).toBe(45);
  });

  it('outweighs a later count of a side event’s people', () => {
    const body = 'The foundation held a two-day course on public speaking in the regional administration. About 35 associates from its press office and other public bodies of the region took part. The next day a round table met in the House of Culture. Over 20 representatives of local associations attended it.';
    expect(countOf(body)).toBe(35);
  });
});

describe('teachers who graduate from the event', () => {
  it('counts trainers who graduated as its participants', () => {
    expect(countOf('Eighteen instructors of the Coast Guard graduated today from a trainer development course.')).toBe(18);
    // Trainers who teach, or who congratulate those who graduated, are not counted.
    expect(countOf('Eighteen instructors taught the course.')).toBeNull();
    expect(countOf('Four instructors congratulated the officers who graduated.')).toBeNull();
  });
});

describe('one group named by two modifiers', () => {
  it('counts "40 customs and police officers" as one group of 40', () => {
    expect(countOf('A course for 40 customs and police officers opened today.')).toBe(40);
    expect(countOf('Twenty-four border and coast guards took part.')).toBe(24);
    // A people noun among the modifiers makes two groups, whose total is not stated.
    expect(countOf('A course for 30 trainers and police officers began.')).toBeNull();
  });
});

describe('dozens', () => {
  it('reads "two dozen" as 24, not 2', () => {
    expect(countOf('Two dozen municipal judges completed the course.')).toBe(24);
    expect(countOf('A dozen border officials attended the course.')).toBe(12);
  });
});

describe('a group counted by its strength', () => {
  it('counts "a 15-strong delegation of coast guard officers" as 15, not a team of trainers', () => {
    expect(countOf('The academy hosted a 15-strong delegation of coast guard officers for a course on boarding.')).toBe(15);
    expect(countOf('A twenty-strong class of cadets took part in the exercise.')).toBe(20);
    expect(countOf('A five-strong team of trainers delivered the course.')).toBeNull();
  });
});
