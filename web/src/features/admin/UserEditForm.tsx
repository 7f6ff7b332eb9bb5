import { useState, type FormEvent } from 'react';
import { Button, Group, MultiSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/session';
import type { User } from '../../api/types';
import { useUpdateUser } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';
import { assignableRoles, toRoles } from './userHelpers';

/** Edits a user's display name and roles. */
export function UserEditForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const canManageAgencies = useCan('agencies.manage');
  const update = useUpdateUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<string[]>(user.roles);
  const errors = useFormErrors(update.error, ['displayName', 'roles']);
  const options = assignableRoles(canManageAgencies || user.roles.includes('platform_admin'));
  const changed =
    displayName.trim() !== user.displayName ||
    roles.slice().sort().join() !== user.roles.slice().sort().join();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { id: user.id, patch: { displayName: displayName.trim(), roles: toRoles(roles) } },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('users.saved') }) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={errors.form ? update.error : null} message={errors.form} />
        <TextInput
          label={t('users.displayName')}
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errors.field('displayName')}
          required
          data-testid="user-edit-displayname"
        />
        <MultiSelect
          label={t('users.roles')}
          data={options.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          value={roles}
          onChange={setRoles}
          error={errors.field('roles')}
          data-testid="user-edit-roles"
          searchable
          hidePickedOptions={false}
          nothingFoundMessage={t('common.noData')}
        />
        <Group justify="flex-end">
          <Button type="submit" disabled={!changed} loading={update.isPending} data-testid="user-edit-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
