/**
 * The key-value machine's command encoding (the bytes inside a seat's
 * command envelope). Binary, fixed layout, so every member decodes the same
 * bytes the same way:
 *
 *   put:  u8 1 | u32be key length K | K bytes key | value (the rest)
 *   cas:  u8 2 | u32be K | K bytes key | u8 expect (0: absent, 1: present)
 *         | u32be expected length E | E bytes expected | value (the rest)
 *
 * Pure: no I/O, no clock.
 */
import { TesseraError } from '../common/errors.js';

export const kvLimits = {
  keyBytesMax: 4096,
  valueBytesMax: 1024 * 1024,
  keysMax: 4_000_000,
} as const;

export const KvOp = { Put: 1, Cas: 2 } as const;

export type KvCommand =
  | { readonly op: 'put'; readonly key: Uint8Array; readonly value: Uint8Array }
  | { readonly op: 'cas'; readonly key: Uint8Array; readonly expected: Uint8Array | undefined; readonly value: Uint8Array };

export function checkKey(key: Uint8Array): void {
  if (key.length === 0) throw new TesseraError('kv: the key is empty', 'KV_ARGUMENT_INVALID', { field: 'key' });
  if (key.length > kvLimits.keyBytesMax) {
    throw new TesseraError(`kv: the key is ${key.length} bytes, more than ${kvLimits.keyBytesMax}`, 'KV_ARGUMENT_INVALID', { field: 'key' });
  }
}

export function checkValue(value: Uint8Array, field = 'value'): void {
  if (value.length > kvLimits.valueBytesMax) {
    throw new TesseraError(`kv: the ${field} is ${value.length} bytes, more than ${kvLimits.valueBytesMax}`, 'KV_ARGUMENT_INVALID', { field });
  }
}

/** Encodes a command; throws KV_ARGUMENT_INVALID for an empty or oversized key or value. */
export function encodeKvCommand(cmd: KvCommand): Uint8Array {
  checkKey(cmd.key);
  checkValue(cmd.value);
  if (cmd.op === 'put') {
    const out = new Uint8Array(5 + cmd.key.length + cmd.value.length);
    const view = new DataView(out.buffer);
    view.setUint8(0, KvOp.Put);
    view.setUint32(1, cmd.key.length);
    out.set(cmd.key, 5);
    out.set(cmd.value, 5 + cmd.key.length);
    return out;
  }
  const expected = cmd.expected ?? new Uint8Array(0);
  checkValue(expected, 'expected value');
  const out = new Uint8Array(10 + cmd.key.length + expected.length + cmd.value.length);
  const view = new DataView(out.buffer);
  view.setUint8(0, KvOp.Cas);
  view.setUint32(1, cmd.key.length);
  out.set(cmd.key, 5);
  let at = 5 + cmd.key.length;
  view.setUint8(at, cmd.expected === undefined ? 0 : 1);
  view.setUint32(at + 1, expected.length);
  at += 5;
  out.set(expected, at);
  out.set(cmd.value, at + expected.length);
  return out;
}

/** Decodes a command, or says why it is malformed (never throws: the machine refuses it in its result). */
export function decodeKvCommand(bytes: Uint8Array): { ok: true; command: KvCommand } | { ok: false; reason: string } {
  const fail = (reason: string) => ({ ok: false as const, reason });
  if (bytes.length < 5) return fail(`command of ${bytes.length} bytes is shorter than 5`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const op = view.getUint8(0);
  const keyBytes = view.getUint32(1);
  if (keyBytes === 0 || keyBytes > kvLimits.keyBytesMax) return fail(`key length ${keyBytes} outside 1..${kvLimits.keyBytesMax}`);
  if (5 + keyBytes > bytes.length) return fail(`key of ${keyBytes} bytes runs past the end`);
  const key = bytes.slice(5, 5 + keyBytes);
  let at = 5 + keyBytes;
  if (op === KvOp.Put) {
    const value = bytes.slice(at);
    if (value.length > kvLimits.valueBytesMax) return fail(`value of ${value.length} bytes above ${kvLimits.valueBytesMax}`);
    return { ok: true, command: { op: 'put', key, value } };
  }
  if (op === KvOp.Cas) {
    if (at + 5 > bytes.length) return fail('cas header runs past the end');
    const expect = view.getUint8(at);
    if (expect > 1) return fail(`cas expect flag ${expect}`);
    const expectedBytes = view.getUint32(at + 1);
    at += 5;
    if (at + expectedBytes > bytes.length) return fail(`expected value of ${expectedBytes} bytes runs past the end`);
    if (expect === 0 && expectedBytes !== 0) return fail('cas expects absence but carries an expected value');
    const expected = expect === 1 ? bytes.slice(at, at + expectedBytes) : undefined;
    const value = bytes.slice(at + expectedBytes);
    if (value.length > kvLimits.valueBytesMax) return fail(`value of ${value.length} bytes above ${kvLimits.valueBytesMax}`);
    return { ok: true, command: { op: 'cas', key, expected, value } };
  }
  return fail(`unknown operation ${op}`);
}
