// Words that tell what the people a country is named for do at an event: data for country roles.

/** People who take part or are trained ("officials from X", "Afghan customs officers"). */
export const PARTICIPANT_NOUNS: ReadonlySet<string> = new Set([
  'officer', 'officers', 'official', 'officials', 'participant', 'participants', 'representative',
  'representatives', 'staff', 'police', 'policemen', 'policewomen', 'personnel', 'cadet', 'cadets',
  'student', 'students', 'trainee', 'trainees', 'delegate', 'delegates', 'delegation', 'delegations',
  'guards', 'employees', 'investigators', 'prosecutors', 'judges', 'members', 'attendees', 'inspectors',
  'agents', 'servicemen', 'practitioners', 'analyst', 'analysts', 'specialist', 'specialists', 'counterparts', 'colleagues', 'educators', 'teachers',
]);

/** People who teach or advise ("experts from X", "Lithuanian trainers"). */
export const EXPERT_NOUNS: ReadonlySet<string> = new Set([
  'expert', 'experts', 'trainer', 'trainers', 'instructor', 'instructors', 'lecturer', 'lecturers',
  'mentor', 'mentors', 'consultant', 'consultants', 'facilitator', 'facilitators', 'speaker', 'speakers',
  'tutor', 'tutors', 'coach', 'coaches',
]);

/** Verbs before "by": the people after them run the course ("held by two X customs officials"). */
export const TEACHING_VERBS =
  /\b(?:held|conducted|delivered|led|taught|given|run|provided|designed|moderated|facilitated|trained|mentored|presented)\s+by\s+(?:\S+\s+){0,2}$/i;

/** Words between a people noun and a country that break the link ("officers will learn … in X"). */
export const ROLE_BLOCKERS: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'can', 'could', 'may', 'must', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'who', 'which', 'that', 'said', 'says', 'took', 'take', 'takes', 'learn',
  'learned', 'share', 'shared', 'provide', 'provided', 'discuss', 'discussed', 'on', 'about', 'against',
  'through', 'via', 'to', 'into', 'toward', 'towards', 'during', 'while', 'because', 'but', 'than',
  'OSCE', 'with', 'by', 'at', 'near', 'when', 'where', 'after', 'before', 'since',
]);

/** Sentences about a whole project or period, not the event ("A total of 29 officials … within the project"). */
export const PROJECT_WIDE = /\b(?:a total of|in total|within the project|under the project|throughout the project|to date|so far)\b/i;

/** "officers from across the country": the host's own people. */
export const FROM_HOST_COUNTRY =
  /\bfrom\s+(?:across|all\s+over|throughout|all\s+parts\s+of|(?:all|different|various|several|many)\s+(?:regions|parts|provinces|oblasts|districts|cities))\b/i;
