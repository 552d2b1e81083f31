import { describe, expect, it } from 'vitest';
import { findDateLine } from '../../../src/pipeline/extract/date-line.ts';
import { spanOf } from './helpers.ts';

const STORY = 'Twenty customs officers completed a course on risk profiling at the academy this week.';

describe('findDateLine', () => {
  it('reads a date on its own line under the title, with its span', () => {
    const text = 'Border guards trained in Varna\n14 March 2019\nOn 11-13 March, a seminar was held.';
    expect(findDateLine(text)).toEqual({ iso: '2019-03-14', written: '14 March 2019', span: spanOf(text, '14 March 2019'), line: 2, end: text.indexOf('\nOn'), closing: false });
  });

  it.each([
    ['Title\nMay 5, 2012\nText', '2012-05-05'],
    ['Title\nPublished: 5 May 2012\nText', '2012-05-05'],
    ['Title\nDate: Tuesday, 8 May 2012\nText', '2012-05-08'],
    ['Title\nPosted on 9 May 2012 | 10:45\nText', '2012-05-09'],
    ['Title\nPublisher of the page\nOctober 3, 2012\nText', '2012-10-03'],
    ['Title\n2012-05-07\nText', '2012-05-07'],
  ])('%j → %s', (text, iso) => {
    expect(findDateLine(text)?.iso).toBe(iso);
  });

  it('reads the date of a "Place / date / Agency:" line that opens the story, and where the story begins', () => {
    const text = `Rail inspectors trained\nVarna / 02.11.17 / Agency: ${STORY}`;
    expect(findDateLine(text)).toMatchObject({ iso: '2017-11-02', written: '02.11.17', line: 2, end: text.indexOf('Twenty') });
    expect(findDateLine(`Rail inspectors trained\nVarna / training / Agency: ${STORY}`)).toBeNull();
  });

  it('reads dd.mm.yyyy day first, as this genre writes it', () => {
    expect(findDateLine('Title\n03.04.2016\nText')?.iso).toBe('2016-04-03');
    expect(findDateLine('Title\n25/11/2016\nText')?.iso).toBe('2016-11-25');
  });

  it('reads a numeric date month first where the second part cannot be a month, and keeps a day that exists in neither order null', () => {
    expect(findDateLine('Title\n04/15/2016\nText')).toMatchObject({ iso: '2016-04-15', written: '04/15/2016' });
    expect(findDateLine('Title\n31.02.2016\nText')).toMatchObject({ iso: null, written: '31.02.2016' });
  });

  it('does not guess the order of a slash date nothing decides, and decides it by the release\'s other dates', () => {
    expect(findDateLine('Title\n03/04/2016\nText')).toMatchObject({ iso: null, written: '03/04/2016' });
    expect(findDateLine('Title\n03/04/2016\nThe course ran from 28 February to 2 March.')?.iso).toBe('2016-03-04');
  });

  it.each([
    ['Title\nFebruary 8th, 2023\nText', '2023-02-08'],
    ['Title\nMonday 25/July/2016 22:42 PM\nBy: News Service\nText', '2016-07-25'],
    ['Title\nDate: 09:17, 15-10-2014.\nText', '2014-10-15'],
    ['Title\n6 May 2014\n8:34 am on 6 May 2014\nText', '2014-05-06'],
    [`Title\n${STORY}\nPublished: 10/29/2022`, '2022-10-29'],
    [`Title\n${STORY}\n(Daily Courier, February 22, 2002)`, '2002-02-22'],
    [`Title\n${STORY}\n${STORY}\nPublished: 10/29/2022`, '2022-10-29'],
  ])('%j → %s', (text, iso) => {
    expect(findDateLine(text)?.iso).toBe(iso);
  });

  it('takes the second of two date lines when it opens the story with a dash', () => {
    const text = 'Title\n10 Nov 2013\n8 November 2013 – Police today concluded a course.';
    expect(findDateLine(text)).toMatchObject({ iso: '2013-11-08', end: text.indexOf('Police') });
  });

  it('reads a date that opens the first sentence before a dash, and says where the sentence begins', () => {
    const text = 'Title\n9 June 2010 - Thirty officers completed a course.';
    expect(findDateLine(text)).toMatchObject({ iso: '2010-06-09', end: text.indexOf('Thirty') });
  });

  it('does not take a line that opens with a range, a place line or a sentence for a date line', () => {
    expect(findDateLine('Title\n4-6 May 2015, Tbilisi, Georgia\nText')).toBeNull();
    expect(findDateLine('Title\nOhrid, Macedonia\nText')).toBeNull();
    expect(findDateLine('Title\nOn 4 May 2015 a seminar was held.')).toBeNull();
  });

  it('does not read the title, nor lines deep in the text', () => {
    expect(findDateLine('14 March 2019\nText')).toBeNull();
    expect(findDateLine('Title\nOne.\nTwo.\nThree.\n14 March 2019')).toBeNull();
  });
});
