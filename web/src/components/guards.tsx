import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/session';
import type { Permission } from '../api/types';
import { FullPageLoader } from './FullPageLoader';
import { NotFoundPage } from './NotFoundPage';
import { SessionError } from './SessionError';

export const ENROL_PATH = '/enrol-totp';

/** Renders children only for a full session; sends others to sign-in or to TOTP enrolment. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data: session, isPending, error, refetch } = useSession();
  const location = useLocation();
  if (isPending) {
    return <FullPageLoader />;
  }
  if (error) {
    return <SessionError error={error} onRetry={() => void refetch()} />;
  }
  if (!session) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  if (session.stage === 'totp_enrolment') {
    return <Navigate to={ENROL_PATH} replace />;
  }
  return <>{children}</>;
}

/** Renders children only if the session holds one of the permissions; otherwise a not-found page. */
export function RequirePermission({ anyOf, children }: { anyOf: Permission[]; children: ReactNode }) {
  const { data: session } = useSession();
  if (!session || !anyOf.some((permission) => session.permissions.includes(permission))) {
    return <NotFoundPage />;
  }
  return <>{children}</>;
}
