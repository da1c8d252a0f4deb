import { lazy } from 'react';

export { ClosureNotice } from './ClosureNotice';
// Below the fold or behind a click: fetched after the ticket itself is on screen.
/** The close dialog (its ticket search and merge preview) loads only when opened. */
export const CloseDialog = lazy(() => import('./CloseDialog'));
export const LinksPanel = lazy(() => import('./LinksPanel').then((m) => ({ default: m.LinksPanel })));
export const WatchersPanel = lazy(() => import('./WatchersPanel').then((m) => ({ default: m.WatchersPanel })));
