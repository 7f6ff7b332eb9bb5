import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { isApiError } from './api/client';
import { SESSION_KEY } from './api/session';
import { App } from './App';
import { toLanguage } from './i18n';
import { theme } from './theme';

const queryClient: QueryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !isApiError(error) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
  // A session that must still enrol a second factor: re-read it so the router sends the user to enrolment.
  queryCache: new QueryCache({ onError: (error) => refreshOnEnrolment(error) }),
  mutationCache: new MutationCache({ onError: (error) => refreshOnEnrolment(error) }),
});

function refreshOnEnrolment(error: unknown): void {
  if (isApiError(error, 'TOTP_ENROLMENT_REQUIRED')) {
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  }
}

function LocalisedDates({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: toLanguage(i18n.language), firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <LocalisedDates>
          <Notifications position="bottom-right" limit={4} />
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </QueryClientProvider>
        </LocalisedDates>
      </MantineProvider>
    </StrictMode>,
  );
}
