/**
 * Tells `onChange` whether `el` intersects the viewport (grown or shrunk by `rootMargin`), now and
 * whenever that changes; returns the cleanup. Where the browser has no IntersectionObserver
 * (tests, old browsers) it never calls, and callers keep their default.
 */
export function watchIntersection(el: Element, rootMargin: string, onChange: (intersecting: boolean) => void): () => void {
  if (typeof IntersectionObserver !== 'function') return () => undefined;
  const observer = new IntersectionObserver((entries) => {
    // One element is observed: its last entry is its current state.
    const last = entries[entries.length - 1];
    if (last) onChange(last.isIntersecting);
  }, { rootMargin });
  observer.observe(el);
  return () => observer.disconnect();
}
