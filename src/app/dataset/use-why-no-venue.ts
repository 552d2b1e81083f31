import { useQuery } from '@tanstack/react-query';
import { absenceText, absencesOf } from '../../vocabulary/absence-text.ts';
import { chunkQueryOptions } from './dataset-query-options.ts';

/** Where an event's full record is: the chunk file of the build the summary came from. */
export type RecordOf = (id: string) => { generatedAt: string; chunk: number };

/**
 * Why an event has no venue, in the details' words, from what extraction saw (`absences` in its
 * full record, whose chunk this fetches): "No place for the event found in the text", "Held online", "Names
 * “Lakeside Camp”, which the gazetteer does not know". Undefined while the record loads, null
 * when it keeps no reason (data from before reasons were kept): the caller's true fallback then.
 */
export function useWhyNoVenue(id: string, recordOf: RecordOf): string | null | undefined {
  const { generatedAt, chunk } = recordOf(id);
  const record = useQuery(chunkQueryOptions(generatedAt, chunk));
  if (record.isPending) return undefined;
  const reasons = absencesOf(record.data?.get(id)?.absences, 'venues').map(absenceText);
  return reasons.length > 0 ? reasons.join('; ') : null;
}
