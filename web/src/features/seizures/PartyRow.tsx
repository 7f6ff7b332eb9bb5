import {
  ActionIcon,
  Badge,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from './CountrySelect';
import type { PartyForm } from './formState';
import { RecordPicker } from './RecordPicker';
import { useVocabulary } from './vocabulary';

interface PartyRowProps {
  index: number;
  party: PartyForm;
  onChange: (patch: Partial<PartyForm>) => void;
  onRemove: () => void;
  error: (path: string) => string | undefined;
}

/** A person or vehicle of the seizure: an existing record or a quick-added one, with role and arrest. */
export function PartyRow({ index, party, onChange, onRemove, error }: PartyRowProps) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  const at = `parties.${index}`;
  const props = `${at}.newRecord.properties`;
  const id = (name: string) => `seizure-party-${index}-${name}`;
  const person = party.schema === 'Person';

  return (
    <Paper withBorder radius="sm" p="sm" data-testid="seizure-party">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="xs">
          <Badge variant="light" color="navy" radius="sm" tt="none">
            {t(`records.schemata.${party.schema}`)}
          </Badge>
          <SegmentedControl
            size="xs"
            value={party.mode}
            onChange={(value) => onChange({ mode: value === 'existing' ? 'existing' : 'new' })}
            data={[
              { value: 'new', label: t('seizures.parties.new') },
              { value: 'existing', label: t('seizures.parties.existing') },
            ]}
            data-testid={id('mode')}
          />
        </Group>
        <Tooltip label={t('seizures.parties.remove')}>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={onRemove}
            aria-label={t('seizures.parties.remove')}
            data-testid={id('remove')}
          >
            <IconTrash size={15} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs" verticalSpacing="xs">
        {party.mode === 'existing' ? (
          <RecordPicker
            schema={party.schema}
            recordId={party.recordId}
            caption={party.caption}
            onPick={(record) => onChange({ recordId: record?.id ?? null, caption: record?.caption ?? '' })}
            error={error(`${at}.recordId`)}
            testId={id('search')}
          />
        ) : person ? (
          <>
            <TextInput
              label={t('records.props.name')}
              description={t('seizures.parties.nameHint')}
              value={party.name}
              onChange={(event) => onChange({ name: event.currentTarget.value })}
              error={error(`${props}.name`)}
              required
              data-testid={id('name')}
            />
            <TextInput
              label={t('seizures.parties.patronymic')}
              value={party.patronymic}
              onChange={(event) => onChange({ patronymic: event.currentTarget.value })}
              error={error(`${props}.fatherName`)}
              data-testid={id('patronymic')}
            />
            <TextInput
              label={t('records.props.birthDate')}
              description={t('seizures.parties.birthDateHint')}
              placeholder={t('records.datePlaceholder')}
              value={party.birthDate}
              onChange={(event) => onChange({ birthDate: event.currentTarget.value })}
              error={error(`${props}.birthDate`)}
              data-testid={id('birth-date')}
            />
            <CountrySelect
              label={t('records.props.nationality')}
              value={party.nationality}
              onChange={(value) => onChange({ nationality: value })}
              error={error(`${props}.nationality`)}
              data-testid={id('nationality')}
            />
          </>
        ) : (
          <>
            <TextInput
              label={t('records.props.registrationNumber')}
              value={party.registrationNumber}
              onChange={(event) => onChange({ registrationNumber: event.currentTarget.value })}
              error={error(`${props}.registrationNumber`)}
              required
              data-testid={id('registration')}
            />
            <TextInput
              label={t('seizures.parties.make')}
              value={party.make}
              onChange={(event) => onChange({ make: event.currentTarget.value })}
              data-testid={id('make')}
            />
            <TextInput
              label={t('records.props.model')}
              value={party.model}
              onChange={(event) => onChange({ model: event.currentTarget.value })}
              error={error(`${props}.model`)}
              data-testid={id('model')}
            />
          </>
        )}
        <Select
          label={t('seizures.parties.role')}
          data={vocab.options('person_roles')}
          value={party.role}
          onChange={(value) => onChange({ role: value })}
          error={error(`${at}.role`)}
          clearable
          searchable
          data-testid={id('role')}
        />
        {person && (
          <Checkbox
            label={t('seizures.parties.arrested')}
            checked={party.arrested}
            onChange={(event) => onChange({ arrested: event.currentTarget.checked })}
            mt={{ base: 0, sm: 30 }}
            data-testid={id('arrested')}
          />
        )}
      </SimpleGrid>
    </Paper>
  );
}
