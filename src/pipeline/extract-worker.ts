// A worker thread of extractInWorkers (extract-in-workers.ts): extracts the batches of releases it
// is sent, one message back per batch, and signals the main thread, which waits on that signal.
// The gazetteer is loaded on the first place a release asks for that no earlier build asked for
// (MemoGazetteer over the places the cache remembers): a worker never asked that never loads it.
// Each event is checked against the schema here too, as buildEvent would check it, so that the
// main thread only takes the checked event's JSON (or, when the check fails, checks it again to say why).
import { workerData } from 'node:worker_threads';
import { extractAheadJob } from './extract-release.ts';
import { MemoGazetteer } from './cache/extract-cache.ts';
import type { BatchReply, BatchRequest, WorkerInput } from './extract-in-workers.ts';
import { loadGazetteer } from './gazetteer/load-gazetteer.ts';
import type { Place } from './gazetteer/place.ts';

const { port, signal, places, cache, preload } = workerData as WorkerInput;
const gazetteer = new MemoGazetteer(loadGazetteer, new Map(places));
// Before the first batch is read (messages wait until this module has run), while the main thread reads the seeds.
if (preload) gazetteer.preload();
/** How many of the gazetteer's new answers were already sent back. */
let placesSent = 0;

port.on('message', (request: BatchRequest) => {
  if (request === 'stop') {
    port.close();
    return;
  }
  const results: BatchReply['results'] = [];
  for (const [index, job] of request.batch) {
    const ahead = extractAheadJob(job, gazetteer, cache);
    if (ahead === undefined) continue;
    results.push([index, ahead]);
  }
  // Only the answers found since the last reply: copying every answer so far on each batch cost
  // seconds over 5,000 releases (the memo grows to tens of thousands of names).
  const added: [string, Place | null][] = [];
  if (cache && gazetteer.added.size > placesSent) {
    let i = 0;
    for (const entry of gazetteer.added) if (i++ >= placesSent) added.push(entry);
  }
  placesSent = gazetteer.added.size;
  // The events' JSON bytes are moved to the main thread, not copied (each in a buffer of its own).
  const transfer = results.flatMap(([, ahead]) => ('jsonAround' in ahead && ahead.jsonAround !== null ? [ahead.jsonAround.bytes.buffer as ArrayBuffer] : []));
  try {
    port.postMessage({ results, places: added, gazetteerLoaded: gazetteer.loaded } satisfies BatchReply, transfer);
  } catch {
    // A result that cannot be sent: the whole batch is extracted again in the main thread.
    port.postMessage({ results: [], places: [], gazetteerLoaded: gazetteer.loaded } satisfies BatchReply);
  }
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
