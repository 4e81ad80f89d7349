import type { PersistUpdate } from './storage.js';
import type { ConfState, HardState, Index, Snapshot, Term } from './types.js';

/** The founding snapshot's position: index 1, term 1 (elections start at term 2). */
export const genesisIndex = 1 as Index;
export const genesisTerm = 1 as Term;

/**
 * What a founding member persists before its first start: a snapshot at
 * (1, 1) holding the founding membership and the state machine's initial
 * state, and a hard state that commits it.
 *
 * Why a snapshot and not a configuration at index 0: a member that joins
 * later starts empty and learns the membership from what the leader sends
 * it. Entries from index 2 on it can be sent; what precedes them only as a
 * snapshot. A configuration at index 0 would never reach it, and a
 * newcomer that did not know the founders could, once promoted, count
 * itself a majority.
 */
export function bootstrapUpdate(confState: ConfState, data: Uint8Array = new Uint8Array(0)): PersistUpdate {
  const snapshot: Snapshot = { metadata: { index: genesisIndex, term: genesisTerm, confState }, data };
  const hardState: HardState = { term: genesisTerm, vote: 0 as HardState['vote'], commit: genesisIndex };
  return { snapshot, entries: [], hardState };
}
