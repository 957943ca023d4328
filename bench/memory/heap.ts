// Attribution of the controller's heap: a V8 heap snapshot (taken over the inspector) summed by object kind
// (node type and constructor or name), so the memory per player can be split into what holds it.

/** One kind of heap object: how many and their shallow (self) size in bytes. */
export interface HeapKind {
  count: number;
  selfBytes: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: (string[] | string)[] } };
  nodes: number[];
  strings: string[];
}

/** Sums a .heapsnapshot's nodes by `type:name` (e.g. `object:Socket`, `closure:onclose`, `string`). */
export function heapKinds(json: string): Map<string, HeapKind> {
  const snap = JSON.parse(json) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const typeNames = snap.snapshot.meta.node_types[0] as string[];
  const width = fields.length;
  const iType = fields.indexOf('type');
  const iName = fields.indexOf('name');
  const iSize = fields.indexOf('self_size');
  const kinds = new Map<string, HeapKind>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = typeNames[snap.nodes[i + iType]!] ?? 'unknown';
    // Strings and numbers are summed by type only: their "name" is their content.
    const named = type === 'object' || type === 'closure' || type === 'native' || type === 'array';
    const name = named ? snap.strings[snap.nodes[i + iName]!]! : '';
    const key = named ? `${type}:${name.length > 60 ? name.slice(0, 60) + '…' : name}` : type;
    const kind = kinds.get(key) ?? { count: 0, selfBytes: 0 };
    kind.count += 1;
    kind.selfBytes += snap.nodes[i + iSize]!;
    kinds.set(key, kind);
  }
  return kinds;
}

/** The kinds that grew most from `before` to `after`, per player: bytes and objects each player adds. */
export function perPlayer(
  before: Map<string, HeapKind>,
  after: Map<string, HeapKind>,
  players: number,
  top = 25,
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
