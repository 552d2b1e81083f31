// No folder under src/ imports another that imports it back, directly or round a longer loop: the
// layers read one way. The ESLint zones (eslint.config.js) keep each direction; this test reads
// every import of the tree and looks for loops between folders, so a loop no zone foresaw fails too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** folder → the folders its files import from (relative to src/, other than itself). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
  for (const file of files) {
    const from = dirname(file);
    const edges = graph.get(from) ?? graph.set(from, new Set()).get(from)!;
    for (const m of readFileSync(join(SRC, file), 'utf8').matchAll(IMPORT)) {
      const to = relative(SRC, dirname(resolve(SRC, from, m[1] ?? m[2]!)));
      if (to !== from && !to.startsWith('..')) edges.add(to);
    }
  }
  return graph;
}

/** Every loop of folders (each once), as "a → b → a". */
export function folderLoops(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const loops = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (node: string) => {
    path.push(node);
    onPath.add(node);
    for (const next of graph.get(node) ?? []) {
      if (onPath.has(next)) {
        const loop = path.slice(path.indexOf(next));
        const first = loop.indexOf([...loop].sort()[0]!);
        loops.add([...loop.slice(first), ...loop.slice(0, first), loop[first]].join(' → '));
      } else if (!done.has(next)) visit(next);
    }
    path.pop();
    onPath.delete(node);
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) if (!done.has(node)) visit(node);
  return [...loops];
}

describe('folders under src/', () => {
  it('never import each other back', () => {
    expect(folderLoops(folderGraph())).toEqual([]);
  });

  it('finds a loop when there is one (the check can fail)', () => {
    const graph = new Map([['app', new Set(['export'])], ['export', new Set(['app/view'])], ['app/view', new Set(['app'])]]);
    expect(folderLoops(graph)).toEqual(['app → export → app/view → app']);
  });
});
