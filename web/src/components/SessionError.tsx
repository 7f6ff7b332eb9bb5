import { Button, Center, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** Full-page notice when the session cannot be checked (server unreachable or failing), with a retry. */
export function SessionError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100vh" p="md">
      <Paper withBorder radius="md" p="lg" maw={480} w="100%">
        <Stack gap="md">
          <ErrorAlert error={error} />
          <Button variant="light" onClick={onRetry} data-testid="session-retry">
            {t('common.retry')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
