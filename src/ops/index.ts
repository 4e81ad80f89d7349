export { SdNotifier, sdNotifyStateBytesMax } from './sdnotify.js';
export type { SdNotifierOptions, SdNotifyOutcome } from './sdnotify.js';
