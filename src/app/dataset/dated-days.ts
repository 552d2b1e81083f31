import { DATE_KIND, type DatasetIndexes } from './build-indexes.ts';

/** The timeline days and DATE_KINDs of every dated event (the timeline's grey background). */
export function datedDays(ix: DatasetIndexes): { days: Int32Array; kinds: Uint8Array } {
  const n = ix.events.length - ix.undatedPositions.length;
  const days = new Int32Array(n);
  const kinds = new Uint8Array(n);
  let k = 0;
  for (let i = 0; i < ix.events.length; i++) {
    if (ix.dateKinds[i] === DATE_KIND.undated) continue;
    days[k] = ix.timelineDays[i]!;
    kinds[k++] = ix.dateKinds[i]!;
  }
  return { days, kinds };
}
