export { AdmissionController, ADMISSION_REFUSAL_REASONS, admissionPolicyFromConfig } from './controller.js';
export type { AdmissionPolicy, AdmissionBinding, AdmittedRecord, AdmissionResult, AdmissionControllerOptions, AdmissionRefusalReason } from './controller.js';
export { NonceIssuer } from './nonces.js';
export type { NonceIssuerOptions, NonceRedemption } from './nonces.js';
export { reportDataFor, quoteDigest, REPORT_DATA_CONTEXT, NONCE_BYTES } from './report-data.js';
