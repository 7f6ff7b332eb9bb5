import { useState } from 'react';
import { ActionIcon, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDots,
  IconEye,
  IconKey,
  IconLockOpen,
  IconShieldOff,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../api/session';
import type { User } from '../../api/types';
import { useUserAction, type UserAction } from '../../api/users';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useErrorText } from '../../components/errors';
import { ResetPasswordModal } from './ResetPasswordModal';
import { isLocked } from './userHelpers';

type Confirming = Extract<UserAction, 'disable' | 'reset-totp'> | null;

const SUCCESS_KEYS = {
  disable: 'users.doneDisable',
  enable: 'users.doneEnable',
  unlock: 'users.doneUnlock',
  'reset-totp': 'users.doneResetTotp',
} as const;

/** Row menu of account actions; consequential ones ask for confirmation first. */
export function UserActionsMenu({ user, onOpen }: { user: User; onOpen?: () => void }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const action = useUserAction();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [resetting, setResetting] = useState(false);
  const self = user.id === session.user.id;

  const run = (name: UserAction) =>
    action.mutate(
      { id: user.id, action: name },
      {
        onSuccess: () => {
          setConfirming(null);
          notifications.show({ color: 'teal', message: t(SUCCESS_KEYS[name], { username: user.username }) });
        },
        onError: (error) => {
          if (!confirming) {
            notifications.show({ color: 'red', title: t('users.actionFailed'), message: errorText(error) });
          }
        },
      },
    );

  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md" width={230}>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('common.actions')}
            data-testid="user-actions"
            loading={action.isPending && !confirming}
          >
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {onOpen && (
            <Menu.Item leftSection={<IconEye size={15} />} onClick={onOpen}>
              {t('users.openDetails')}
            </Menu.Item>
          )}
          <Menu.Item
            leftSection={<IconKey size={15} />}
            onClick={() => setResetting(true)}
            data-testid="user-action-reset-password"
          >
            {t('users.resetPassword')}
          </Menu.Item>
          {user.totpEnrolled && (
            <Menu.Item
              leftSection={<IconShieldOff size={15} />}
              onClick={() => setConfirming('reset-totp')}
              data-testid="user-action-reset-totp"
            >
              {t('users.resetTotp')}
            </Menu.Item>
          )}
          {isLocked(user) && (
            <Menu.Item
              leftSection={<IconLockOpen size={15} />}
              onClick={() => run('unlock')}
              data-testid="user-action-unlock"
            >
              {t('users.unlock')}
            </Menu.Item>
          )}
          <Menu.Divider />
          {user.disabled ? (
            <Menu.Item
              leftSection={<IconUserCheck size={15} />}
              onClick={() => run('enable')}
              data-testid="user-action-enable"
            >
              {t('users.enable')}
            </Menu.Item>
          ) : (
            <Menu.Item
              color="red"
              leftSection={<IconUserOff size={15} />}
              disabled={self}
              onClick={() => setConfirming('disable')}
              data-testid="user-action-disable"
            >
              {t('users.disable')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={confirming !== null}
        title={confirming === 'disable' ? t('users.disableTitle') : t('users.resetTotpTitle')}
        message={
          confirming === 'disable'
            ? t('users.disableText', { username: user.username })
            : t('users.resetTotpText', { username: user.username })
        }
        confirmLabel={confirming === 'disable' ? t('users.disable') : t('users.resetTotp')}
        danger
        loading={action.isPending}
        error={action.error}
        onConfirm={() => confirming && run(confirming)}
        onClose={() => {
          setConfirming(null);
          action.reset();
        }}
      />
      {resetting && <ResetPasswordModal user={user} onClose={() => setResetting(false)} />}
    </>
  );
}
