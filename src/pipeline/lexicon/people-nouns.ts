// The people of the genre, once: who attends a training ("Twenty police officers", "Afghan customs
// officials") and who teaches it ("Lithuanian experts"). Participant counts and country roles both
// read these lists.

/** Plural nouns for people who attend or are trained. */
export const ATTENDING_PEOPLE: readonly string[] = [
  'participants', 'officers', 'officials', 'representatives', 'policemen', 'policewomen', 'guards',
  'students', 'trainees', 'people', 'persons', 'delegates', 'specialists', 'journalists', 'judges',
  'prosecutors', 'members', 'staff', 'teachers', 'educators', 'women', 'men', 'cadets',
  'investigators', 'inspectors', 'lawyers', 'practitioners', 'employees', 'agents', 'analysts',
  'diplomats', 'activists', 'attendees', 'professionals', 'personnel', 'youth', 'leaders', 'managers',
  'heads', 'servants', 'mediators', 'observers', 'stakeholders', 'colleagues', 'counterparts',
  // ranks and services
  'sergeants', 'soldiers', 'servicemen', 'servicewomen', 'commanders', 'recruits', 'troopers',
  'gendarmes', 'rangers', 'detectives', 'patrolmen', 'chiefs', 'deputies',
  // civil occupations trained in the genre
  'administrators', 'auditors', 'clerks', 'commissioners', 'councillors', 'parliamentarians', 'mayors',
  'doctors', 'nurses', 'engineers', 'technicians', 'operators', 'controllers', 'researchers',
  'academics', 'graduates', 'pupils', 'learners', 'volunteers', 'individuals', 'workers',
  // the genre's officials and professions worldwide
  'executives', 'magistrates', 'legislators', 'lawmakers', 'senators', 'wardens',
  'corporals', 'constables', 'lieutenants', 'captains', 'majors', 'colonels', 'marines',
  'sailors', 'airmen', 'pilots', 'firefighters', 'paramedics', 'midwives', 'pharmacists', 'physicians',
  'surgeons', 'veterinarians', 'scientists', 'principals',
  'accountants', 'economists', 'planners', 'statisticians', 'librarians', 'archivists', 'translators',
  'interpreters', 'reporters', 'editors', 'bloggers', 'broadcasters', 'photographers', 'farmers',
  'fishermen', 'entrepreneurs', 'traders', 'brokers', 'bankers', 'regulators', 'supervisors',
  'coordinators', 'negotiators', 'registrars', 'notaries', 'bailiffs', 'attorneys',
  'advocates', 'paralegals', 'defenders', 'ombudsmen', 'jurists', 'guardsmen', 'coastguards',
  'rangers', 'scouts', 'pastors', 'imams', 'clerics', 'elders',
  'councilors', 'candidates', 'voters', 'nominees', 'politicians',
  'jurors', 'bureaucrats',
  'fellows', 'scholars', 'interns', 'apprentices', 'novices', 'conscripts', 'reservists', 'militiamen',
  'peacekeepers', 'auditors', 'examiners', 'assessors', 'evaluators', 'surveyors',
  'technologists', 'programmers', 'developers', 'designers', 'architects', 'drivers', 'mechanics',
  'electricians',
];

/** Singulars and collectives that name attending people without a number ("an official from X", "Tajik police"). */
export const ATTENDING_PEOPLE_OTHER_FORMS: readonly string[] = [
  'officer', 'official', 'participant', 'representative', 'cadet', 'student', 'trainee', 'delegate',
  'analyst', 'specialist', 'police', 'delegation', 'delegations', 'troops', 'team', 'teams',
];

/** People who teach or advise ("experts from X", "Lithuanian trainers"). */
export const TEACHING_PEOPLE: readonly string[] = [
  'expert', 'experts', 'trainer', 'trainers', 'instructor', 'instructors', 'lecturer', 'lecturers',
  'mentor', 'mentors', 'consultant', 'consultants', 'facilitator', 'facilitators', 'speaker', 'speakers',
  'tutor', 'tutors', 'coach', 'coaches', 'presenter', 'presenters', 'moderator', 'moderators',
  'panelist', 'panelists', 'panellist', 'panellists',
  // who teaches at a university or academy ("German professors lectured on …")
  'professor', 'professors',
];

/**
 * Sentences about totals over a project or a period tell of other people than the event's ("500
 * officers have been trained under the project to date").
 */
export const PROJECT_TOTAL =
  /\b(?:within|under|throughout|during) the (?:project|programme|program)\b|\bsince (?:\d{4}|its|the)\b|\bto date\b|\b(?:so|thus) far\b|\bup (?:till|until|to) now\b|\b(?:un)?till now\b|\bover the (?:past|last)\b|\b(?:every|each|per) year\b|\bannually\b|\bin the (?:past|last) (?:\w+ )?years\b/i;
