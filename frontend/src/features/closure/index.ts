import { lazy } from 'react';

export { ClosureNotice } from './ClosureNotice';
export { LinksPanel } from './LinksPanel';
export { WatchersPanel } from './WatchersPanel';
export { WithdrawButton } from './WithdrawButton';
/** The close dialog (its ticket search and merge preview) loads only when opened. */
export const CloseDialog = lazy(() => import('./CloseDialog'));
