import { randomBytes } from 'node:crypto';

import { generateIssuerKey, issueTicket, type IssuerKey, type TicketRequest, type TrustedIssuer } from '../../src/ticket/index.js';

export const audience = 'aa'.repeat(32);
export const nodeKeyId = 'bb'.repeat(32);
export const now = 1_800_000_000;

export function hex32(): string {
  return randomBytes(32).toString('hex');
}

export interface Fixture {
  readonly key: IssuerKey;
  readonly issuers: TrustedIssuer[];
  issue(overrides?: Partial<TicketRequest>): Buffer;
}

/** One issuer trusted for both scopes, and a seat ticket valid at `now` for `nodeKeyId` at `audience`. */
export function fixture(scope: TrustedIssuer['scope'] = ['seat', 'integrator']): Fixture {
  const key = generateIssuerKey();
  return {
    key,
    issuers: [{ name: 'ops', publicKey: key.keyId, scope }],
    issue: (o = {}) =>
      issueTicket(key, {
        scope: 'seat',
        subject: { kind: 'node', id: nodeKeyId },
        audience,
        notBefore: now - 60,
        expiresAt: now + 3600,
        ...o,
      }),
  };
}
