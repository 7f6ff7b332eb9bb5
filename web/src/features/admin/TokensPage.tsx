import { useMemo, useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan, useCurrentSession } from '../../api/session';
import { useTokens } from '../../api/tokens';
import { useUsers } from '../../api/users';
import { PageHeader } from '../../components/PageHeader';
import { TokenCreateModal } from './TokenCreateModal';
import { TokensTable } from './TokensTable';

/** API tokens for systems that call Northroute: list, issue (secret shown once) and revoke. */
export function TokensPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const canManageUsers = useCan('users.manage');
  const [params, setParams] = useSearchParams();
  const userId = params.get('userId');
  const [creating, setCreating] = useState(false);
  const tokens = useTokens(userId);
  const users = useUsers({}, canManageUsers);

  const userOptions = useMemo(() => {
    const list = canManageUsers ? (users.data ?? []) : [session.user];
    const options = list.map((user) => ({ value: user.id, label: `${user.username} — ${user.displayName}` }));
    if (!options.some((option) => option.value === session.user.id)) {
      options.unshift({
        value: session.user.id,
        label: `${session.user.username} — ${session.user.displayName}`,
      });
    }
    return options;
  }, [canManageUsers, users.data, session.user]);

  const setUser = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set('userId', value);
    } else {
      next.delete('userId');
    }
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        section={t('nav.sectionAdmin')}
        title={t('tokens.title')}
        description={t('tokens.description')}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="token-create"
          >
            {t('tokens.create')}
          </Button>
        }
      />
      <Group gap="sm" mb="sm" align="flex-end">
        <Select
          label={t('tokens.user')}
          placeholder={t('common.allUsers')}
          data={userOptions}
          value={userId}
          onChange={setUser}
          searchable
          clearable
          w={340}
          size="xs"
          data-testid="token-filter-user"
        />
      </Group>
      <TokensTable tokens={tokens.data ?? []} isLoading={tokens.isPending} error={tokens.error} />
      {creating && (
        <TokenCreateModal
          userOptions={userOptions}
          defaultUserId={userId ?? session.user.id}
          onClose={() => setCreating(false)}
        />
      )}
    </>
  );
}
