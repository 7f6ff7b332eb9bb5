import type { ComponentType } from 'react';
import { NavLink as MantineNavLink, ScrollArea, Stack, Text } from '@mantine/core';
import type { IconProps } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useCurrentSession } from '../api/session';
import { ADMIN_ITEMS, PROFILE_ITEM, RECORDS_SCREENS, WORK_ITEMS, canOpen } from './navigation';

interface NavItemProps {
  testKey: string;
  path: string;
  label: string;
  icon: ComponentType<IconProps>;
  onNavigate?: () => void;
}

function NavItem({ testKey, path, label, icon: Icon, onNavigate }: NavItemProps) {
  const { pathname } = useLocation();
  const active = pathname === path || pathname.startsWith(`${path}/`);
  return (
    <MantineNavLink
      component={NavLink}
      to={path}
      label={label}
      active={active}
      leftSection={<Icon size={17} stroke={1.6} />}
      data-testid={`nav-${testKey}`}
      onClick={onNavigate}
      className="nr-navlink"
      variant="light"
    />
  );
}

function SectionLabel({ children }: { children: string }) {
  return (
    <Text size="xs" fw={600} tt="uppercase" c="dimmed" px="sm" pt="md" pb={4} lts={0.6}>
      {children}
    </Text>
  );
}

/** Left navigation: work modules, administration (by permission) and the user's profile. */
export function AppNavbar({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const adminItems = ADMIN_ITEMS.filter((item) => canOpen(session.permissions, item));

  return (
    <>
      <ScrollArea type="scroll" style={{ flex: 1 }}>
        <Stack gap={1} p="xs" component="nav" aria-label={t('frame.navigation')}>
          <SectionLabel>{t('nav.sectionWork')}</SectionLabel>
          {WORK_ITEMS.flatMap((item) => [
            <NavItem
              key={item.key}
              testKey={item.key}
              path={item.path}
              icon={item.icon}
              label={t(`modules.${item.module}.title`)}
              onNavigate={onNavigate}
            />,
            // The records module's other screens follow the records list.
            ...(item.module === 'records'
              ? RECORDS_SCREENS.map((screen) => (
                  <NavItem
                    key={screen.screen}
                    testKey={screen.screen}
                    path={screen.path}
                    icon={screen.icon}
                    label={t(`${screen.screen}.title`)}
                    onNavigate={onNavigate}
                  />
                ))
              : []),
          ])}
          {adminItems.length > 0 && <SectionLabel>{t('nav.sectionAdmin')}</SectionLabel>}
          {adminItems.map((item) => (
            <NavItem
              key={item.key}
              testKey={item.key}
              path={item.path}
              icon={item.icon}
              label={t(`nav.${item.screen}`)}
              onNavigate={onNavigate}
            />
          ))}
          <SectionLabel>{t('nav.sectionAccount')}</SectionLabel>
          <NavItem
            testKey={PROFILE_ITEM.key}
            path={PROFILE_ITEM.path}
            icon={PROFILE_ITEM.icon}
            label={t('nav.profile')}
            onNavigate={onNavigate}
          />
        </Stack>
      </ScrollArea>
      <Text size="xs" c="dimmed" px="md" py="sm" className="nr-navbar-foot">
        {t('frame.auditNotice')}
      </Text>
    </>
  );
}
