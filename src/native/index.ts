export { loadAddon, addonPath } from './addon.js';
