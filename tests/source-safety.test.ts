// Seed text is untrusted and reaches the app as data: no code path may turn a string into markup or
// code. A plain scan of the sources, so a new use fails here before it is reviewed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FORBIDDEN: ReadonlyArray<[RegExp, string]> = [
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/\.(?:inner|outer)HTML\b/, '.innerHTML / .outerHTML'],
  [/insertAdjacentHTML|document\.write/, 'insertAdjacentHTML / document.write'],
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\b/, 'new Function'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|js|jsx|mjs|html)$/.test(entry.name) ? [path] : [];
  });
}

function findForbidden(text: string): string[] {
  return FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
}

describe('no string becomes markup or code', () => {
  const files = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'index.html')];

  it('scans the app, the schema and the build step', () => {
    const scanned = files.map((f) => relative(ROOT, f));
    expect(scanned).toEqual(expect.arrayContaining(['src/app/main.tsx', 'src/app/features/details/details-panel.tsx', 'src/pipeline/cli.ts']));
  });

  it.each(['dangerouslySetInnerHTML={{ __html: x }}', 'el.innerHTML = x', 'node.outerHTML', 'eval (code)', 'new Function("return 1")'])(
    'would catch %j',
    (snippet) => {
      expect(findForbidden(snippet)).not.toEqual([]);
    },
  );

  it('finds none of dangerouslySetInnerHTML, .innerHTML, eval( or new Function under src/', () => {
    const hits = files.flatMap((file) => findForbidden(readFileSync(file, 'utf8')).map((what) => `${relative(ROOT, file)}: ${what}`));
    expect(hits).toEqual([]);
  });
});
