import { useState, type FormEvent } from 'react';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';
import { PasswordField } from '../admin/PasswordField';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Changes the user's own password: current one, new one twice. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const errors = useFormErrors(change.error, FIELDS);
  const mismatch = repeat !== '' && repeat !== newPassword;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) {
      return;
    }
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('profile.passwordChanged') });
          setCurrent('');
          setNew('');
          setRepeat('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="password-form">
      <Stack gap="sm" maw={460}>
        <ErrorAlert error={errors.form ? change.error : null} message={errors.form} />
        <PasswordInput
          label={t('profile.currentPassword')}
          value={currentPassword}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          error={errors.field('currentPassword')}
          autoComplete="current-password"
          required
          data-testid="password-current"
        />
        <PasswordField
          value={newPassword}
          onChange={setNew}
          error={errors.field('newPassword')}
          label={t('profile.newPassword')}
          testId="password-new"
        />
        <PasswordInput
          label={t('profile.repeatPassword')}
          value={repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          error={mismatch ? t('profile.passwordMismatch') : undefined}
          autoComplete="new-password"
          required
          data-testid="password-repeat"
        />
        <Group>
          <Button
            type="submit"
            loading={change.isPending}
            disabled={!currentPassword || !newPassword || repeat !== newPassword}
            data-testid="password-submit"
          >
            {t('profile.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
