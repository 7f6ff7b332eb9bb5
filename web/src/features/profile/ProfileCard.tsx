import type { ReactNode } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';

/** Bordered card with a title and optional description. */
export function ProfileCard({
  title,
  description,
  children,
  testId,
}: {
  title: string;
  description?: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid={testId}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={3} fz={16} fw={600}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
