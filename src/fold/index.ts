/** Loading the organism's fold: the built-in Merkle fold or a pinned JS fold module (docs/contributors/organism.md). */
export { loadFold } from './load.js';
