import type { GeneratedRelease } from './generate-corpus.ts';

/** The files of a generated corpus as [relative path, content]: the releases, then expected.json. */
export function corpusFiles(releases: readonly GeneratedRelease[]): [path: string, content: string][] {
  return [
    ...releases.map((r): [string, string] => [`releases/${r.file}`, r.text]),
    ['expected.json', `${JSON.stringify(releases.map((r) => r.expected), null, 2)}\n`],
  ];
}
