// Words GeoNames lists as alternate names of some town ("Police" in Poland, "Union", "Centre") but
// which an English press release uses as ordinary words. A name in this table is never geocoded.
// Data, not logic: add a word here when a release trips over it.
export const NOT_PLACE_NAMES: ReadonlySet<string> = new Set([
  // function words
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'some', 'all', 'both', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'we', 'they',
  'he', 'she', 'it', 'is', 'was', 'will', 'be', 'not', 'also', 'more', 'most', 'other', 'such',
  'during', 'after', 'before', 'while', 'since', 'until', 'between', 'among', 'within', 'about',
  // institutions and roles
  'police', 'union', 'centre', 'center', 'office', 'ministry', 'committee', 'council', 'embassy',
  'mission', 'programme', 'program', 'project', 'agency', 'service', 'services', 'department',
  'academy', 'school', 'college', 'university', 'institute', 'court', 'parliament', 'government',
  'state', 'states', 'republic', 'federation', 'kingdom', 'national', 'international', 'regional',
  'region', 'district', 'province', 'city', 'town', 'village', 'capital', 'country', 'border',
  'customs', 'prosecutor', 'interior', 'justice', 'defence', 'defense', 'security', 'head',
  'deputy', 'director', 'ambassador', 'chairman', 'minister', 'officer', 'officers', 'expert',
  'experts', 'general', 'law', 'chair', 'bank', 'press', 'media', 'news', 'public', 'representative',
  // the genre's own vocabulary
  'seminar', 'training', 'course', 'workshop', 'conference', 'roundtable', 'meeting', 'forum',
  'exercise', 'visit', 'event', 'session', 'today', 'osce', 'un', 'eu', 'nato', 'interpol',
  'europe', 'european', 'asia', 'central', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'new', 'old', 'great', 'upper', 'lower', 'trade', 'drugs', 'human',
  'rights', 'freedom', 'peace', 'hope', 'liberty', 'independence', 'progress', 'victory', 'unity',
  // abbreviations that open a name ("St. Petersburg"): alone they are no town (GeoNames lists "St" for Sète)
  'st', 'ste', 'mt', 'ft',
  // months and days (a dateline's date is never its place)
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
]);
