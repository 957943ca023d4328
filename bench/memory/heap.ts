// Attribution of the controller's heap: a V8 heap snapshot (taken over the inspector) summed by object kind
// (node type and constructor or name), so the memory per player can be split into what holds it. Internal
// kinds (property stores, contexts, closures, code, strings) are keyed with the kind of the object that
// holds them, e.g. `array:(object properties) ← object:IncomingMessage`.

/** One kind of heap object: how many and their shallow (self) size in bytes. */
export interface HeapKind {
  count: number;
  selfBytes: number;
}

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: (string[] | string)[];
      edge_fields: string[];
      edge_types: (string[] | string)[];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const short = (name: string) => (name.length > 50 ? name.slice(0, 50) + '…' : name);

/** Sums a .heapsnapshot's nodes by kind (see the module comment). */
export function heapKinds(json: string): Map<string, HeapKind> {
  const snap = JSON.parse(json) as Snapshot;
  const { node_fields: nf, node_types, edge_fields: ef, edge_types } = snap.snapshot.meta;
  const typeNames = node_types[0] as string[];
  const edgeTypeNames = edge_types[0] as string[];
  const width = nf.length;
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f));
  const ewidth = ef.length;
  const [eType, eTo] = ['type', 'to_node'].map((f) => ef.indexOf(f));
  const { nodes, edges, strings } = snap;
  const count = nodes.length / width;

  const kindOf = (n: number): string => {
    const type = typeNames[nodes[n * width + iType!]!] ?? 'unknown';
    if (type === 'object' || type === 'closure' || type === 'native')
      return `${type}:${short(strings[nodes[n * width + iName!]!]!)}`;
    if (type === 'array' || type === 'code' || type === 'hidden')
      return `${type}:${short(strings[nodes[n * width + iName!]!]!)}`;
    return type;
  };
  const isObject = (n: number) => {
    const type = typeNames[nodes[n * width + iType!]!];
    return type === 'object' || type === 'native';
  };

  // The nearest holder that is a JS object: the first object that points to a node by a strong edge
  // (followed through internal nodes, at most a few steps).
  const holder = new Int32Array(count).fill(-1);
  for (let n = 0, e = 0; n < count; n++) {
    const edgeCount = nodes[n * width + iEdges!]!;
    for (let k = 0; k < edgeCount; k++, e += ewidth) {
      if (edgeTypeNames[edges[e + eType!]!] === 'weak') continue;
      const to = edges[e + eTo!]! / width;
      if (holder[to] === -1 && to !== n) holder[to] = n;
    }
  }
  const owner = (n: number): string => {
    let h = holder[n]!;
    for (let step = 0; step < 4 && h !== -1; step++) {
      if (isObject(h)) return kindOf(h);
      h = holder[h]!;
    }
    return '?';
  };

  const kinds = new Map<string, HeapKind>();
  for (let n = 0; n < count; n++) {
    const key = isObject(n) ? kindOf(n) : `${kindOf(n)} ← ${owner(n)}`;
    const kind = kinds.get(key) ?? { count: 0, selfBytes: 0 };
    kind.count += 1;
    kind.selfBytes += nodes[n * width + iSize!]!;
    kinds.set(key, kind);
  }
  return kinds;
}

/** The kinds that grew most from `before` to `after`, per player: bytes and objects each player adds. */
export function perPlayer(
  before: Map<string, HeapKind>,
  after: Map<string, HeapKind>,
  players: number,
  top = 30,
): { kind: string; bytesPerPlayer: number; objectsPerPlayer: number }[] {
  const rows = [...after].map(([kind, a]) => {
    const b = before.get(kind) ?? { count: 0, selfBytes: 0 };
    return {
      kind,
      bytesPerPlayer: Math.round(((a.selfBytes - b.selfBytes) / players) * 10) / 10,
      objectsPerPlayer: Math.round(((a.count - b.count) / players) * 100) / 100,
    };
  });
  rows.sort((x, y) => y.bytesPerPlayer - x.bytesPerPlayer);
  return rows.slice(0, top);
}
