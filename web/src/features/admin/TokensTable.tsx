import { useState } from 'react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useRevokeToken } from '../../api/tokens';
import type { ApiToken } from '../../api/types';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DataTable, Th } from '../../components/DataTable';
import { useFormatters } from '../../i18n/format';

type TokenState = 'active' | 'expired' | 'revoked';

function stateOf(token: ApiToken, now: number): TokenState {
  if (token.revokedAt) {
    return 'revoked';
  }
  return new Date(token.expiresAt).getTime() <= now ? 'expired' : 'active';
}

const STATE_COLOR: Record<TokenState, string> = { active: 'teal', expired: 'gray', revoked: 'red' };

interface TokensTableProps {
  tokens: ApiToken[];
  isLoading: boolean;
  error: unknown;
}

/** Token list with scopes, validity, last use and a revoke action for active tokens. */
export function TokensTable({ tokens, isLoading, error }: TokensTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const revoke = useRevokeToken();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const now = Date.now();

  const head = (
    <>
      <Th minWidth={200}>{t('tokens.name')}</Th>
      <Th width={110}>{t('tokens.prefix')}</Th>
      <Th width={130}>{t('tokens.user')}</Th>
      <Th width={200}>{t('tokens.scopes')}</Th>
      <Th width={130}>{t('common.created')}</Th>
      <Th width={130}>{t('tokens.expires')}</Th>
      <Th width={170}>{t('tokens.lastUsed')}</Th>
      <Th width={140}>{t('common.status')}</Th>
      <Th width={96} />
    </>
  );

  return (
    <>
      <DataTable
        head={head}
        isLoading={isLoading}
        error={error}
        isEmpty={tokens.length === 0}
        emptyText={t('tokens.empty')}
        minWidth={1080}
        testId="token-table"
      >
        {tokens.map((token) => {
          const state = stateOf(token, now);
          return (
            <Table.Tr key={token.id} data-testid="token-row" opacity={state === 'active' ? 1 : 0.65}>
              <Table.Td fw={500}>{token.name}</Table.Td>
              <Table.Td ff="monospace" fz="xs">
                {token.prefix}…
              </Table.Td>
              <Table.Td ff="monospace" fz="xs">
                {token.username}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {token.scopes.map((scope) => (
                    <Badge
                      key={scope}
                      size="sm"
                      radius="sm"
                      variant={scope === 'admin' ? 'filled' : 'light'}
                      color={scope === 'admin' ? 'orange' : 'navy'}
                      tt="none"
                    >
                      {t(`tokens.scope.${scope}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td fz="xs">{format.date(token.createdAt)}</Table.Td>
              <Table.Td fz="xs">{format.date(token.expiresAt)}</Table.Td>
              <Table.Td fz="xs">
                <Text size="xs" c={token.lastUsedAt ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                  {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.neverUsed')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge size="sm" radius="sm" variant="dot" color={STATE_COLOR[state]}>
                  {t(`tokens.state.${state}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                {state === 'active' && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setRevoking(token)}
                    data-testid="token-revoke"
                  >
                    {t('tokens.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
      <ConfirmModal
        opened={revoking !== null}
        title={t('tokens.revokeTitle')}
        message={t('tokens.revokeText', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('tokens.revoked', { name: revoking.name }) });
              setRevoking(null);
            },
          })
        }
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
      />
    </>
  );
}
