/** TanStack Query hooks for the signed-in session and the user's own profile. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken } from './client';
import type { Language, Permission, Session, TotpSetup, User } from './types';

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('/auth/session', { quiet401: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Stores a session answered by the server (sign-in, TOTP confirmation) as the current one. */
export function storeSession(client: QueryClient, session: Session | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  client.setQueryData(SESSION_KEY, session);
}

/** Forgets the session and every cached answer (after sign-out or a 401). */
export function dropSession(client: QueryClient): void {
  setCsrfToken(null);
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  client.setQueryData(SESSION_KEY, null);
}

/** The current session, or null when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: fetchSession,
    staleTime: 60_000,
    retry: (count, error) => !isApiError(error) && count < 2,
  });
}

/** The current session, asserted present (use inside the signed-in frame only). */
export function useCurrentSession(): Session {
  const { data } = useSession();
  if (!data) {
    throw new Error('useCurrentSession used outside a signed-in route');
  }
  return data;
}

/** Whether the current session holds a permission. */
export function useCan(permission: Permission): boolean {
  const { data } = useSession();
  return data?.permissions.includes(permission) ?? false;
}

export interface SignInInput {
  username: string;
  password: string;
  totpCode?: string;
}

/** Signs in with user name, password and, when asked for, a TOTP code. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) =>
      api<Session>('/auth/sign-in', { method: 'POST', body: input, quiet401: true }),
    onSuccess: (session) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      storeSession(client, session);
    },
  });
}

/** Ends the session on the server and forgets it locally whatever the answer. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/auth/sign-out', { method: 'POST', quiet401: true }),
    onSettled: () => dropSession(client),
  });
}

/** Starts TOTP enrolment: the server generates a secret and its QR code. */
export function useTotpSetup() {
  return useMutation({ mutationFn: () => api<TotpSetup>('/auth/totp/setup', { method: 'POST' }) });
}

/** Confirms TOTP enrolment with a first code; the server rotates the session. */
export function useTotpConfirm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api<Session>('/auth/totp/confirm', { method: 'POST', body: { code } }),
    onSuccess: (session) => storeSession(client, session),
  });
}

export interface UpdateMeInput {
  language?: Language;
  displayName?: string;
}

/** Updates the user's own language or display name and patches the cached session. */
export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMeInput) => api<User>('/me', { method: 'PATCH', body: input }),
    onSuccess: (user) => {
      client.setQueryData<Session | null>(SESSION_KEY, (old) => (old ? { ...old, user } : old));
    },
  });
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** Changes the user's own password. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api<void>('/me/password', { method: 'POST', body: input }),
  });
}
