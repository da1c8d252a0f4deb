import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorState, Loading } from '@/components/States';
import { useMe, useToken } from './api';

/**
 * Guards a screen: without a token, off to sign-in with the way back in `next` (drafts stay in
 * localStorage, so nothing typed is lost); with the wrong role, to the role's home.
 */
export function RequireAuth({
  children,
  staff,
  customer,
}: {
  children: ReactNode;
  staff?: boolean;
  customer?: boolean;
}) {
  const token = useToken();
  const location = useLocation();
  const me = useMe();
  if (!token) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const isStaff = me.data.role !== 'customer';
  if (staff && !isStaff) return <Navigate to="/portal" replace />;
  if (customer && isStaff) return <Navigate to="/queue/mine" replace />;
  return <>{children}</>;
}

export function RoleHome() {
  const me = useMe();
  if (!me.data) return <Loading />;
  return <Navigate to={me.data.role === 'customer' ? '/portal' : '/queue/mine'} replace />;
}
