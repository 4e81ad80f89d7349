export * from './der.js';
export * from './x509.js';
export * from './sgx-extension.js';
export * from './hierarchy.js';
