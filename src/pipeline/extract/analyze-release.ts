import { findCountryMentions, type CountryMention } from '../lexicon/countries.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { findOrganizationMentions, type OrganizationMention } from './organization-mentions.ts';

/**
 * One reading of a release, shared by every extractor: its sentences and the countries and bodies
 * it names, each found once in the whole text. Extractors take what they need from it instead of
 * scanning the text again (or hiding the cost of doing so behind a cache).
 */
export interface ReleaseAnalysis {
  text: string;
  sentences: readonly Sentence[];
  /** Every country mention, in text order. */
  countries: readonly CountryMention[];
  /** Every named body, in text order, repeats included. */
  organizations: readonly OrganizationMention[];
}

/** Pure: "Officers from Afghanistan … the OSCE Centre in Astana" → its sentences, AF, the Centre. */
export function analyzeRelease(text: string): ReleaseAnalysis {
  return {
    text,
    sentences: splitSentences(text),
    countries: findCountryMentions(text),
    organizations: findOrganizationMentions(text),
  };
}
