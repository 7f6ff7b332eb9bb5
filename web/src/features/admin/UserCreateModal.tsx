import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useCan, useCurrentSession } from '../../api/session';
import type { Language } from '../../api/types';
import { useCreateUser } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';
import { currentLanguage, toLanguage } from '../../i18n';
import { useNames } from '../../i18n/names';
import { PasswordField } from './PasswordField';
import { assignableRoles, toRoles } from './userHelpers';

interface UserCreateModalProps {
  defaultAgencyId: string;
  /** Agencies to choose from (platform administrators); null fixes the actor's own agency. */
  agencyOptions: { value: string; label: string }[] | null;
  onClose: () => void;
}

const FIELDS = ['username', 'displayName', 'agencyId', 'roles', 'password', 'language'] as const;

/** New account: user name, display name, agency, roles, initial password and language. */
export function UserCreateModal({ defaultAgencyId, agencyOptions, onClose }: UserCreateModalProps) {
  const { t } = useTranslation();
  const names = useNames();
  const session = useCurrentSession();
  const canManageAgencies = useCan('agencies.manage');
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [agencyId, setAgencyId] = useState<string | null>(defaultAgencyId);
  const [roles, setRoles] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const errors = useFormErrors(create.error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        username: username.trim(),
        displayName: displayName.trim(),
        agencyId: agencyId ?? '',
        roles: toRoles(roles),
        password,
        language,
      },
      {
        onSuccess: (user) => {
          notifications.show({
            color: 'teal',
            title: t('users.created'),
            message: t('users.createdText', { username: user.username }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('users.createTitle')} size="lg">
      <form onSubmit={submit} noValidate data-testid="user-create-form">
        <Stack gap="sm">
          <ErrorAlert error={errors.form ? create.error : null} message={errors.form} />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('users.username')}
              description={t('users.usernameHint')}
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              error={errors.field('username')}
              autoCapitalize="off"
              spellCheck={false}
              autoComplete="off"
              required
              data-testid="user-username"
            />
            <TextInput
              label={t('users.displayName')}
              description={t('users.displayNameHint')}
              value={displayName}
              onChange={(event) => setDisplayName(event.currentTarget.value)}
              error={errors.field('displayName')}
              required
              data-testid="user-displayname"
            />
          </SimpleGrid>
          {agencyOptions ? (
            <Select
              label={t('users.agency')}
              data={agencyOptions}
              value={agencyId}
              onChange={setAgencyId}
              error={errors.field('agencyId')}
              searchable
              required
              data-testid="user-agency"
            />
          ) : (
            <TextInput
              label={t('users.agency')}
              value={`${session.agency.code} — ${names.of(session.agency)}`}
              readOnly
              disabled
            />
          )}
          <MultiSelect
            label={t('users.roles')}
            description={t('users.rolesHint')}
            data={assignableRoles(canManageAgencies).map((role) => ({
              value: role,
              label: t(`roles.${role}`),
            }))}
            value={roles}
            onChange={setRoles}
            error={errors.field('roles')}
            required
            data-testid="user-roles"
            searchable
            hidePickedOptions={false}
            nothingFoundMessage={t('common.noData')}
            comboboxProps={{ withinPortal: true }}
          />
          <PasswordField
            value={password}
            onChange={setPassword}
            error={errors.field('password')}
            label={t('users.initialPassword')}
            testId="user-password"
            withGenerate
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('users.language')}
            </Text>
            <SegmentedControl
              size="xs"
              value={language}
              onChange={(value) => setLanguage(toLanguage(value))}
              data={[
                { value: 'en', label: t('language.en') },
                { value: 'ru', label: t('language.ru') },
              ]}
              w={220}
            />
          </Stack>
          <Group justify="flex-end" gap="xs" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="user-submit">
              {t('users.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
