import { Badge, Group, Tooltip } from '@mantine/core';
import { IconLock, IconShieldCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { useFormatters } from '../../i18n/format';
import { isLocked } from './userHelpers';

/** Badges for the account state: disabled, locked (until when), second factor enrolled. */
export function UserStatusBadges({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Group gap={4} wrap="nowrap">
      {user.disabled && (
        <Badge
          size="sm"
          radius="sm"
          color="gray"
          variant="filled"
          leftSection={<IconUserOff size={11} />}
          data-testid="badge-disabled"
        >
          {t('users.disabled')}
        </Badge>
      )}
      {isLocked(user) && (
        <Tooltip label={t('users.lockedUntil', { time: format.dateTime(user.lockedUntil) })} withArrow>
          <Badge
            size="sm"
            radius="sm"
            color="red"
            variant="light"
            leftSection={<IconLock size={11} />}
            data-testid="badge-locked"
          >
            {t('users.locked')}
          </Badge>
        </Tooltip>
      )}
      {user.totpEnrolled ? (
        <Badge
          size="sm"
          radius="sm"
          color="teal"
          variant="light"
          leftSection={<IconShieldCheck size={11} />}
          data-testid="badge-2fa"
        >
          {t('users.twoFactor')}
        </Badge>
      ) : (
        <Badge size="sm" radius="sm" color="gray" variant="outline" data-testid="badge-no-2fa">
          {t('users.noTwoFactor')}
        </Badge>
      )}
    </Group>
  );
}
