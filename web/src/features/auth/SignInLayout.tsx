import type { ReactNode } from 'react';
import { Box, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../components/BrandMark';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** Two-panel page for signing in: navy brand panel on the left, the form on the right. */
export function SignInLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const points = t('auth.panelPoints', { returnObjects: true });
  return (
    <Box className="nr-signin">
      <Box className="nr-signin-panel" visibleFrom="md">
        <Group gap="sm">
          <BrandMark size={36} tone="light" />
          <Text fw={700} fz={22} c="white" lts={0.4}>
            {t('app.name')}
          </Text>
        </Group>
        <Stack gap="md" maw={440}>
          <Title order={1} fz={26} fw={600} c="white" lh={1.3}>
            {t('auth.panelTitle')}
          </Title>
          <Text c="rgba(255,255,255,0.75)" fz="sm" lh={1.6}>
            {t('auth.panelText')}
          </Text>
          <List size="sm" spacing={6} c="rgba(255,255,255,0.82)" className="nr-signin-points">
            {Array.isArray(points) &&
              points.map((point: string) => <List.Item key={point}>{point}</List.Item>)}
          </List>
        </Stack>
        <Text fz="xs" c="rgba(255,255,255,0.55)" maw={440} lh={1.5}>
          {t('auth.legalNotice')}
        </Text>
      </Box>
      <Box className="nr-signin-main">
        <Group justify="space-between" className="nr-signin-top">
          <Group gap="xs" hiddenFrom="md">
            <BrandMark size={26} />
            <Text fw={700}>{t('app.name')}</Text>
          </Group>
          <Box style={{ marginLeft: 'auto' }}>
            <LanguageSwitch />
          </Box>
        </Group>
        <Stack align="center" justify="center" className="nr-signin-center">
          {children}
          <Text size="xs" c="dimmed" ta="center" maw={400}>
            {t('auth.helpText')}
          </Text>
        </Stack>
      </Box>
    </Box>
  );
}
