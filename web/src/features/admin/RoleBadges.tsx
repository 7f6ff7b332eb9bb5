import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';

const ADMIN_ROLES: readonly Role[] = ['agency_admin', 'platform_admin'];

/** Compact role badges; administrative roles stand out. */
export function RoleBadges({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge
          key={role}
          size="sm"
          radius="sm"
          variant={ADMIN_ROLES.includes(role) ? 'filled' : 'light'}
          color={ADMIN_ROLES.includes(role) ? 'navy' : 'gray'}
          tt="none"
          fw={500}
        >
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
