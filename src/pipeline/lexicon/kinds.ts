import type { Kind } from '../../schema/dataset.ts';

/**
 * Phrases naming the kind of event, with the kind they mean. At one position the longest phrase wins,
 * so "training seminar" is a seminar and "teacher-training course" a training course.
 */
export const KIND_PHRASES: readonly (readonly [phrase: string, kind: Kind])[] = [
  ['training seminar', 'seminar'],
  ['training workshop', 'workshop'],
  ['training course', 'training course'],
  ['training programme', 'training'],
  ['training program', 'training'],
  ['training session', 'training'],
  ['summer school', 'training'],
  ['study trip', 'study visit'],
  ['table-top exercise', 'exercise'],
  ['study visit', 'study visit'],
  ['study tour', 'study visit'],
  ['round table', 'roundtable'],
  ['round-table', 'roundtable'],
  ['roundtable', 'roundtable'],
  ['seminar', 'seminar'],
  ['webinar', 'seminar'],
  ['course', 'training course'],
  ['workshop', 'workshop'],
  ['conference', 'conference'],
  ['meeting', 'meeting'],
  ['exercise', 'exercise'],
  ['simulation exercise', 'exercise'],
  ['forum', 'forum'],
  ['training', 'training'],
];

/** Nouns that name an event, for telling "a five-day course" from "a three-month project". */
export const EVENT_NOUNS: readonly string[] = [
  'seminar', 'webinar', 'course', 'courses', 'training', 'workshop', 'conference', 'meeting', 'exercise',
  'visit', 'tour', 'forum', 'roundtable', 'round table', 'event', 'programme', 'program', 'session',
  'sessions', 'school', 'camp', 'simulation', 'consultation', 'consultations', 'dialogue', 'festival',
  'summit', 'congress', 'symposium',
];
