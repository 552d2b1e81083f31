// Functions the driver runs inside the page (serialised by page.evaluate, so each is
// self-contained). All timing uses the page's own clock and the app's `atlas:drawn` marks.

export interface FirstView {
  ms: number;
  /** Response end → indexes start (JSON parse and schema check), indexes, indexes end → drawn. */
  parseMs: number;
  indexMs: number;
  renderMs: number;
  markers: number;
  rows: number;
}

/** From the dataset response's last byte to the first view painted (markers and list drawn). */
export function inPageFirstView(limitMs: number): Promise<FirstView> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    (function poll() {
      const drawn = performance.getEntriesByName('atlas:drawn')[0];
      const data = performance.getEntriesByType('resource').find((e) => /data\/(dataset|peer|app\/summary)\.json/.test(e.name)) as PerformanceResourceTiming | undefined;
      if (drawn && data) {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        resolve({
          ms: drawn.startTime - data.responseEnd,
          parseMs: at('atlas:indexes-start') - data.responseEnd,
          indexMs: at('atlas:indexes-end') - at('atlas:indexes-start'),
          renderMs: drawn.startTime - at('atlas:indexes-end'),
          markers: document.querySelectorAll('.leaflet-marker-icon').length,
          rows: document.querySelectorAll('[aria-label="Events"] li').length,
        });
      } else if (performance.now() - started > limitMs) reject(new Error('first view: time limit'));
      else setTimeout(poll, 20);
    })();
  });
}

export interface StepTime {
  /**
   * Main-thread time the change costs: from the change to the DOM committed (React render and
   * commit, Leaflet's update), plus from the start of the next frame to that frame painted
   * (style, layout, paint). The idle wait in between, for the display's next frame, is left out.
   */
  work: number;
  /** The first part of `work`: from the change to the DOM committed. */
  commit: number;
  /** Wall clock from the change to the frame painted, that wait included (up to 16.7 ms at 60 Hz). */
  latency: number;
}

/**
 * One view change as the app makes it (the URL changes and its subscribers are told, as a filter
 * click or a scrub step does), timed against the marks the app leaves (see markDrawn).
 *
 * It starts once the page is idle (or after a second at most), as a reader's click finds it: work
 * the previous change left for later (garbage collection, rows out of sight) is not charged to
 * this one. Back-to-back changes are what the playback figure measures.
 */
export function inPageStep({ search, timeoutMs }: { search: string; timeoutMs: number }): Promise<StepTime | null> {
  return new Promise((resolve) => requestIdleCallback(() => step(resolve), { timeout: 1000 }));
  function step(resolve: (t: StepTime | null) => void) {
    for (const mark of ['atlas:drawn', 'atlas:committed', 'atlas:frame']) performance.clearMarks(mark);
    // For bench/app/trace.ts, which charges to the step only what falls in its windows.
    performance.mark('atlas:step');
    const t0 = performance.now();
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    (function poll() {
      // Cleared above, so the first of each mark is this change's.
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
      const [committed, frame, drawn] = [at('atlas:committed'), at('atlas:frame'), at('atlas:drawn')];
      // A frame already under way at the commit has no idle wait to leave out.
      if (committed !== undefined && frame !== undefined && drawn !== undefined) resolve({ work: committed - t0 + (drawn - Math.max(frame, committed)), commit: committed - t0, latency: drawn - t0 });
      else if (performance.now() - t0 > timeoutMs) resolve(null);
      else setTimeout(poll, 5);
    })();
  }
}

export interface PlayResult {
  /** Views drawn per second (each with the window moved). */
  drawnPerSecond: number;
  /** Animation frames per second while playing. */
  framesPerSecond: number;
}

/** Presses Play, counts frames and drawn views for `ms`, presses Pause. */
export function inPagePlay(ms: number): Promise<PlayResult> {
  const button = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  performance.clearMarks('atlas:drawn');
  return new Promise((resolve, reject) => {
    const play = button('Play');
    if (!play) return reject(new Error('no Play button'));
    const t0 = performance.now();
    play.click();
    let frames = 0;
    requestAnimationFrame(function count(now) {
      frames++;
      if (now - t0 < ms) return requestAnimationFrame(count);
      const elapsed = (performance.now() - t0) / 1000;
      const drawn = performance.getEntriesByName('atlas:drawn').filter((e) => e.startTime >= t0).length;
      button('Pause')?.click();
      resolve({ drawnPerSecond: drawn / elapsed, framesPerSecond: frames / elapsed });
    });
  });
}

export interface KeystrokeTime {
  /** The text in the box after this keystroke. */
  query: string;
  /** From the keystroke to the first frame drawn with its results (the search index loaded, when it is the first). */
  ms: number;
}

/**
 * Types `text` into the search box one character at a time, as React hears a person type (the
 * input's value set natively, then an `input` event), waiting after each for the results drawn:
 * the app's `atlas:drawn` mark with the status no longer "Searching…". With `from`, the box
 * already holds text's first `from` characters and typing goes on from there.
 */
export function inPageType({ text, timeoutMs, from = 0 }: { text: string; timeoutMs: number; from?: number }): Promise<KeystrokeTime[] | null> {
  const box = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!box) return Promise.resolve(null);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const times: KeystrokeTime[] = [];
  return new Promise((resolve) => {
    const next = (k: number) => {
      if (k === text.length) return resolve(times);
      requestIdleCallback(() => {
        for (const mark of ['atlas:drawn', 'atlas:committed', 'atlas:frame']) performance.clearMarks(mark);
        // For bench/app/trace.ts --search, which charges to a keystroke what falls in its time.
        performance.mark('atlas:step');
        const query = text.slice(0, k + 1);
        const t0 = performance.now();
        setValue.call(box, query);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        (function poll() {
          // Drawn after the last commit, and that commit showed results (not "Searching…").
          const drawn = performance.getEntriesByName('atlas:drawn').at(-1);
          const committed = performance.getEntriesByName('atlas:committed').at(-1);
          const status = document.querySelector('[role="status"]')?.textContent ?? '';
          if (drawn && committed && drawn.startTime >= committed.startTime && !status.includes('Searching')) {
            times.push({ query, ms: drawn.startTime - t0 });
            next(k + 1);
          } else if (performance.now() - t0 > timeoutMs) resolve(null);
          else setTimeout(poll, 2);
        })();
      }, { timeout: 1000 });
    };
    next(from);
  });
}
