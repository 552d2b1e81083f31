/**
 * True when map animations should be off: the person asked for less motion, or a test browser is
 * driving the page (Playwright reads positions right after a click; animations would race it).
 */
export function prefersReducedMotion(): boolean {
  if (typeof navigator !== 'undefined' && navigator.webdriver) return true;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
