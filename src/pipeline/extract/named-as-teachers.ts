// Those who teach by their noun. Not speakers, panellists or moderators: a speaker may only open the
// event ("Speakers included the Minister …"), as the lists of teachers in country-roles.ts hold too.
const TEACHERS = 'lecturers?|trainers?|instructors?|facilitators?|presenters?|resource\\s+persons|experts?|tutors?|mentors?|coaches|professors?|faculty';

/**
 * A sentence that opens by naming its teachers and then says who they are: "Trainers included a judge
 * from X, a prosecutor from Y and a police officer from Z", "The lecturers were …", "Facilitators:
 * …". Every person it lists is one of the teachers, whatever their trade ("police officer" is a
 * participant's noun elsewhere). Not when the sentence names the trainees too ("Trainers and
 * participants were …").
 */
const TEACHERS_LIST_OPENS = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:[\p{L}-]+\s+)?(?:${TEACHERS})\s*(?:[–—:]|\s(?:were|are|included|include|includes|comprised|consisted\s+of)\s)(?![^.;]*\b(?:participants|trainees|attendees|students)\b)`,
  'iu',
);

/**
 * The teachers, then who they are between commas: "The trainers, two police officers from X,
 * explained …", "the course's instructors, senior officers of the Y police, …". The appositive names
 * the same people, so they teach; a list ("Trainers, judges and prosecutors from X") is not one.
 */
const TEACHERS_APPOSITIVE = new RegExp(String.raw`\b(?:${TEACHERS})\s*,\s*(?:(?!(?:and|or|as\s+well)\b)[\p{L}\p{N}-]+\s+){1,4}$`, 'iu');

/**
 * Whether the people noun that ends `beforeNoun` (the sentence up to that noun, from its start) names
 * the event's teachers by the sentence's shape: a list the sentence opens with its teachers, or an
 * appositive to them. Evidence: the noun alone ("officers", "judges") would say trainees; the
 * sentence's subject says whose list it is. Decision: expert.
 */
export function namedAsTeachers(beforeNoun: string): boolean {
  return TEACHERS_LIST_OPENS.test(beforeNoun) || TEACHERS_APPOSITIVE.test(beforeNoun);
}
