// The URL and playback hooks the naive and peer pages share: the driver changes the URL as the app's
// filters and timeline do, and presses Play, and both pages answer the same way.
import { useEffect, useState, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

export function useSearch(): URLSearchParams {
  return new URLSearchParams(useSyncExternalStore(subscribe, () => window.location.search));
}

/** Plays a four-year window forward ten days a frame, as the app's Play does. */
export function usePlay(): [boolean, () => void] {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    let day = Date.UTC(2000, 0, 1);
    let frame = requestAnimationFrame(function step() {
      day += 10 * 86_400_000;
      const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
      window.history.replaceState(null, '', `?from=${iso(day)}&to=${iso(day + 4 * 365 * 86_400_000)}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing]);
  return [playing, () => setPlaying((p) => !p)];
}
