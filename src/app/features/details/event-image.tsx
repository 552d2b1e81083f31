import { useState } from 'react';

function httpsHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

/**
 * Only https images, and only on request: by default nothing leaves the app's own origin, so the
 * release image is a placeholder with a button naming the host it would be loaded from.
 */
export function EventImage({ url }: { url: string | null }) {
  const [state, setState] = useState<'idle' | 'loading' | 'loaded' | 'failed'>('idle');
  const host = url === null ? null : httpsHost(url);
  if (url === null || host === null) return null;
  return (
    <figure className="event-image" data-state={state}>
      {state !== 'loaded' && (
        <div className="image-placeholder">
          {state === 'idle' && (
            <button type="button" onClick={() => setState('loading')}>
              Load image from {host}
            </button>
          )}
          {state === 'failed' && 'Image not available'}
        </div>
      )}
      {(state === 'loading' || state === 'loaded') && (
        <img src={url} alt="" referrerPolicy="no-referrer" onLoad={() => setState('loaded')} onError={() => setState('failed')} />
      )}
    </figure>
  );
}
