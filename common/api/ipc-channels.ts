/** Electron IPC channel names, derived from the contract so main and preload can't disagree. */
import type { RequestName } from './contract';

export const callChannel = (name: RequestName) => `studio:call:${name}`;
export const CANCEL_CHANNEL = 'studio:cancel';
export const EVENT_CHANNEL = 'studio:event';
