import { ActionIcon, Badge, Burger, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession, useSignOut } from '../api/session';
import { NotificationBell } from '../features/sharing/NotificationBell';
import { useNames } from '../i18n/names';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';

interface AppHeaderProps {
  navOpened?: boolean;
  onToggleNav?: () => void;
}

/** Navy top bar: brand, demo marker, signed-in user and agency, notifications, language switch, sign-out. */
export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  const names = useNames();
  const { data: session } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();

  const leave = () => {
    signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) });
  };

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" className="nr-header">
      <Group gap="sm" wrap="nowrap">
        {onToggleNav && (
          <Burger
            opened={navOpened ?? false}
            onClick={onToggleNav}
            hiddenFrom="sm"
            size="sm"
            color="white"
            aria-label={t('frame.toggleNav')}
          />
        )}
        <BrandMark size={28} tone="light" />
        <Stack gap={0}>
          <Text fw={700} c="white" fz={16} lh={1.1} lts={0.3}>
            {t('app.name')}
          </Text>
          <Text fz={11} c="rgba(255,255,255,0.62)" lh={1.2} visibleFrom="lg">
            {t('app.tagline')}
          </Text>
        </Stack>
        {session?.demo && (
          <Tooltip label={t('frame.demoHint')} withArrow>
            <Badge
              color="orange"
              variant="filled"
              radius="sm"
              size="md"
              data-testid="demo-badge"
              ml="xs"
              style={{ flexShrink: 0 }}
            >
              {t('frame.demo')}
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Group gap="md" wrap="nowrap">
        {session && (
          <Stack gap={0} align="flex-end" visibleFrom="md" data-testid="header-user">
            <Text fz={13} fw={600} c="white" lh={1.25}>
              {session.user.displayName}
            </Text>
            <Text fz={11} c="rgba(255,255,255,0.68)" lh={1.25} maw={320} truncate="end">
              {session.agency.code} · {names.of(session.agency)}
            </Text>
          </Stack>
        )}
        {session?.stage === 'full' && <NotificationBell />}
        <LanguageSwitch tone="dark" />
        {session && (
          <Tooltip label={t('frame.signOut')} withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              onClick={leave}
              loading={signOut.isPending}
              aria-label={t('frame.signOut')}
              data-testid="signout"
              className="nr-header-icon"
            >
              <IconLogout size={18} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Group>
  );
}
