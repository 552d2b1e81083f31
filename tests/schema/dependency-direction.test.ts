import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// pipeline → schema ← app: the schema imports only zod, the app never imports the pipeline,
// the pipeline never imports the app.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

function violations(dir: string, forbidden: (spec: string, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((spec) => forbidden(spec, file))
      .map((spec) => `${relative('.', file)} imports ${spec}`),
  );
}

describe('dependency direction', () => {
  it('the schema imports only zod and itself', () => {
    expect(violations('src/schema', (spec) => !(spec === 'zod' || spec.startsWith('./')))).toEqual([]);
  });
  it('the app never imports the pipeline', () => {
    expect(violations('src/app', (spec) => spec.includes('/pipeline/'))).toEqual([]);
  });
  it('the app never imports the Vite plugins (src/vite-plugins runs in Node, inside vite.config.ts)', () => {
    expect(violations('src/app', (spec) => spec.includes('/vite-plugins/'))).toEqual([]);
  });
  it('the pipeline never imports the app', () => {
    expect(violations('src/pipeline', (spec) => spec.includes('/app/'))).toEqual([]);
  });
});

/** The folder of an app file, as the boundaries name it: `view`, `features/map`, or `.` for app.tsx and its neighbours. */
function appFolder(file: string): string {
  const parts = relative('src/app', file).split('/').slice(0, -1);
  return parts[0] === 'features' ? parts.slice(0, 2).join('/') : (parts[0] ?? '.');
}

/** Folder → the other folders of the app it imports from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles('src/app')) {
    const from = appFolder(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
      const target = resolve(dirname(file), spec);
      const inApp = relative(resolve('src/app'), target);
      if (inApp.startsWith('..')) continue;
      const to = appFolder(join('src/app', inApp));
      if (to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Each loop in the graph once, as the path that closes it ("view → dataset → view"). */
function loops(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const found = new Set<string>();
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) found.add([...path.slice(at), next].join(' → '));
      else visit(next, [...path, next]);
    }
  };
  for (const start of graph.keys()) visit(start, [start]);
  return [...found];
}

describe('folders of src/app', () => {
  it('import each other without loops', () => {
    expect(loops(folderGraph())).toEqual([]);
  });
  it('the loop check can fail', () => {
    expect(loops(new Map([['view', new Set(['dataset'])], ['dataset', new Set(['view'])]]))).toContain('view → dataset → view');
  });
});
