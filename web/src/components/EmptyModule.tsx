import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WORK_ITEMS, type WorkModule } from './navigation';
import { PageHeader } from './PageHeader';

/** Placeholder page for a work module that is not built yet: what it will do and contain. */
export function EmptyModule({ module }: { module: WorkModule }) {
  const { t } = useTranslation();
  const item = WORK_ITEMS.find((candidate) => candidate.module === module);
  const Icon = item?.icon;
  const points = t(`modules.${module}.points`, { returnObjects: true });

  return (
    <>
      <PageHeader section={t('nav.sectionWork')} title={t(`modules.${module}.title`)} />
      <Paper
        withBorder
        radius="md"
        p="xl"
        data-testid={`module-${item?.key ?? module}`}
        className="nr-empty-module"
      >
        <Group align="flex-start" gap="xl" wrap="nowrap">
          {Icon && (
            <ThemeIcon size={56} radius="md" variant="light" color="navy">
              <Icon size={30} stroke={1.5} />
            </ThemeIcon>
          )}
          <Stack gap="sm" style={{ flex: 1 }}>
            <Group gap="sm">
              <Title order={3} fz={18} fw={600}>
                {t(`modules.${module}.title`)}
              </Title>
              <Badge variant="outline" color="gray" radius="sm" size="sm">
                {t('modules.inPreparation')}
              </Badge>
            </Group>
            <Text size="sm" maw={720}>
              {t(`modules.${module}.summary`)}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="sm">
              <Stack gap={6}>
                <Text size="xs" fw={600} tt="uppercase" c="dimmed" lts={0.5}>
                  {t('modules.willContain')}
                </Text>
                <List
                  size="sm"
                  spacing={4}
                  icon={<IconCircleCheck size={16} color="var(--mantine-color-navy-6)" />}
                >
                  {Array.isArray(points) &&
                    points.map((point: string) => <List.Item key={point}>{point}</List.Item>)}
                </List>
              </Stack>
              <Stack gap={6}>
                <Text size="xs" fw={600} tt="uppercase" c="dimmed" lts={0.5}>
                  {t('modules.meanwhile')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('modules.meanwhileText')}
                </Text>
              </Stack>
            </SimpleGrid>
          </Stack>
        </Group>
      </Paper>
    </>
  );
}
