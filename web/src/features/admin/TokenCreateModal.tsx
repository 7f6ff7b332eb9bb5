import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCreateToken } from '../../api/tokens';
import { TOKEN_SCOPES, type CreatedToken, type TokenScope } from '../../api/types';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';
import { useFormatters } from '../../i18n/format';

interface TokenCreateModalProps {
  userOptions: { value: string; label: string }[];
  defaultUserId: string;
  onClose: () => void;
}

const FIELDS = ['userId', 'name', 'scopes', 'expiresInDays'] as const;
const DAY = 86_400_000;

function SecretView({ created, onClose }: { created: CreatedToken; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="token-secret-view">
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        title={t('tokens.secretOnceTitle')}
      >
        <Text size="sm">{t('tokens.secretOnceText')}</Text>
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('tokens.secretLabel', { name: created.token.name })}
        </Text>
        <CopyField value={created.secret} testId="token-secret" />
      </Stack>
      <Group justify="flex-end">
        <Button onClick={onClose} data-testid="token-secret-done">
          {t('tokens.secretDone')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Issues an API token: user, name, scopes and validity; then shows its secret exactly once. */
export function TokenCreateModal({ userOptions, defaultUserId, onClose }: TokenCreateModalProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const create = useCreateToken();
  const [userId, setUserId] = useState<string | null>(defaultUserId);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['read']);
  const [days, setDays] = useState<number>(90);
  const errors = useFormErrors(create.error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      userId: userId ?? '',
      name: name.trim(),
      scopes: TOKEN_SCOPES.filter((scope) => scopes.includes(scope)),
      expiresInDays: days,
    });
  };

  const closeable = !create.data;
  return (
    <Modal
      opened
      onClose={onClose}
      title={create.data ? t('tokens.createdTitle') : t('tokens.create')}
      size="lg"
      closeOnClickOutside={closeable}
      closeOnEscape={closeable}
    >
      {create.data ? (
        <SecretView created={create.data} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ErrorAlert error={errors.form ? create.error : null} message={errors.form} />
            <Select
              label={t('tokens.user')}
              data={userOptions}
              value={userId}
              onChange={setUserId}
              error={errors.field('userId')}
              searchable
              required
              data-testid="token-user"
            />
            <TextInput
              label={t('tokens.name')}
              description={t('tokens.nameHint')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.field('name')}
              required
              data-testid="token-name"
            />
            <Checkbox.Group
              label={t('tokens.scopes')}
              value={scopes}
              onChange={setScopes}
              error={errors.field('scopes')}
              required
              data-testid="token-scopes"
            >
              <Stack gap={6} mt={6}>
                {TOKEN_SCOPES.map((scope: TokenScope) => (
                  <Checkbox
                    key={scope}
                    value={scope}
                    label={t(`tokens.scope.${scope}`)}
                    description={t(`tokens.scopeHint.${scope}`)}
                    data-testid={`token-scope-${scope}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <NumberInput
              label={t('tokens.expiresInDays')}
              description={t('tokens.expiresOn', {
                date: format.date(new Date(Date.now() + days * DAY).toISOString()),
              })}
              value={days}
              onChange={(value) =>
                setDays(typeof value === 'number' ? value : Number.parseInt(value, 10) || 1)
              }
              min={1}
              max={365}
              clampBehavior="strict"
              allowDecimal={false}
              error={errors.field('expiresInDays')}
              w={220}
              data-testid="token-days"
            />
            <Group justify="flex-end" gap="xs" mt="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={create.isPending}
                disabled={scopes.length === 0 || !userId}
                data-testid="token-submit"
              >
                {t('tokens.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
