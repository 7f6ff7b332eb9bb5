/** Query and mutation hooks for the signed-in user's notifications (his own and his agency's). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** A notification as the API gives it: ids and a kind, never the content of the object. */
export interface NotificationView {
  id: string;
  kind: string;
  objectType: string;
  objectId: string;
  details: Record<string, string | number | boolean | null>;
  direct: boolean;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationView[];
  unread: number;
}

/** How often the bell asks for news. */
const POLL_MS = 60_000;

/** The latest notifications and the unread count, refreshed every minute. */
export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: ['notifications'],
    queryFn: ({ signal }) => api<NotificationList>('/notifications', { query: { limit: 20 }, signal }),
    refetchInterval: POLL_MS,
    enabled,
  });
}

/** Marks one notification read. */
export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

/** Marks every notification of the user read. */
export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ marked: number }>('/notifications/read-all', { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
