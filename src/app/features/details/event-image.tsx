import { useState } from 'react';

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Only https images; until one loads (and when it cannot: offline, blocked) a calm placeholder. */
export function EventImage({ url }: { url: string | null }) {
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const safe = url !== null && isHttps(url);
  if (!safe) return null;
  return (
    <figure className="event-image" data-state={state}>
      {state !== 'loaded' && (
        <div className="image-placeholder" aria-hidden={state === 'loading'}>
          {state === 'failed' ? 'Image not available' : ''}
        </div>
      )}
      {state !== 'failed' && (
        <img src={url} alt="" loading="lazy" referrerPolicy="no-referrer" onLoad={() => setState('loaded')} onError={() => setState('failed')} />
      )}
    </figure>
  );
}
