// A V8 heap snapshot (.heapsnapshot, as Chrome's HeapProfiler writes it) summarised for a person:
// self size by constructor, and the objects that retain most (their retained size from the
// dominator tree, weak edges left out as DevTools leaves them out), each with the path that
// reaches it. Used by bench/app/heap.ts.
// Usage on its own: npx tsx bench/app/heap-summary.ts FILE [--top N]

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

export function summariseSnapshot(text: string, top = 40): string {
  const snap = JSON.parse(text) as Snapshot;
  const { meta } = snap.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [typeAt, nameAt, idAt, sizeAt, edgeCountAt] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f)) as [number, number, number, number, number];
  const [edgeTypeAt, edgeNameAt, edgeToAt] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f)) as [number, number, number];
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const { nodes, edges, strings } = snap;
  const n = nodes.length / nf;
  const firstEdge = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) firstEdge[i + 1] = firstEdge[i]! + nodes[i * nf + edgeCountAt]!;
  const weak = edgeTypes.indexOf('weak');
  const shortcut = edgeTypes.indexOf('shortcut');
  const strong = (e: number) => {
    const t = edges[e * ef + edgeTypeAt]!;
    return t !== weak && t !== shortcut;
  };
  const typeOf = (i: number) => nodeTypes[nodes[i * nf + typeAt]!]!;
  const nameOf = (i: number) => strings[nodes[i * nf + nameAt]!]!;
  const selfOf = (i: number) => nodes[i * nf + sizeAt]!;
  const edgeName = (e: number) => {
    const t = edgeTypes[edges[e * ef + edgeTypeAt]!]!;
    const v = edges[e * ef + edgeNameAt]!;
    return t === 'element' || t === 'hidden' ? `[${v}]` : strings[v] ?? String(v);
  };

  // Self size by constructor (the node's name for objects, its type otherwise).
  const byKind = new Map<string, { count: number; size: number }>();
  let total = 0;
  for (let i = 0; i < n; i++) {
    const type = typeOf(i);
    const key = type === 'object' || type === 'closure' || type === 'native' ? `${type}:${nameOf(i)}` : `(${type})`;
    const entry = byKind.get(key) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += selfOf(i);
    total += selfOf(i);
    byKind.set(key, entry);
  }

  // Dominators (Cooper, Harvey, Kennedy), from the root (node 0) over strong edges.
  const order = new Int32Array(n).fill(-1); // postorder number
  const post: number[] = [];
  const stack: number[] = [0];
  const cursor = new Int32Array(n);
  const seen = new Uint8Array(n);
  seen[0] = 1;
  const parentEdge = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  while (stack.length) {
    const v = stack[stack.length - 1]!;
    const e = firstEdge[v]! + cursor[v]!;
    if (e < firstEdge[v + 1]!) {
      cursor[v]!++;
      if (!strong(e)) continue;
      const w = edges[e * ef + edgeToAt]! / nf;
      if (!seen[w]) {
        seen[w] = 1;
        parent[w] = v;
        parentEdge[w] = e;
        stack.push(w);
      }
    } else {
      order[v] = post.length;
      post.push(v);
      stack.pop();
    }
  }
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) {
    if (!seen[v]) continue;
    for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e++) if (strong(e)) preds[edges[e * ef + edgeToAt]! / nf]!.push(v);
  }
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (order[a]! < order[b]!) a = idom[a]!;
      while (order[b]! < order[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = post.length - 1; k >= 0; k--) {
      const v = post[k]!;
      if (v === 0) continue;
      let d = -1;
      for (const p of preds[v]!) if (idom[p] !== -1) d = d === -1 ? p : intersect(p, d);
      if (d !== -1 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  const retained = new Float64Array(n);
  for (const v of post) retained[v]! += selfOf(v);
  for (const v of post) if (v !== 0 && idom[v]! >= 0) retained[idom[v]!]! += retained[v]!;

  const pathTo = (v: number) => {
    const names: string[] = [];
    for (let x = v; x > 0 && names.length < 8; x = parent[x]!) names.unshift(`${edgeName(parentEdge[x]!)}`);
    return names.join('.');
  };
  const describe = (v: number) => `${typeOf(v)} ${nameOf(v).slice(0, 60).replace(/\s+/g, ' ')} @${nodes[v * nf + idAt]}`;

  const lines: string[] = [];
  lines.push(`total self size ${mb(total)} in ${n} nodes (unreachable from the root: ${mb(Array.from({ length: n }, (_, i) => (seen[i] ? 0 : selfOf(i))).reduce((a, b) => a + b, 0))})`);
  lines.push('', `self size by constructor (top ${top}):`);
  for (const [key, { count, size }] of [...byKind].sort((a, b) => b[1].size - a[1].size).slice(0, top)) lines.push(`  ${mb(size).padStart(10)} ${String(count).padStart(8)}  ${key.slice(0, 80)}`);
  // The largest retainers that are not simply the root's system parts: every node whose retained
  // size is large while its dominator's is much larger is a "part" of the heap worth naming.
  lines.push('', `largest retained sizes (nodes retaining ≥ 0.5 MB, whose largest dominated child holds < 90 % of it):`);
  const biggestChild = new Float64Array(n);
  for (const v of post) if (v !== 0 && idom[v]! >= 0) biggestChild[idom[v]!] = Math.max(biggestChild[idom[v]!]!, retained[v]!);
  const parts = post.filter((v) => retained[v]! >= 2 ** 19 && biggestChild[v]! < 0.9 * retained[v]!).sort((a, b) => retained[b]! - retained[a]!).slice(0, top);
  for (const v of parts) lines.push(`  ${mb(retained[v]!).padStart(10)}  ${describe(v)}  via ${pathTo(v).slice(-160)}`);
  // The dominator tree from the top, each node retaining ≥ 0.25 MB, to a depth of 7.
  lines.push('', 'dominator tree (retaining ≥ 0.25 MB):');
  const children: number[][] = Array.from({ length: n }, () => []);
  for (const v of post) if (v !== 0 && idom[v]! >= 0) children[idom[v]!]!.push(v);
  const walk = (v: number, depth: number) => {
    const kids = children[v]!.filter((c) => retained[c]! >= 2 ** 18).sort((a, b) => retained[b]! - retained[a]!);
    for (const c of kids.slice(0, 12)) {
      lines.push(`${'  '.repeat(depth)}${mb(retained[c]!)}  ${edgeName(parentEdge[c]!)} → ${describe(c)}${parent[c] === v ? '' : ` (via ${pathTo(c).slice(-80)})`}`);
      if (depth < 9) walk(c, depth + 1);
    }
  };
  walk(0, 1);
  // What no one object holds alone (shared by several holders): by constructor, and by the holder
  // that first reached it (its constructor and the edge), as that tells what kind of data it is.
  const rootHeld = new Map<string, number>();
  const heldBy = new Map<string, number>();
  for (const v of post) {
    if (v === 0) continue;
    const d = idom[v]!;
    if (d !== 0 && typeOf(d) !== 'synthetic') continue;
    const key = typeOf(v) === 'object' || typeOf(v) === 'closure' ? `${typeOf(v)}:${nameOf(v)}` : `(${typeOf(v)})`;
    rootHeld.set(key, (rootHeld.get(key) ?? 0) + retained[v]!);
    const p = parent[v]!;
    const e = parentEdge[v]!;
    const edge = edgeTypes[edges[e * ef + edgeTypeAt]!] === 'element' ? '[i]' : edgeName(e);
    const hk = `${key} ← ${typeOf(p)}:${nameOf(p).slice(0, 30)}.${edge}`;
    heldBy.set(hk, (heldBy.get(hk) ?? 0) + retained[v]!);
  }
  lines.push('', 'held by several (dominated by the root only), retained, by constructor:');
  for (const [k, size] of [...rootHeld].sort((a, b) => b[1] - a[1]).slice(0, 20)) lines.push(`  ${mb(size).padStart(10)}  ${k.slice(0, 100)}`);
  lines.push('', '… by first holder and edge:');
  for (const [k, size] of [...heldBy].sort((a, b) => b[1] - a[1]).slice(0, 40)) lines.push(`  ${mb(size).padStart(10)}  ${k.slice(0, 140)}`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  const { readFileSync } = await import('node:fs');
  const file = process.argv[2]!;
  const topAt = process.argv.indexOf('--top');
  console.log(summariseSnapshot(readFileSync(file, 'utf8'), topAt > 0 ? Number(process.argv[topAt + 1]) : 40));
}
