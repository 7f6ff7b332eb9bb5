import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCar, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyParty, type PartyForm, type PartySchema } from './formState';
import type { SectionProps } from './formSections';
import { PartyRow } from './PartyRow';

/** Persons and vehicles of the seizure: picked from the records or quick-added with the report. */
export function PartiesEditor({ form, set, touch, error }: SectionProps) {
  const { t } = useTranslation();
  const parties = form.parties;
  const update = (index: number, patch: Partial<PartyForm>) => {
    set({ parties: parties.map((party, at) => (at === index ? { ...party, ...patch } : party)) });
    touch(Object.keys(patch).map((name) => `parties.${index}.${partyPath(name)}`));
  };
  const add = (schema: PartySchema) => set({ parties: [...parties, emptyParty(schema)] });
  return (
    <Stack gap="xs">
      {parties.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('seizures.parties.empty')}
        </Text>
      )}
      {parties.map((party, index) => (
        <PartyRow
          key={party.key}
          index={index}
          party={party}
          onChange={(patch) => update(index, patch)}
          onRemove={() => set({ parties: parties.filter((_, at) => at !== index) })}
          error={error}
        />
      ))}
      <Group gap="xs">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconUserPlus size={14} />}
          onClick={() => add('Person')}
          data-testid="seizure-party-add-person"
        >
          {t('seizures.parties.addPerson')}
        </Button>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconCar size={14} />}
          onClick={() => add('Vehicle')}
          data-testid="seizure-party-add-vehicle"
        >
          {t('seizures.parties.addVehicle')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The error path of a party form key (`name` → `newRecord.properties.name`). */
function partyPath(key: string): string {
  switch (key) {
    case 'name':
    case 'birthDate':
    case 'nationality':
    case 'registrationNumber':
      return `newRecord.properties.${key}`;
    case 'patronymic':
      return 'newRecord.properties.fatherName';
    case 'make':
    case 'model':
      return 'newRecord.properties.model';
    default:
      return key;
  }
}
