import type { Asset, Gate, Me } from './api.ts';
import type { PlaylistForm } from './forms/playlist.form.ts';

/**
 * What a playlist may offer to add: only what its owner's screens may show. A gate's playlist takes the
 * gate's own content, its province's and national content; a province's takes that province's and national
 * content; a national one national content only (Contract C).
 */

type Owner = Pick<PlaylistForm, 'owner' | 'gateId' | 'province'>;
/** Where a message (or any content) belongs: a gate, a province, or neither (national). */
export interface ContentOwner {
  gateId?: string | null | undefined;
  province?: string | null | undefined;
}

/** Whether the screens of the playlist's owner may show content owned as `content` says. */
export function offers(owner: Owner, gates: readonly Pick<Gate, 'id' | 'province'>[], content: ContentOwner) {
  if (!content.gateId && !content.province) return true;
  if (owner.owner === 'gate') {
    const gate = gates.find((g) => g.id === owner.gateId);
    return (
      content.gateId === owner.gateId || (!content.gateId && !!gate && content.province === gate.province)
    );
  }
  if (owner.owner === 'province') return !content.gateId && content.province === owner.province;
  return false;
}

/**
 * Whether a library item may go in the playlist: media belong to the scope of whoever uploaded them
 * (`owner`, absent or global: national), and a scope of gates and provinces reaches those gates and the
 * gates of those provinces.
 */
export function offersAsset(
  owner: Owner,
  gates: readonly Pick<Gate, 'id' | 'province'>[],
  asset: Pick<Asset, 'owner'>,
): boolean {
  const scope = asset.owner;
  const provinces = scope?.provinces ?? [];
  const ownGates = scope?.gates ?? [];
  if (!scope || scope.global || (provinces.length === 0 && ownGates.length === 0)) return true;
  if (owner.owner === 'gate') {
    const gate = gates.find((g) => g.id === owner.gateId);
    return ownGates.includes(owner.gateId) || (!!gate && provinces.includes(gate.province));
  }
  if (owner.owner === 'province') return provinces.includes(owner.province);
  return false;
}

/** Whose a new playlist is at first: the one gate in sight, else the person's one gate or province, else national. */
export function defaultOwner(me: Pick<Me, 'scope'>, gates: readonly Pick<Gate, 'id'>[]): Owner {
  const none = { gateId: '', province: '' };
  const { global = false, provinces = [], gates: ownGates = [] } = me.scope;
  if (global) return { owner: 'national', ...none };
  // One gate in sight (a province with a single gate, say): that gate's, as most content is.
  if (gates.length === 1 && gates[0]) return { owner: 'gate', ...none, gateId: gates[0].id };
  if (ownGates.length === 1 && provinces.length === 0 && ownGates[0])
    return { owner: 'gate', ...none, gateId: ownGates[0] };
  if (provinces.length === 1 && ownGates.length === 0 && provinces[0])
    return { owner: 'province', ...none, province: provinces[0] };
  return { owner: 'national', ...none };
}
