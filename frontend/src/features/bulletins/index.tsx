/** Bulletins where other screens show them: beside a ticket, over the portal, in a new request. */
import { lazy, Suspense } from 'react';

// Loaded after the screen around them: never needed for its first paint.
const TicketBulletinPanel = lazy(() => import('./TicketBulletin'));
const PortalBulletinsPanel = lazy(() => import('./PortalBulletins'));
const OutageNoticePanel = lazy(() => import('./OutageNotice'));
const RequestBulletinPanel = lazy(() => import('./RequestBulletin'));

export function TicketBulletin({ number }: { number: number }) {
  return (
    <Suspense fallback={null}>
      <TicketBulletinPanel number={number} />
    </Suspense>
  );
}

export function PortalBulletins() {
  return (
    <Suspense fallback={null}>
      <PortalBulletinsPanel />
    </Suspense>
  );
}

export function OutageNotice(props: { categoryId: number | null; subject: string }) {
  return (
    <Suspense fallback={null}>
      <OutageNoticePanel {...props} />
    </Suspense>
  );
}

export function RequestBulletin({ number }: { number: number }) {
  return (
    <Suspense fallback={null}>
      <RequestBulletinPanel number={number} />
    </Suspense>
  );
}
