/**
 * What the seat asks of a quote source: a quote over its 64-byte REPORTDATA.
 * `kind` travels into every metric and log line ("simulated" is never
 * mistaken for hardware).
 */
export interface QuoteProvider {
  readonly kind: 'tdx' | 'simulated';
  quote(reportData: Uint8Array): Promise<Buffer>;
}

/** REPORTDATA is exactly 64 bytes in every TDX report. */
export const reportDataBytes = 64;
