// Words that tell how many people took part in an event, and which numbers of people are not that:
// data for extractParticipantCount.
import { ATTENDING_PEOPLE } from './people-nouns.ts';

/** Plural nouns for the people a release counts ("Twenty police officers", "34 sergeants"); teachers
 * are among them only when they take part (see extractParticipantCount). */
export const COUNTED_PEOPLE: readonly string[] = [...ATTENDING_PEOPLE, 'instructors', 'experts'];

/** Words before a number that make it approximate. "up to 30" is a ceiling and "nearly 30" just
 * under: neither is a lower bound, so both read as about 30. */
export const ABOUT_WORDS: readonly string[] = [
  'some', 'about', 'around', 'approximately', 'approx.', 'roughly', 'nearly', 'almost', 'close to',
  'an estimated', 'estimated', 'up to', 'circa', 'ca.',
];

/** Words before a number that make it a lower bound ("more than 80" → at least 80). */
export const AT_LEAST_WORDS: readonly string[] = [
  'more than', 'over', 'at least', 'in excess of', 'upwards of', 'no fewer than', 'no less than',
  'not less than', 'well over',
];

/** Words before a number that leave it exact ("a total of 25 officers"). */
export const EXACT_WORDS: readonly string[] = ['a total of'];

/** Sentences about totals over a project or a period count other people than the event's
 * ("The Office has trained 300 officers since 2010"). */

/** Verbs whose subject teaches ("Five members of X delivered training to 25 officers"). */
export const TEACHING_VERBS: readonly string[] = [
  'delivered', 'deliver', 'delivers', 'taught', 'teach', 'teaches', 'facilitated', 'facilitate',
  'facilitates', 'lectured', 'instructed', 'mentored', 'coached', 'moderated',
];

/** Verbs whose subject teaches only when people are their object ("Three experts trained 30 judges";
 * "30 judges trained last week" are trainees). */
export const TRAINING_VERBS: readonly string[] = ['trained', 'train', 'trains'];

/** Verbs whose subject teaches only when the object is teaching ("Five instructors conducted the
 * sessions"; "20 officers conducted a mock search" are trainees). */
export const TEACHING_VERBS_WITH_OBJECT: readonly string[] = [
  'conducted', 'conduct', 'conducts', 'led', 'lead', 'leads', 'gave', 'give', 'gives', 'provided',
  'provide', 'provides', 'ran', 'run', 'runs', 'held', 'hold', 'holds',
];

/** What a teacher gives ("conducted the practical sessions", "gave lectures"). */
export const TEACHING_OBJECTS: readonly string[] = [
  'training', 'trainings', 'session', 'sessions', 'lecture', 'lectures', 'class', 'classes', 'course',
  'courses', 'module', 'modules', 'instruction', 'seminar', 'seminars', 'workshop', 'workshops',
  'lesson', 'lessons', 'tutorial', 'tutorials',
];

/** Words that end a subject before its verb: auxiliaries, relatives and the verbs of taking part
 * ("Twenty officers who attended …", "30 officers were trained by …"). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'shall', 'can', 'could', 'may',
  'might', 'must', 'has', 'have', 'had', 'who', 'whom', 'which', 'that', 'took', 'take', 'takes',
  'attended', 'attend', 'attends', 'participated', 'participate', 'participates', 'completed',
  'complete', 'completes', 'received', 'receive', 'learned', 'learnt', 'learn', 'joined', 'join',
  'gathered', 'gather', 'discussed', 'discuss', 'met', 'studied', 'study', 'underwent', 'undergo',
  'visited', 'visit', 'graduated', 'graduate', 'benefited', 'benefit', 'practised', 'practiced',
  'practise', 'practice', 'exchanged', 'improved', 'enhanced', 'acquired', 'gained', 'became',
]);

/** Phrases that state the sum of groups ("12 customs officers and 8 border guards, 20 in all"). */
export const TOTAL_AFTER = ['in total', 'in all', 'altogether', 'all told'];
