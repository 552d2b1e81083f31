import type { Role } from '../../schema/dataset.ts';
import type { CountryMention } from '../lexicon/countries.ts';

// A line that heads a list of the countries of one role, ending with a colon or nothing:
// "Participating countries:", "Countries represented", "Participants came from:", "Trainers from:".
const PARTICIPANT_HEADING =
  /^[ \t]*(?:the\s+)?(?:(?:participating|attending|invited)\s+(?:countries|states|nations|delegations)|(?:countries|states|nations|delegations)\s+(?:represented|participating|taking\s+part|attending|invited)|(?:participants|trainees|attendees|delegations)(?:\s+(?:came\s+|were\s+)?from)?)[ \t]*:?[ \t]*$/i;
const EXPERT_HEADING = /^[ \t]*(?:the\s+)?(?:trainers|experts|instructors|lecturers|facilitators)\s+(?:came\s+|were\s+)?from[ \t]*:?[ \t]*$/i;
// One item of the list: a bullet or a number, a name, and perhaps a count or a note in parentheses.
const BULLET = /^[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])?[ \t]*/;
const ITEM_REST = /^[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*[,;.]?[ \t]*$/;
const MAX_ITEMS = 60;
const MAX_ITEM_LENGTH = 60;

/**
 * A country alone on its line, in a list of such lines under a heading that names their role:
 * "Participating countries:\nAlbania\nAlgeria\n…" (web pages keep lists one item a line). Each line
 * is a sentence of its own, so no reading within a sentence reaches the heading. Evidence: the
 * heading names the participating countries or where the trainers came from, and every line between
 * it and the country is a short item too. Decision: the heading's role; null when the country is not
 * in such a list.
 */
export function headedListRole(text: string, mention: CountryMention): Role | null {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const lineEnd = text.indexOf('\n', mention.end);
  const before = text.slice(lineStart, mention.start);
  if (!BULLET.test(before) || BULLET.exec(before)![0].length !== before.length) return null;
  if (!ITEM_REST.test(text.slice(mention.end, lineEnd === -1 ? text.length : lineEnd))) return null;
  // Up the list, line by line, to its heading.
  let end = lineStart - 1;
  for (let n = 0; n < MAX_ITEMS && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (PARTICIPANT_HEADING.test(line)) return 'participant';
    if (EXPERT_HEADING.test(line)) return 'expert';
    if (line.trim() === '' || line.length > MAX_ITEM_LENGTH || /[.!?:]\s*$/.test(line)) return null;
    end = start - 1;
  }
  return null;
}
