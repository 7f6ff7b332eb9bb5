import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useUpdateMe } from '../../api/session';
import { useFormErrors } from '../../components/errors';

/** Edits the user's own display name. */
export function DisplayNameForm({ current }: { current: string }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const [value, setValue] = useState(current);
  const errors = useFormErrors(updateMe.error, ['displayName']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    updateMe.mutate(
      { displayName: value.trim() },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('profile.saved') }) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          label={t('users.displayName')}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={errors.field('displayName') ?? errors.form ?? undefined}
          style={{ flex: 1 }}
          data-testid="profile-displayname"
        />
        <Button
          type="submit"
          variant="light"
          disabled={value.trim() === current || value.trim() === ''}
          loading={updateMe.isPending}
        >
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
