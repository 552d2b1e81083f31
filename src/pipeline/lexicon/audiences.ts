// Who a training is for, by sector: "judges", "border police officers", "customs inspectors". Two
// releases about one event may name its audience in other words ("prosecutors" and "public
// prosecutors", "border guards" and "border officers"), but not in another sector: a course for
// judges and a course for police officers in one town in one week are two events. Only words that
// name a sector are listed; "officers", "officials", "participants" and "staff" say nothing of it.

/** A sector's words (lower case; a space joins a two-word term). */
const SECTORS: Readonly<Record<string, readonly string[]>> = {
  justice: ['judge', 'judges', 'judicial', 'judiciary', 'prosecutor', 'prosecutors', 'prosecution', 'prosecutorial', 'magistrate', 'magistrates', 'jurists', 'lawyers', 'attorneys', 'advocates', 'bar association'],
  police: ['police', 'policemen', 'policewomen', 'policing', 'constables', 'detectives', 'investigators', 'criminal investigation', 'patrol'],
  customs: ['customs'],
  border: ['border', 'borders', 'frontier', 'coastguards', 'coast guard', 'coast guards'],
  prison: ['prison', 'prisons', 'penitentiary', 'correctional', 'probation', 'wardens', 'jailers'],
  media: ['journalists', 'reporters', 'editors', 'media', 'bloggers', 'broadcasters'],
  military: ['military', 'soldiers', 'army', 'armed forces', 'servicemen', 'servicewomen', 'troops'],
  diplomacy: ['diplomats', 'diplomatic', 'consular'],
  schools: ['teachers', 'educators', 'schoolteachers', 'pupils', 'schoolchildren'],
  'civil society': ['civil society', 'activists', 'non-governmental', 'ngo', 'ngos'],
  'financial intelligence': ['financial intelligence'],
  languages: ['interpreters', 'translators'],
  legislature: ['parliamentarians', 'parliamentary', 'parliament', 'lawmakers', 'legislators'],
  // The umbrella of the uniformed services: "law enforcement officials" may be any of them.
  'law enforcement': ['law enforcement', 'law-enforcement'],
};

/** Sectors that "law enforcement" covers: a release may say it of police, customs, border or prison officers, or of them and prosecutors. */
const LAW_ENFORCEMENT = new Set(['law enforcement', 'police', 'customs', 'border', 'prison', 'military']);

const SECTOR_OF = new Map<string, string>();
for (const [sector, words] of Object.entries(SECTORS)) for (const word of words) SECTOR_OF.set(word, sector);

/** The sectors a phrase naming people belongs to ("border police officers" → border, police), sorted. */
export function audienceSectors(phrase: string): string[] {
  const words = phrase.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? SECTOR_OF.get(`${words[i]} ${words[i + 1]}`) : undefined;
    if (two !== undefined) {
      found.add(two);
      i++;
      continue;
    }
    const one = SECTOR_OF.get(words[i]!);
    if (one !== undefined) found.add(one);
  }
  return [...found].sort();
}

/**
 * Whether two audiences (sectors, as audienceSectors gives them) can be one event's: they share a
 * sector, or one is "law enforcement" and the other a uniformed service. Either empty: nothing is known.
 */
export function audiencesMeet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (a.some((s) => b.includes(s))) return true;
  const umbrella = (x: readonly string[], y: readonly string[]) => x.includes('law enforcement') && y.some((s) => LAW_ENFORCEMENT.has(s));
  return umbrella(a, b) || umbrella(b, a);
}
