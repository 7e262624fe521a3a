import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageLoader } from './page-state';
import { useSession } from './session';

/** Pages that need a signed-in person send everybody else to /login, and back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { loading, viewer, error } = useSession();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (error && !viewer) return null; // the layout shows why the session could not be loaded
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
