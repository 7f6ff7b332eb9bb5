import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { useResetPassword } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';
import { PasswordField } from './PasswordField';

/** Sets a new password for another user, to be handed over through a secure channel. */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const errors = useFormErrors(reset.error, ['newPassword']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate(
      { id: user.id, newPassword: password },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('users.doneResetPassword', { username: user.username }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.resetPasswordTitle', { username: user.username })}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('users.resetPasswordText')}
          </Text>
          <ErrorAlert error={errors.form ? reset.error : null} message={errors.form} />
          <PasswordField
            value={password}
            onChange={setPassword}
            error={errors.field('newPassword')}
            label={t('users.newPassword')}
            testId="user-reset-password"
            withGenerate
          />
          <Alert color="gray" variant="light" p="xs">
            <Text size="xs">{t('users.resetPasswordNote')}</Text>
          </Alert>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending} data-testid="user-reset-password-submit">
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
