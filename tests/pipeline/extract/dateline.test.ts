import { describe, expect, it } from 'vitest';
import { datelinePrefixLength, extractDateline } from '../../../src/pipeline/extract/dateline.ts';
import { spanOf } from './helpers.ts';

describe('extractDateline', () => {
  it('reads city, country and date, with spans into the text', () => {
    const text = 'Title\nKARAGANDA, Kazakhstan, 3 November 2014 – A seminar began today.';
    expect(extractDateline(text)).toEqual({
      city: { text: 'KARAGANDA', span: spanOf(text, 'KARAGANDA') },
      cities: ['KARAGANDA'],
      country: { text: 'Kazakhstan', span: spanOf(text, 'Kazakhstan') },
      date: { iso: '2014-11-03', written: '3 November 2014', span: spanOf(text, '3 November 2014') },
      line: 2,
      bodyStart: spanOf(text, 'A seminar').start,
    });
  });

  it.each([
    ['ALMATY, 30 March 2015 – Text', 'ALMATY', null, '2015-03-30'],
    ['ALMATY 20 December 2004', 'ALMATY', null, '2004-12-20'],
    ['SKOPJE, 28 Sep 2007 - Text', 'SKOPJE', null, '2007-09-28'],
    ['UST-KAMENOGORSK, Kazakhstan, 1 June 2015 — Text', 'UST-KAMENOGORSK', 'Kazakhstan', '2015-06-01'],
    ['SARAJEVO, Bosnia and Herzegovina, 5 Sept. 2017 – Text', 'SARAJEVO', 'Bosnia and Herzegovina', '2017-09-05'],
    ['NEW YORK, May 4, 2016 - Text', 'NEW YORK', null, '2016-05-04'],
    ['BAKU (Azerbaijan), 3 March 2012 – Text', 'BAKU', 'Azerbaijan', '2012-03-03'],
    ['ENTEBBE, Uganda, Monday 4 May 2020 — Text', 'ENTEBBE', 'Uganda', '2020-05-04'],
    ['ENTEBBE, Tuesday, May 5, 2020 - Text', 'ENTEBBE', null, '2020-05-05'],
  ])('%s', (line, city, country, iso) => {
    const found = extractDateline(`Title\n${line}`);
    expect([found?.city.text, found?.country?.text ?? null, found?.date.iso]).toEqual([city, country, iso]);
  });

  it('reads a dateline that names several towns, each of them', () => {
    const text = 'Title\nALMATY / BISHKEK, 3 May 2015 – Two courses began today.';
    const found = extractDateline(text);
    expect([found?.city, found?.cities, found?.date.iso]).toEqual([
      { text: 'ALMATY / BISHKEK', span: spanOf(text, 'ALMATY / BISHKEK') },
      ['ALMATY', 'BISHKEK'],
      '2015-05-03',
    ]);
    expect(extractDateline('Title\nOSH & JALAL-ABAD, Kyrgyzstan, 3 May 2015 – Text')?.cities).toEqual(['OSH', 'JALAL-ABAD']);
  });

  it('does not read a title with "and" before a date as two towns', () => {
    expect(extractDateline('Border Security and Management, 3 May 2015 – review')).toBeNull();
  });

  it('reads a numeric date in its order: by the release’s other days, or not at all', () => {
    expect(extractDateline('Title\nNIAMEY, 2021-05-07 – Text')?.date.iso).toBe('2021-05-07');
    expect(extractDateline('Title\nNIAMEY, 27.04.2021 – Text')?.date.iso).toBe('2021-04-27');
    expect(extractDateline('Title\nNIAMEY, 27.04.21 – Text')?.date.iso).toBe('2021-04-27');
    // "07/05/2021" is 7 May or 5 July: the course "from 3 to 6 May" says which.
    expect(extractDateline('Title\nNIAMEY, 07/05/2021 – A course ran from 3 to 6 May.')?.date.iso).toBe('2021-05-07');
    expect(extractDateline('Title\nNIAMEY, 07/05/2021 – A course ran from 1 to 4 July.')?.date.iso).toBe('2021-07-05');
    const alone = extractDateline('Title\nNIAMEY, 07/05/2021 – A course ended.');
    expect([alone?.city.text, alone?.date.iso, alone?.date.reason]).toEqual(['NIAMEY', null, expect.stringMatching(/could be/)]);
  });

  it('reports a day that does not exist with a null date and its line', () => {
    const found = extractDateline('Title\n\nVIENNA, 31 February 2015 – Text');
    expect([found?.date.iso, found?.date.written, found?.line]).toEqual([null, '31 February 2015', 3]);
  });

  it('finds none in a release without a dateline', () => {
    expect(extractDateline('Title\nOn 3 May 2015 the OSCE held a seminar in Vienna.')).toBeNull();
    expect(extractDateline('Title\nTo help improve border security, the OSCE held a course.')).toBeNull();
  });

  it('measures a dateline at the start of a sentence', () => {
    expect(datelinePrefixLength('ALMATY, 20 December 2004 - Human rights')).toBe('ALMATY, 20 December 2004 - '.length);
    expect(datelinePrefixLength('Human rights')).toBe(0);
  });
});
