import { createHash } from 'node:crypto';
import type { ReleaseMetadata } from '../formats/release.ts';
import type { Gazetteer, Place } from '../gazetteer/place.ts';

/**
 * Extraction results by release content and extractor version, kept between builds, so a
 * rebuild re-extracts only what changed. Values are the JSON of a validated extracted event (or
 * of a rejection): a string is cheap to load, store and splice into dataset.json unchanged.
 */
export interface ExtractCache {
  get(key: string): string | undefined;
  /** Whether a result is stored for the key, without reading it (it counts as used, as by get). */
  holds(key: string): boolean;
  set(key: string, json: string): void;
}

/**
 * Keys that start so hold an event's report print (src/pipeline/reports), by the event's key:
 * kept beside the results so a rebuild compares an unchanged event without reading it.
 */
export const PRINT_KEY = 'p:';

/** sha256 of everything extraction reads: the extractor version, the text (by its sha256), the page or feed metadata. */
export function extractKey(version: string, textSha256: string, metadata: ReleaseMetadata): string {
  return createHash('sha256')
    .update(`${version}\0${textSha256}\0`)
    .update(JSON.stringify([metadata.publishedDate, metadata.publishedFrom, metadata.imageUrl]))
    .digest('hex');
}

/** Results as an earlier build stored them (a Map, or the cache file's StoredResults). */
export interface StoredResultsView {
  get(key: string): string | undefined;
  has(key: string): boolean;
  keys(): Iterable<string>;
}

/** An in-memory cache over what was stored; it remembers which keys this build used and which it added. */
export class MemoryExtractCache implements ExtractCache {
  readonly used = new Set<string>();
  readonly added = new Map<string, string>();
  private readonly stored: StoredResultsView;

  constructor(stored: StoredResultsView = new Map()) {
    this.stored = stored;
  }

  get(key: string): string | undefined {
    const json = this.added.get(key) ?? this.stored.get(key);
    if (json !== undefined) this.used.add(key);
    return json;
  }

  holds(key: string): boolean {
    const held = this.added.has(key) || this.stored.has(key);
    if (held) this.used.add(key);
    return held;
  }

  set(key: string, json: string): void {
    this.added.set(key, json);
    this.used.add(key);
  }

  /** Stored results this build used as they were (not extracted again); an event's report print (see PRINT_KEY) is not a result. */
  get hits(): number {
    let n = 0;
    for (const key of this.used) if (!key.startsWith(PRINT_KEY) && !this.added.has(key) && this.stored.has(key)) n++;
    return n;
  }

  /** Releases this build extracted (an event's report print, stored beside them, is not one). */
  get extracted(): number {
    let n = 0;
    for (const key of this.added.keys()) if (!key.startsWith(PRINT_KEY)) n++;
    return n;
  }

  /** Stored entries this build did not use (their release changed or went away). */
  get stale(): number {
    let n = 0;
    for (const key of this.stored.keys()) if (!this.used.has(key)) n++;
    return n;
  }
}

/**
 * The gazetteer behind a memo of its answers, kept between builds: a release re-extracted after
 * an edit asks for the same places as before, so the GeoNames index (~0.7 s to load) is loaded
 * only when a name is asked for that no earlier build asked for. geocode is a pure lookup, so a
 * remembered answer is the answer.
 */
export class MemoGazetteer implements Gazetteer {
  readonly added = new Map<string, Place | null>();
  private readonly stored: ReadonlyMap<string, Place | null>;
  private readonly load: () => Gazetteer;
  private real: Gazetteer | null = null;

  constructor(load: () => Gazetteer, stored: ReadonlyMap<string, Place | null> = new Map()) {
    this.load = load;
    this.stored = stored;
  }

  get loaded(): boolean {
    return this.real !== null;
  }

  /** Loads the gazetteer now, where it is known to be needed and this thread would otherwise wait (a worker started early). */
  preload(): void {
    this.real ??= this.load();
  }

  geocode(name: string, hints?: { countryCodes?: readonly string[] }): Place | null {
    const place = this.geocodeShared(name, hints);
    return place === null ? null : { ...place };
  }

  geocodeShared(name: string, hints?: { countryCodes?: readonly string[] }): Readonly<Place> | null {
    // Asked several times per capitalised word of every release: no array is built for no hints, and
    // each map is read once (an answer is a place or null, never undefined).
    const codes = hints?.countryCodes;
    const key = codes !== undefined && codes.length > 0 ? `${name}\u0001${codes.join(',')}` : `${name}\u0001`;
    let known = this.stored.get(key);
    if (known === undefined) known = this.added.get(key);
    if (known !== undefined) return known;
    const place = (this.real ??= this.load()).geocode(name, hints);
    // Kept as a copy: the caller of geocode owns the place it was given.
    const kept = place === null ? null : { ...place };
    this.added.set(key, kept);
    return kept;
  }
}
