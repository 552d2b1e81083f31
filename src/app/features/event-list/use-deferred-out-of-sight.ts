import { useEffect, useRef, useState, type RefObject } from 'react';
import { watchIntersection } from '../../helpers/watch-intersection.ts';

const EDGE_PX = 8;

type Cancel = () => void;

/** Runs `fn` once the browser is idle (after the frame under way has been painted). */
function whenIdle(fn: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    // The timeout bounds the wait while something keeps the main thread busy (playback).
    const id = requestIdleCallback(fn, { timeout: 250 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 16);
  return () => clearTimeout(id);
}

/**
 * `value` as the element behind `ref` should show it: at once while any of the element is on
 * screen, but while it is scrolled out of sight, a new value waits until the browser is idle
 * after the frame that shows the rest of the change. A filter change or a scrub step then does
 * not pay for rows nobody can see (at 1440×900 the whole event list is below the fold, and its
 * rows were the largest part of the frame after the map). The element still follows within a
 * frame or two, and at once when it scrolls into sight, so screen readers and scrolling readers
 * never meet stale rows for long. Without IntersectionObserver (tests, old browsers) nothing waits.
 */
export function useDeferredOutOfSight<T, E extends Element>(value: T): { shown: T; ref: RefObject<E | null> } {
  const ref = useRef<E>(null);
  const [inSight, setInSight] = useState(true);
  const [shown, setShown] = useState(value);
  // React's "adjust state on a prop change": in sight, the new value is shown in this render.
  if (inSight && shown !== value) setShown(value);
  useEffect(function catchUpWhenIdle() {
    if (inSight || shown === value) return;
    return whenIdle(() => setShown(value));
  }, [inSight, shown, value]);
  useEffect(function watchSight() {
    // The margin keeps a sliver of padding at the edge of the screen from counting as in sight.
    return ref.current ? watchIntersection(ref.current, `-${EDGE_PX}px 0px`, setInSight) : undefined;
  }, []);
  return { shown: inSight ? value : shown, ref };
}
