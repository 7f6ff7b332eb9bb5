import { Anchor, Center, Divider, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../api/session';
import { useUser } from '../../api/users';
import { DetailList } from '../../components/DetailList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatters } from '../../i18n/format';
import { UserActionsMenu } from './UserActionsMenu';
import { UserEditForm } from './UserEditForm';
import { UserStatusBadges } from './UserStatusBadges';

/** Side panel with one account's details, editable name and roles, and its actions. */
export function UserDrawer({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useUser(userId);
  const canAuditOwn = useCan('audit.read');
  const canAuditAll = useCan('audit.read.all');
  const canAudit = canAuditOwn || canAuditAll;
  const canTokens = useCan('tokens.manage');
  const data = user.data;

  return (
    <Drawer
      opened={userId !== null}
      onClose={onClose}
      position="right"
      size={520}
      title={t('users.detailTitle')}
      data-testid="user-drawer"
    >
      {user.isPending && (
        <Center py="xl">
          <Loader size="sm" color="navy" />
        </Center>
      )}
      <ErrorAlert error={user.error} />
      {data && (
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Title order={3} fz={18} fw={600}>
                {data.displayName}
              </Title>
              <Text size="sm" ff="monospace" c="dimmed">
                {data.username}
              </Text>
            </Stack>
            <UserActionsMenu user={data} />
          </Group>
          <UserStatusBadges user={data} />
          <DetailList
            items={[
              { label: t('users.agency'), value: `${data.agencyCode} — ${data.agencyName}` },
              { label: t('users.language'), value: t(`language.${data.language}`) },
              {
                label: t('users.lastSignIn'),
                value: data.lastSignInAt ? format.dateTime(data.lastSignInAt) : t('users.never'),
              },
              {
                label: t('users.lockedUntilLabel'),
                value: data.lockedUntil ? format.dateTime(data.lockedUntil) : '—',
              },
              { label: t('common.created'), value: format.dateTime(data.createdAt) },
              {
                label: t('common.id'),
                value: (
                  <Text size="xs" ff="monospace">
                    {data.id}
                  </Text>
                ),
              },
            ]}
          />
          {(canAudit || canTokens) && (
            <Group gap="md">
              {canAudit && (
                <Anchor component={Link} to={`/admin/audit?actorId=${encodeURIComponent(data.id)}`} size="sm">
                  {t('users.auditLink')}
                </Anchor>
              )}
              {canTokens && (
                <Anchor component={Link} to={`/admin/tokens?userId=${encodeURIComponent(data.id)}`} size="sm">
                  {t('users.tokensLink')}
                </Anchor>
              )}
            </Group>
          )}
          <Divider label={t('users.editSection')} labelPosition="left" />
          <UserEditForm key={`${data.id}:${data.displayName}:${data.roles.join(',')}`} user={data} />
        </Stack>
      )}
    </Drawer>
  );
}
