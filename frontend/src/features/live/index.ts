export { PresenceBar } from './PresenceBar';
export { usePresence, useLiveStrings } from './presence';
export { useReplyGuard } from './ReplyGuard';
export { useLiveUpdates } from './stream';
