import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

interface PageHeaderProps {
  title: string;
  /** Small overline naming the section, e.g. "Administration". */
  section?: string;
  description?: string;
  /** Buttons aligned to the right of the title. */
  actions?: ReactNode;
}

/** Title block at the top of every page, with an optional section overline and actions. */
export function PageHeader({ title, section, description, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap" mb="md" className="nr-page-header">
      <Stack gap={2}>
        {section && (
          <Text size="xs" fw={600} tt="uppercase" c="dimmed" lts={0.6}>
            {section}
          </Text>
        )}
        <Title order={2} fz={22} fw={600}>
          {title}
        </Title>
        {description && (
          <Text size="sm" c="dimmed" maw={760}>
            {description}
          </Text>
        )}
      </Stack>
      {actions && (
        <Group gap="xs" wrap="nowrap">
          {actions}
        </Group>
      )}
    </Group>
  );
}
