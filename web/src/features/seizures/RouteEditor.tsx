import { ActionIcon, Button, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ROUTE_ROLES } from '../../api/seizures';
import { CountrySelect } from './CountrySelect';
import { emptyLeg, type RouteLegForm } from './formState';
import type { SectionProps } from './formSections';

/** The route as ordered legs (origin, departure, transit…, destination), each with a country. */
export function RouteEditor({ form, set, touch, error }: SectionProps) {
  const { t } = useTranslation();
  const legs = form.route;
  const update = (index: number, patch: Partial<RouteLegForm>) => {
    set({ route: legs.map((leg, at) => (at === index ? { ...leg, ...patch } : leg)) });
    touch(Object.keys(patch).map((name) => `route.${index}.${name}`));
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...legs];
    const [leg] = next.splice(index, 1);
    if (leg) {
      next.splice(index + by, 0, leg);
      set({ route: next });
    }
  };
  const roleOptions = ROUTE_ROLES.map((value) => ({ value, label: t(`seizures.routeRoles.${value}`) }));

  return (
    <Stack gap="xs">
      {legs.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('seizures.route.empty')}
        </Text>
      )}
      {legs.map((leg, index) => {
        const id = (name: string) => `seizure-route-${index}-${name}`;
        return (
          <Group key={leg.key} gap="xs" align="flex-start" wrap="nowrap" data-testid="seizure-route-leg">
            <Text size="sm" fw={600} c="dimmed" w={22} pt={8} ta="right">
              {index + 1}.
            </Text>
            <Select
              aria-label={t('seizures.route.role')}
              data={roleOptions}
              value={leg.role}
              onChange={(value) => value && update(index, { role: value })}
              allowDeselect={false}
              w={170}
              data-testid={id('role')}
            />
            <CountrySelect
              aria-label={t('seizures.route.country')}
              value={leg.country}
              onChange={(value) => update(index, { country: value })}
              error={error(`route.${index}.country`)}
              style={{ flex: 1 }}
              data-testid={id('country')}
            />
            <TextInput
              aria-label={t('seizures.route.place')}
              placeholder={t('seizures.route.place')}
              value={leg.place}
              onChange={(event) => update(index, { place: event.currentTarget.value })}
              error={error(`route.${index}.place`)}
              style={{ flex: 1 }}
              data-testid={id('place')}
            />
            <Group gap={2} wrap="nowrap" pt={4}>
              <Tooltip label={t('seizures.route.up')}>
                <ActionIcon
                  variant="subtle"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={t('seizures.route.up')}
                  data-testid={id('up')}
                >
                  <IconArrowUp size={15} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('seizures.route.down')}>
                <ActionIcon
                  variant="subtle"
                  onClick={() => move(index, 1)}
                  disabled={index === legs.length - 1}
                  aria-label={t('seizures.route.down')}
                  data-testid={id('down')}
                >
                  <IconArrowDown size={15} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('seizures.route.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => set({ route: legs.filter((_, at) => at !== index) })}
                  aria-label={t('seizures.route.remove')}
                  data-testid={id('remove')}
                >
                  <IconTrash size={15} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => set({ route: [...legs, emptyLeg(legs.length)] })}
          data-testid="seizure-route-add"
        >
          {t('seizures.route.add')}
        </Button>
      </Group>
    </Stack>
  );
}
