import { useCallback, useRef } from 'react';

/**
 * Remembers what opened the details (a list button, a marker) so closing them returns focus
 * there; falls back to the event's list button if the opener has left the page, else the list.
 */
export function useDetailsFocus() {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback((el: HTMLElement | null) => {
    opener.current = el ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  }, []);
  const restore = useCallback((eventId: string | null) => {
    const el = opener.current;
    // Event ids are validated as [a-z0-9-] when the URL is parsed: safe inside a selector.
    const fallback = eventId ? document.querySelector<HTMLElement>(`[data-event-id="${eventId}"]`) : null;
    // Last, the list itself: focus is never left on <body>.
    (el?.isConnected ? el : (fallback ?? document.getElementById('events')))?.focus();
    opener.current = null;
  }, []);
  return { remember, restore };
}
