/**
 * The seat: storage + Raft + peers + a state machine, wired together
 * (docs/contributors/seat.md).
 */
export * from './ports.js';
export { Seat, seatDefaults, type SeatOptions, type SeatStatus, type SeatMemberStatus, type MemberRole, type MachineResult, type SeatRaftOptions } from './seat.js';
export { SeatErrorCode, seatError } from './errors.js';
export { intervalTicker, ManualTicker } from './ticker.js';
export { encodeMember, decodeMember, encodeSeatSnapshot, decodeSeatSnapshot, encodeCommand, decodeCommand, type RequestId } from './records.js';
