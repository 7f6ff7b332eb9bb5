import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
  type NotificationView,
} from '../../api/notifications';
import { useFormatters } from '../../i18n/format';

const SHARING_EVENTS = ['created', 'approved', 'refused', 'withdrawn'] as const;
type SharingEvent = (typeof SHARING_EVENTS)[number];

/** The event of a sharing-request notification (`sharing_request.approved` → `approved`), if it is one. */
function sharingEvent(n: NotificationView): SharingEvent | null {
  const [type, event] = n.kind.split('.');
  return type === 'sharing_request' && (SHARING_EVENTS as readonly (string | undefined)[]).includes(event)
    ? (event as SharingEvent)
    : null;
}

/** Where a notification leads: the box of the sharing-requests page it concerns. */
function pathOf(event: SharingEvent | null): string {
  if (event === 'approved' || event === 'refused') {
    return '/sharing-requests?box=outgoing';
  }
  return '/sharing-requests?box=incoming';
}

/**
 * The bell in the header: the unread count, and the latest notifications in a dropdown. A
 * notification names only what happened; the page it opens shows what the user may see of it.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const open = (n: NotificationView) => {
    if (n.readAt === null) {
      markRead.mutate(n.id);
    }
    setOpened(false);
    void navigate(pathOf(sharingEvent(n)));
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={400} shadow="md" withArrow>
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={16}
          color="orange"
          disabled={unread === 0}
          offset={4}
          data-testid="notification-count"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={t('sharing.bell.open', { count: unread })}
            data-testid="notification-bell"
            className="nr-header-icon"
          >
            <IconBell size={18} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py={8} wrap="nowrap">
          <Text size="sm" fw={600}>
            {t('sharing.bell.title')}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
            data-testid="notification-read-all"
          >
            {t('sharing.bell.markAllRead')}
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={360}>
          {items.length === 0 ? (
            <Text size="sm" c="dimmed" p="sm">
              {t('sharing.bell.empty')}
            </Text>
          ) : (
            <Stack gap={0}>
              {items.map((n) => {
                const event = sharingEvent(n);
                return (
                  <UnstyledButton
                    key={n.id}
                    onClick={() => open(n)}
                    px="sm"
                    py={8}
                    data-testid="notification-item"
                    style={{ background: n.readAt === null ? 'var(--mantine-color-orange-0)' : undefined }}
                  >
                    <Text size="sm" fw={n.readAt === null ? 600 : 400}>
                      {event ? t(`sharing.notificationKinds.${event}`) : t('sharing.notificationKinds.other')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {format.dateTime(n.createdAt)}
                    </Text>
                  </UnstyledButton>
                );
              })}
            </Stack>
          )}
        </ScrollArea.Autosize>
        <Divider />
        <Button
          variant="subtle"
          fullWidth
          size="xs"
          radius={0}
          onClick={() => {
            setOpened(false);
            void navigate('/sharing-requests');
          }}
        >
          {t('sharing.bell.showRequests')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
