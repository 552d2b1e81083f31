/**
 * Runs builds one at a time, and answers each ask with a build that started after it.
 *
 * The dev server asks for a build when a seed file changes and when a correction is posted. A
 * correction writes corrections.yaml, then asks: the answer must be the build that read that file.
 * Had an ask made while a build runs been given the running build, a correction posted during a
 * rebuild (the watcher's, of the entry before) would be judged by a build that never saw it: a
 * place the gazetteer does not know would be answered "saved" and kept. So asks made while a build
 * runs share one queued build, started when the running one ends.
 */
export function serialBuilds(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  function start(): Promise<void> {
    running = run().finally(() => {
      running = null;
    });
    return running;
  }

  // The queued build starts when the running one ends, succeeded or not; from then on it is the
  // running one, and a new ask queues the next.
  function next(): Promise<void> {
    queued = null;
    return start();
  }

  return function build(): Promise<void> {
    if (queued) return queued;
    if (!running) return start();
    queued = running.then(next, next);
    return queued;
  };
}
