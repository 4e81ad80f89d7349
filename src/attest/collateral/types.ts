/**
 * DCAP collateral as tessera stores, fetches and verifies it: the JSON shape
 * of the fixtures' tdx_quote_collateral.json (and of @phala/dcap-qvl).
 * CRLs are hex DER, signatures hex r||s (64 bytes), tcb_info and qe_identity
 * the exact signed JSON text, issuer chains PEM (leaf first, root last).
 */
export interface DcapCollateral {
  pck_crl_issuer_chain: string;
  root_ca_crl: string;
  pck_crl: string;
  tcb_info_issuer_chain: string;
  tcb_info: string;
  tcb_info_signature: string;
  qe_identity_issuer_chain: string;
  qe_identity: string;
  qe_identity_signature: string;
  /** Optional PCK chain (leaf, CA, root) for quotes that do not carry it. */
  pck_certificate_chain?: string;
}

export const dcapCollateralFields = [
  'pck_crl_issuer_chain',
  'root_ca_crl',
  'pck_crl',
  'tcb_info_issuer_chain',
  'tcb_info',
  'tcb_info_signature',
  'qe_identity_issuer_chain',
  'qe_identity',
  'qe_identity_signature',
] as const;

/** The PCK CA that issued a platform's PCK certificate (Intel's `ca=` parameter). */
export type PckCaKind = 'processor' | 'platform';
