export { crc32c, setCrc32cPath, crc32cPaths } from './crc32c.js';
export type { Crc32cPath } from './crc32c.js';
