// Words that tell what the people a country is named for do at an event: data for country roles.
import { ATTENDING_PEOPLE, ATTENDING_PEOPLE_OTHER_FORMS, TEACHING_PEOPLE } from './people-nouns.ts';

/** People who take part or are trained ("officials from X", "Afghan customs officers"). */
export const PARTICIPANT_NOUNS: ReadonlySet<string> = new Set([...ATTENDING_PEOPLE, ...ATTENDING_PEOPLE_OTHER_FORMS]);

/** Bodies that stand for their people when an event is "for" them ("a workshop for Georgian border agencies"). */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'agencies', 'authority', 'authorities', 'service', 'services', 'institution', 'institutions',
  'ministry', 'ministries', 'body', 'bodies', 'forces', 'units', 'departments',
  // armed and uniformed services named as a body ("training conducted by the Indian Navy")
  'navy', 'navies', 'army', 'armies', 'force', 'gendarmerie', 'coastguard', 'directorate', 'judiciary',
]);

/**
 * Nouns that make a people noun before them a mere modifier: "Afghan police structure", "the police
 * academy of X" speak of a system or a body, not of people who take part.
 */
export const NON_PEOPLE_HEADS: ReadonlySet<string> = new Set([
  'academy', 'academies', 'school', 'schools', 'college', 'institute', 'university', 'structure',
  'structures', 'system', 'systems', 'reform', 'reforms', 'department', 'unit', 'station', 'stations',
  'headquarters', 'post', 'posts', 'chief', 'chiefs', 'leadership', 'command', 'training', 'capacity',
  'capacities', 'cooperation', 'co-operation', 'work', 'practice', 'practices', 'legislation',
  'procedures', 'methods', 'standards', 'development', 'programme', 'program', 'project', 'mission',
]);

/**
 * Words that end a clause describing a topic, before a country: "the approaches of Turkish officers",
 * "the police structure of both Iran and Italy", "films related to the X Police" — what is taught or
 * shown, not who attends.
 */
export const TOPIC_OF =
  /\b(?:experiences?|practices?|approach(?:es)?|methods?|models?|examples?|systems?|structures?|legislation|standards|procedures|techniques|work|role|history|polic(?:y|ies)|priorities)\s+of\s+(?:the\s+|both\s+)?$|\b(?:related|relating)\s+to\s+(?:the\s+)?$/i;

/**
 * A people noun that receives the teaching even when it names teachers: "a course for trainers from X",
 * "the new X trainers", "training of trainers". Then the country takes part.
 */
export const BENEFICIARY_BEFORE =
  /\b(?:for|new|future|novice|aspiring|prospective|would-be|newly[\s-][\p{L}-]+|training\s+of|train[\s-]+the[\s-]+)\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/iu;

/**
 * Teachers who graduate were taught: "Twenty-six instructors of the X Police graduated today from a
 * trainer course" (read on the words after the people). Not a relative clause ("trainers from X
 * congratulated the officers who graduated").
 */
export const GRADUATE_AFTER = /^[^.;]{0,80}?(?<!\b(?:who|that|which)\s+(?:have\s+|had\s+)?)\b(?:graduated|graduate|graduating)\b/iu;

/** Visiting: the bodies a delegation visits receive it ("visited the X Police"). */
export const VISIT_VERB = /\b(?:visited|visiting|toured|touring)\b|\b(?:visits?|tours?)\s+(?:to|of)\b/i;

/** Words before a country that make it geography, not a nationality ("districts bordering X"). */
export const GEOGRAPHY_WORDS: ReadonlySet<string> = new Set([
  'bordering', 'borders', 'neighbouring', 'neighboring', 'between', 'along', 'route',
  'routes', 'corridor', 'corridors', 'transit', 'frontier',
]);

/** Prepositions after a country adjective that end its noun phrase ("Slovakia for trainers"). */
export const PHRASE_ENDS: ReadonlySet<string> = new Set([
  'for', 'from', 'of', 'in', 'between', 'under', 'over', 'among', 'amongst', 'including', 'like', 'as',
]);

/**
 * An active verb of teaching with what is taught: its subject teaches ("Officers from X provide
 * training to …", "the X Customs Service conducted a course for …"). Holding or offering is
 * organising, not teaching, and is left out; so is "provided funding for the course" (a preposition
 * before the thing taught). Making presentations and sharing one's experience with others teach too
 * ("made presentations on the new code", "shared their experience with the young lawyers"), not
 * sharing it with each other.
 */
export const TEACHING_ACT =
  /\b(?:(?:will|would|to)\s+)?(?:conduct(?:s|ed)?|implement(?:s|ed)?|deliver(?:s|ed)?|provide(?:s|d)?|g[ai]ve|gives|teach(?:es)?|taught|r[au]n|runs|lead|leads|led|facilitat(?:e|es|ed)|instruct(?:s|ed)?)\s+(?:(?!(?:for|to|of|with|by|in|at|on|and)\s)[\p{L}\p{N}'’-]+\s+){0,5}?(?:training|trainings|course|courses|lectures?|presentations?|classes|class|sessions?|instruction|modules?)\b|\bma(?:de|kes?)\s+(?:(?:a|an|two|three|several|their|his|her|its)\s+)?(?:[\p{L}-]+\s+)?(?:presentations?|lectures?)\b|\bshar(?:e|es|ed)\s+(?:their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:experience|experiences|expertise|knowledge|know-how)\s+with\s+(?!(?:each|one)\s+(?:other|another))/iu;

/**
 * A word every match of TEACHING_ACT holds (what is taught, or "shar" of sharing), under its flags:
 * tried first, as its \b under 'iu' makes it slow to scan, and most stretches after a country have none.
 */
export const MAY_BE_TEACHING_ACT = /training|course|lecture|presentation|class|session|instruction|module|shar/iu;

/**
 * "the X Government trained twelve officers", "X police will train Y counterparts", "judges of the X
 * Court lectured the participants": training people as the active verb. Not "trained in/at/with …", where the subject is the one trained.
 */
export const TRAINING_ACT =
  /\b(?:(?:will|would|to)\s+)?(?:train(?:s|ed)?|lectured|instructed|coached|mentored)\s+(?!(?:in|at|on|for|with|by|to|as|under|together|jointly|alongside|abroad|there|here)\b)/i;

/** Forms of "to be" (or "get") before a verb that make it passive ("were provided training"). */
export const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|got)\s+$/i;

/** Teachers from the venue country, not named by it: "local trainers", "prominent national experts". */
export const LOCAL_TEACHERS =
  /\b(?:local|national|domestic|in-country|in-house|(?:the\s+)?host[\s-](?:country|nation)(?:['’]s)?)\s+(?:(?:and|or)\s+[\p{L}-]+\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:experts?|trainers?|instructors?|lecturers?|mentors?|facilitators?|coaches?|tutors?|resource\s+persons)\b|\b(?:experts|trainers|instructors|lecturers|facilitators|tutors|resource\s+persons)\s+(?:(?:were\s+|came\s+)?(?:drawn\s+)?from|of)\s+the\s+host\s+(?:country|nation)\b/iu;

/** People who teach or advise ("experts from X", "Lithuanian trainers"). */
export const EXPERT_NOUNS: ReadonlySet<string> = new Set([...TEACHING_PEOPLE, 'adviser', 'advisers', 'advisor', 'advisors']);

/**
 * Verbs before "by": the people after them run the course ("held by two X customs officials",
 * "presentations were made by officers from X": those who present teach); trainees
 * "placed with" or "attached to" people learn on the job from them; and "learn from": the people
 * learnt from teach ("border guards learn from Polish colleagues").
 */
export const TEACHING_VERBS =
  /\b(?:(?:held|conducted|delivered|led|taught|given|run|provided|designed|moderated|facilitated|trained|mentored|presented|placed)\s+by|(?:presentations?|lectures?|talks?|briefings?)\s+(?:were\s+|was\s+)?made\s+by|(?:placed|attached)\s+(?:with|to)|learn(?:s|ed|t|ing)?\s+(?:(?:about|of|how)\s+(?:[^\s.;:,]+\s+){0,4}?)?from)\s+(?:\S+\s+){0,2}$/i;

/**
 * Teachers named, then who they are: "The trainers were Albanian judges", "Trainers were representatives
 * of the Dutch police", "Speakers included judges
 * from Canada". The people after the verb are the teachers.
 */
export const TEACHERS_WERE = new RegExp(
  String.raw`\b(?:${[...TEACHING_PEOPLE, 'adviser', 'advisers', 'advisor', 'advisors'].join('|')})\s+(?:were|are|was|is|included|include|includes|comprised)\s+(?:(?!\p{Ll}+ed\b|(?:by|with|to|for|in|at|of)\b)[\p{L}\p{N}-]+\s+){0,3}(?:(?:representatives|members|officers|officials|staff|specialists|employees)\s+(?:of|from)\s+(?:the\s+)?)?$`,
  'iu',
);

/**
 * Countries listed as a whole take part: "Countries represented at the workshop were A, B and C",
 * "with the participation of A, B and C", "the participating states — A, B and C —",
 * "eight African countries: A, B …" (the people named before "countries" are the list's), "Countries
 * represented: A, B and C", and "A, B and C were also invited to participate", "to which A and B had
 * been invited", "A and B were among the countries represented", and the list a colon opens after
 * the countries' verb: "Nine countries were represented at the course run by the Academy: A, B …".
 */
export const COUNTRIES_WERE_BEFORE =
  /\b(?:countries|nations|states|delegations)\s+(?:represented|participating|taking\s+part|attending|invited)\b[^.;:]{0,80}?\b(?:were|included|are|was)\s*:?\s*$|\b(?:participating|attending|represented|invited)\s+(?:countries|nations|states)\s+(?:were|included|are|was|include)\s*:?\s*$|^\s*(?:participants|participating\s+countries|trainees)\s*:\s*$|\b(?:participation|attendance)\s+(?:of|from)\s+(?:the\s+)?$|\b(?:participating|attending|invited)\s+(?:countries|states|nations)\s*(?::|—|–|\(|,\s*namely)\s*$|\b(?:countries|nations|states|delegations)\s+(?:represented|participating|taking\s+part|attending)\s*(?::|—|–)\s*$|\b(?:countries|nations|states|delegations)\s+(?:(?:were|was)\s+represented|took\s+part|participated|attended)\b[^.;:]{0,160}:\s*$/i;

/**
 * Where the people come from, after a verb that links them to it: "the participants, who came from
 * A, B and C", "Trainees hailed from A", "The facilitators were from A", "Resource persons were drawn
 * from A". What stands before it is read as if "from" followed the people noun.
 */
export const ORIGIN_LINK =
  /,?\s+(?:who\s+)?(?:(?:had|have|has)\s+)?(?:came|come|comes|coming|hailed|hail|hails|hailing|were|are|was|is|travell?ed)\s+(?:(?:all|mainly|mostly|largely|primarily|chiefly|also|both)\s+)?(?:drawn\s+)?from\s+(?:the\s+)?$/i;
export const COUNTRIES_COLON_BEFORE = /\bcountries\s*(?::|—|–|\(|,\s*namely)\s*$/i;
export const INVITED_AFTER =
  /^\s*(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:also\s+)?(?:invited|represented)\b|^\s*(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:(?:countries|nations|states)\s+(?:represented|participating|taking\s+part|attending|invited)|(?:participating|attending|invited)\s+(?:countries|nations|states))\b|^\s*(?:also\s+)?(?:took\s+part|participated|attended|sent\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:delegations|participants|officers|officials|representatives|delegates))\b/iu;

/**
 * A country named only as a person's office ("the director of the X police", "Commissioner of the X
 * National Police") or as a diplomatic mission ("representatives of the Embassy of X") is not a
 * participant: a head speaks for a body, an embassy's staff do not attend as trainees.
 */
export const HEAD_OF_BEFORE =
  /\b(?:director|director[\s-]general|head|chief|commander|commissioner|minister|spokesperson|spokesman|spokeswoman|president|chairman|chairperson|secretary|ambassador)\s+of\s+(?:the\s+)?$/i;
export const EMBASSY_BEFORE = /\b(?:embass(?:y|ies)|high\s+commissions?|consulates?)\s+of\s+(?:the\s+)?$/i;
export const EMBASSY_AFTER = /^\s*(?:['’]s\s+)?(?:embass(?:y|ies)|high\s+commission|consulate)\b/i;

/** "U.S. training", "Japanese assistance": the country gives what is named, it does not attend. */
export const GIVEN_THING_AFTER = /^\s*(?:['’]s\s+)?(?:training|assistance|aid|support|funding|grant|donation|expertise)\b/i;

/** Words between a people noun and a country that break the link ("officers will learn … in X"). */
export const ROLE_BLOCKERS: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'can', 'could', 'may', 'must', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'who', 'which', 'that', 'said', 'says', 'took', 'take', 'takes', 'learn',
  'learned', 'share', 'shared', 'provide', 'provided', 'discuss', 'discussed', 'on', 'about', 'against',
  'through', 'via', 'to', 'into', 'toward', 'towards', 'during', 'while', 'because', 'but', 'than',
  'OSCE', 'with', 'by', 'at', 'near', 'when', 'where', 'after', 'before', 'since',
  // Verbs that do not end in -ed: a new clause ("Trainers from X taught officers from Y").
  'taught', 'teach', 'teaches', 'led', 'leads', 'held', 'holds', 'gave', 'given', 'gives', 'ran', 'runs',
  'met', 'meet', 'meets', 'brought', 'bring', 'brings', 'made', 'sent', 'spoke', 'came', 'went', 'began',
  'begin', 'begins', 'got', 'told', 'saw', 'heard', 'became', 'trains', 'helps', 'help', 'hosts', 'opens',
  'completes', 'attend', 'attends', 'visit', 'visits', 'learns', 'discusses', 'receive', 'receives',
]);

/** Sentences about a whole project or period, not the event ("A total of 29 officials … within the project"). */

/** "officers from across the country": the host's own people. */
export const FROM_HOST_COUNTRY =
  /\bfrom\s+(?:across|all\s+over|throughout|all\s+parts\s+of|(?:all|different|various|several|many)\s+(?:regions|parts|provinces|oblasts|districts|cities))\b/i;

/** People of the host's own national body, written in lower case: "cadets of the national police academy". */
export const NATIONAL_BODY_PEOPLE = new RegExp(
  String.raw`\b(?:${[...PARTICIPANT_NOUNS].join('|')})\s+(?:of|from|at)\s+(?:the\s+)?(?:country['’]s\s+)?national\s+(?:[\p{L}-]+\s+){0,3}(?:academy|college|school|institute|university|service|police|guard|committee|ministry)\b`,
  'iu',
);

/** An expert noun right after a body's name: "Police Academy trainer Major …". */
export const TEACHERS_OF_BODY_AFTER = /^['’]?s?\s+(?:trainers?|experts?|instructors?|lecturers?|tutors?)\b/i;

/** An expert noun right before a body's name: "trainers from the Border Academy". */
export const TEACHERS_OF_BODY_BEFORE =
  /\b(?:trainers?|experts?|instructors?|lecturers?|tutors?|facilitators?|resource\s+persons?|presenters?|mentors?)(?:,?\s+(?:who\s+)?(?:were|are|was|is|came)(?:\s+(?:all|mainly|mostly))?(?:\s+drawn)?)?\s+(?:from|of|at)\s+(?:the\s+)?$/i;

/**
 * Words that make teachers the ones taught: "to train national trainers", "a pool of local trainers",
 * "the skills of Academy instructors".
 */
export const TRAINED_AS_TEACHERS =
  /\b(?:train(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|certif(?:y|ies|ied|ying)|pool|cadre|network|becom(?:e|es|ing)|as|(?:skills|knowledge|capacit(?:y|ies)|abilit(?:y|ies)|competences?)\s+of)\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/iu;

// "from EU Member States", "from ten countries", "of the region's nations": people of other states.
// "From all 13 Caribbean countries" names the host among them, and is left out.
const OTHER_STATES = String.raw`(?:from|of|representing)\s+(?:the\s+|its\s+|their\s+)?(?!all\b)(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:member\s+(?:states|countries)|partner\s+(?:states|countries)|countries|nations)\b`;

/**
 * People who come from member states or other countries as a whole ("Representatives from EU Member
 * States", "participants from 10 countries", "thanked the Member States for sending the trainees"): a regional
 * event, whose host takes part only when the text names it.
 */
const ANY_PEOPLE = [...PARTICIPANT_NOUNS, ...EXPERT_NOUNS].join('|');
export const REGIONAL_PEOPLE = new RegExp(
  String.raw`\b(?:${ANY_PEOPLE})\b(?:\s+[\p{L}-]+){0,3}?\s+${OTHER_STATES}|\bmember\s+(?:states|countries)\b[^.;]{0,60}?\b(?:${ANY_PEOPLE})\b`,
  'iu',
);

/** The same right after teachers: "national experts from Central American countries" are not the host's. */
export const REGIONAL_AFTER = new RegExp(String.raw`^\s+${OTHER_STATES}`, 'iu');

/**
 * Thanks before a country: who is thanked supported the event ("expressed gratitude to … the X
 * Government"); not the reason given after "for" ("thanked for having trained the X officers").
 */
export const THANKED_BEFORE = /\b(?:thank(?:s|ed|ing)?|gratitude|grateful|appreciation)\b(?:(?!\bfor\b)[^.;:])*$/i;

/**
 * Verbs of teaching before "by" whose agent, when a body, teaches: "conducted by the Estonian Border
 * Guard", "carried out by the British Peace Support Team". Not "held by" or "organised by": a body
 * that holds an event organises it.
 */
export const BODY_TEACHING_VERBS =
  /\b(?:(?:conducted|delivered|taught|led|carried\s+out|facilitated|instructed|trained)\s+by|(?:placed|attached)\s+(?:by|with|to))\s+(?:the\s+)?(?:\S+\s+){0,2}$/i;

/**
 * Guests, not trainees: "representatives of the X Foreign Office, INTERPOL and GIZ were present",
 * "Also present at the ceremony were …". Partners, funders and dignitaries are "present"; the people
 * an event is for attend, take part or are trained.
 */
export const PRESENT_AS_GUESTS = /\b(?:were|was)\s+(?:also\s+)?present\b|\balso\s+present\b/i;

/**
 * Funders named as such are not trainees: "Representatives of the donor countries, Japan and Korea,
 * attended", "Japanese officials, who fund the project, attended the opening".
 */
export const DONORS_BEFORE = /\b(?:donors?|donor\s+(?:countries|states|governments|nations|community)|funding\s+(?:countries|partners|governments)|sponsors?)\b[^.;:]{0,40}$/i;
export const DONORS_AFTER = /^[^.;:]{0,40}?,\s*(?:which|who)\s+(?:(?:has|have|had|also)\s+)?(?:fund(?:s|ed)?|financ(?:e|es|ed)|sponsor(?:s|ed)?|support(?:s|ed)?)\b/i;

/**
 * "conducted by Tunisian judges with German judges": a second group joined to the people an event
 * is run by ("with", "together with", "alongside", "and"), who share their role; the words between
 * "by" and the join are returned for the caller to check that both groups are the same kind of people.
 */
export const TEACHING_AGENT_JOINED =
  /\b(?:held|conducted|delivered|led|taught|given|run|provided|moderated|facilitated|presented)\s+by\s+((?:[^\s.;:,]+\s+){1,6}?)(?:together\s+with|alongside|with|and)\s+(?:the\s+)?$/i;

/** Meeting before a country: the people a delegation meets host it ("met with the X officials", "interaction with the X police"). */
export const MET_WITH_BEFORE =
  /\b(?:met|meet(?:s|ing|ings)?|interact(?:s|ed|ing|ions?)?|talks|discussions?|consultations?)\s+(?:[\p{L}-]+\s+){0,2}?with\s+(?:the\s+|their\s+|its\s+)?$/iu;
