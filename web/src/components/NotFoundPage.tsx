import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown for unknown addresses and for screens the user may not open (same answer for both). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl" maw={560} data-testid="not-found">
      <Stack gap="sm" align="flex-start">
        <Title order={3} fz={18}>
          {t('notFound.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('notFound.text')}
        </Text>
        <Button component={Link} to="/" variant="light" color="navy" size="xs">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Paper>
  );
}
