import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, Route, Routes } from 'react-router';
import { onUnauthenticated } from './api/client';
import { dropSession, useSession } from './api/session';
import { AppFrame } from './components/AppFrame';
import { ENROL_PATH, RequirePermission, RequireSession } from './components/guards';
import { ADMIN_ITEMS, WORK_ITEMS, type AdminScreen } from './components/navigation';
import { NotFoundPage } from './components/NotFoundPage';
import { AgenciesPage } from './features/admin/AgenciesPage';
import { AuditPage } from './features/admin/AuditPage';
import { TokensPage } from './features/admin/TokensPage';
import { UsersPage } from './features/admin/UsersPage';
import { EnrolmentPage } from './features/auth/EnrolmentPage';
import { SignInPage } from './features/auth/SignInPage';
import { ModulePage } from './features/modules/ModulePage';
import { ProfilePage } from './features/profile/ProfilePage';
import { RecordsPage } from './features/records/RecordsPage';
import { ImportsPage } from './features/imports/ImportsPage';
import { SeizureDetailPage } from './features/seizures/SeizureDetailPage';
import { SeizureFormPage } from './features/seizures/SeizureFormPage';
import { SeizuresPage } from './features/seizures/SeizuresPage';
import { SharingRequestsPage } from './features/sharing/SharingRequestsPage';
import { StatisticsPage } from './features/statistics/StatisticsPage';
import { setLanguage } from './i18n';

const ADMIN_PAGES: Record<AdminScreen, () => React.JSX.Element> = {
  agencies: AgenciesPage,
  users: UsersPage,
  tokens: TokensPage,
  audit: AuditPage,
};

/** Keeps global session side effects: 401 anywhere signs out locally; the user's language applies. */
function SessionEffects() {
  const client = useQueryClient();
  const { data: session } = useSession();
  const language = session?.user.language;

  useEffect(() => onUnauthenticated(() => dropSession(client)), [client]);
  useEffect(() => {
    if (language) {
      void setLanguage(language);
    }
  }, [language]);
  return null;
}

/** Routes of the web application. */
export function App() {
  return (
    <>
      <SessionEffects />
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path={ENROL_PATH} element={<EnrolmentPage />} />
        <Route
          element={
            <RequireSession>
              <AppFrame />
            </RequireSession>
          }
        >
          <Route index element={<Navigate to="/records" replace />} />
          <Route path="/records" element={<RecordsPage />} />
          <Route path="/records/:recordId" element={<RecordsPage />} />
          <Route path="/seizures" element={<SeizuresPage />} />
          <Route path="/seizures/new" element={<SeizureFormPage />} />
          <Route path="/seizures/:seizureId" element={<SeizureDetailPage />} />
          <Route path="/seizures/:seizureId/edit" element={<SeizureFormPage />} />
          <Route path="/statistics" element={<StatisticsPage />} />
          <Route path="/sharing-requests" element={<SharingRequestsPage />} />
          <Route path="/imports" element={<ImportsPage />} />
          {WORK_ITEMS.filter((item) => item.module !== 'records').map((item) => (
            <Route key={item.key} path={item.path} element={<ModulePage module={item.module} />} />
          ))}
          {ADMIN_ITEMS.map((item) => {
            const Page = ADMIN_PAGES[item.screen];
            return (
              <Route
                key={item.key}
                path={item.path}
                element={
                  <RequirePermission anyOf={item.anyOf}>
                    <Page />
                  </RequirePermission>
                }
              />
            );
          })}
          <Route path="/profile" element={<ProfilePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
