import { correctionSnippets, DEV_CORRECTIONS_URL, type CorrectionEntry } from '../../../schema/correction-snippet.ts';

/** Where saving a correction stands, as the details say it. */
export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'problem'; text: string } | { kind: 'snippet'; text: string };

/**
 * The same path as "Correct this fact": under `npm run dev` the entries are posted to the dev
 * server, which appends them to seeds/corrections.yaml and rebuilds (the page then updates);
 * in a static build there is no server to write the file, so the entries are given to copy.
 */
export async function saveEntries(entries: readonly CorrectionEntry[], dev: boolean = import.meta.env.DEV): Promise<SaveStatus> {
  if (!dev) return { kind: 'snippet', text: correctionSnippets(entries) };
  try {
    const response = await fetch(DEV_CORRECTIONS_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(entries) });
    const body = (await response.json()) as { error?: string };
    return response.ok ? { kind: 'saved' } : { kind: 'problem', text: body.error ?? `The dev server answered ${response.status}` };
  } catch (error) {
    return { kind: 'problem', text: `Could not reach the dev server: ${String(error)}` };
  }
}
