/**
 * The demo (`npm run demo`, main.ts) and the in-process organism committee
 * it runs, also used by the OrganismHost tests.
 */
export { OrganismCommittee, committeeMember } from './committee.js';
export type { CommitteeOptions, CommitteeSeat } from './committee.js';
export { SimulatedAttestation } from './attest.js';
export type { SeatAttestation } from './attest.js';
