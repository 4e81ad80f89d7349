export { TomlDocument } from './toml-document.js';
export { ConfigError, formatProblem, loadConfigFile, parseConfigText, validateDocument } from './load.js';
export type { ConfigProblem } from './load.js';
export * as schema from './schema.js';
