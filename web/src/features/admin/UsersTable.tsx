import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { DataTable, Th } from '../../components/DataTable';
import { useFormatters } from '../../i18n/format';
import { RoleBadges } from './RoleBadges';
import { UserActionsMenu } from './UserActionsMenu';
import { UserStatusBadges } from './UserStatusBadges';

interface UsersTableProps {
  users: User[];
  isLoading: boolean;
  error: unknown;
  showAgency: boolean;
  onOpen: (id: string) => void;
}

/** Dense list of accounts with roles, state badges, last sign-in and a per-row actions menu. */
export function UsersTable({ users, isLoading, error, showAgency, onOpen }: UsersTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const head = (
    <>
      <Th width={170}>{t('users.username')}</Th>
      <Th>{t('users.displayName')}</Th>
      {showAgency && <Th width={120}>{t('users.agency')}</Th>}
      <Th>{t('users.roles')}</Th>
      <Th width={230}>{t('common.status')}</Th>
      <Th width={160}>{t('users.lastSignIn')}</Th>
      <Th width={48} />
    </>
  );
  return (
    <DataTable
      head={head}
      isLoading={isLoading && users.length === 0}
      error={error}
      isEmpty={users.length === 0}
      emptyText={t('users.empty')}
      minWidth={960}
      testId="user-table"
    >
      {users.map((user) => (
        <Table.Tr key={user.id} data-testid="user-row" opacity={user.disabled ? 0.65 : 1}>
          <Table.Td>
            <Anchor
              component="button"
              type="button"
              size="sm"
              ff="monospace"
              fw={600}
              onClick={() => onOpen(user.id)}
              data-testid="user-open"
            >
              {user.username}
            </Anchor>
          </Table.Td>
          <Table.Td>{user.displayName}</Table.Td>
          {showAgency && (
            <Table.Td ff="monospace" fz="xs">
              {user.agencyCode}
            </Table.Td>
          )}
          <Table.Td>
            <RoleBadges roles={user.roles} />
          </Table.Td>
          <Table.Td>
            <UserStatusBadges user={user} />
          </Table.Td>
          <Table.Td>
            <Text size="xs" c={user.lastSignInAt ? undefined : 'dimmed'}>
              {user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('users.never')}
            </Text>
          </Table.Td>
          <Table.Td>
            <UserActionsMenu user={user} onOpen={() => onOpen(user.id)} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
