/**
 * How `tessera run` verifies joins (admission, on the leader) and makes its
 * own quote (attestor, when it joins). src/attest provides both pieces; this
 * module is the one place they are plugged into the seat process.
 */
import type { SeatProcessOptions } from './seat-process.js';

export const runAttestation: Pick<SeatProcessOptions, 'admission' | 'attestor'> = {};
