import { ActionIcon, Group, Paper, Select, SimpleGrid, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DrugLineForm } from './formState';
import { useSeizureFormat } from './seizureFormat';
import { liveKg, unitKind, useVocabulary } from './vocabulary';

interface DrugLineRowProps {
  index: number;
  line: DrugLineForm;
  onChange: (patch: Partial<DrugLineForm>) => void;
  onRemove: (() => void) | null;
  error: (path: string) => string | undefined;
}

/** The live kilogram equivalent of a line, by the server's own rule, or why there is none. */
function KgPreview({ line, testId }: { line: DrugLineForm; testId: string }) {
  const { t } = useTranslation();
  const format = useSeizureFormat();
  const conversion = liveKg({
    drug: line.drug ?? '',
    quantity: line.quantity,
    unit: line.unit ?? '',
    densityKgPerLitre: line.densityKgPerLitre,
    unitMassGrams: line.unitMassGrams,
  });
  if (!conversion) {
    return (
      <Text size="xs" c="dimmed" data-testid={testId}>
        {line.quantity.trim() ? t('seizures.kg.incomplete') : t('seizures.kg.unknownQuantity')}
      </Text>
    );
  }
  if (conversion.kgEquivalent === null) {
    return (
      <Text size="xs" c="orange.8" data-testid={testId} data-kg="">
        {t('seizures.kg.unconverted')} —{' '}
        {unitKind(conversion.unit) === 'volume'
          ? t('seizures.kg.needDensity')
          : t('seizures.kg.needUnitMass')}
      </Text>
    );
  }
  return (
    <Text size="xs" data-testid={testId} data-kg={conversion.kgEquivalent}>
      = <b>{format.decimal(conversion.kgEquivalent)}</b> {t('seizures.kg.unit')} ·{' '}
      <Text span c="dimmed" size="xs">
        {t(`seizures.kgRules.${conversion.rule}`)}
      </Text>
    </Text>
  );
}

/** One drug line: substance, form, quantity and unit (with density or unit mass when needed), purity, packaging, markings. */
export function DrugLineRow({ index, line, onChange, onRemove, error }: DrugLineRowProps) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  const at = `drugs.${index}`;
  const id = (name: string) => `seizure-drug-${index}-${name}`;
  const kind = unitKind(line.unit ?? '');
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="seizure-drug-line">
      <Group justify="space-between" mb={6}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {t('seizures.drugs.lineN', { n: index + 1 })}
        </Text>
        <Group gap="xs">
          <KgPreview line={line} testId={id('kg')} />
          {onRemove && (
            <Tooltip label={t('seizures.drugs.remove')}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                onClick={onRemove}
                aria-label={t('seizures.drugs.remove')}
                data-testid={id('remove')}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs" verticalSpacing="xs">
        <Select
          label={t('seizures.drugs.drug')}
          data={vocab.drugOptions}
          value={line.drug}
          onChange={(value) => onChange({ drug: value })}
          error={error(`${at}.drug`)}
          searchable
          required
          nothingFoundMessage={t('common.noData')}
          maxDropdownHeight={320}
          data-testid={id('drug')}
        />
        <Select
          label={t('seizures.drugs.form')}
          data={vocab.options('forms')}
          value={line.form}
          onChange={(value) => onChange({ form: value })}
          error={error(`${at}.form`)}
          clearable
          searchable
          data-testid={id('form')}
        />
        <Group gap="xs" grow align="flex-start" wrap="nowrap">
          <TextInput
            label={t('seizures.drugs.quantity')}
            inputMode="decimal"
            value={line.quantity}
            onChange={(event) => onChange({ quantity: event.currentTarget.value })}
            error={error(`${at}.quantity`)}
            placeholder={t('seizures.drugs.quantityPlaceholder')}
            data-testid={id('quantity')}
          />
          <Select
            label={t('seizures.drugs.unit')}
            data={vocab.options('units')}
            value={line.unit}
            onChange={(value) => onChange({ unit: value })}
            error={error(`${at}.unit`)}
            allowDeselect={false}
            required
            comboboxProps={{ width: 220, position: 'bottom-start' }}
            data-testid={id('unit')}
          />
        </Group>
        {kind === 'volume' && (
          <TextInput
            label={t('seizures.drugs.density')}
            description={t('seizures.drugs.densityHint')}
            inputMode="decimal"
            value={line.densityKgPerLitre}
            onChange={(event) => onChange({ densityKgPerLitre: event.currentTarget.value })}
            error={error(`${at}.densityKgPerLitre`)}
            data-testid={id('density')}
          />
        )}
        {kind === 'count' && (
          <TextInput
            label={t('seizures.drugs.unitMass')}
            description={t('seizures.drugs.unitMassHint')}
            inputMode="decimal"
            value={line.unitMassGrams}
            onChange={(event) => onChange({ unitMassGrams: event.currentTarget.value })}
            error={error(`${at}.unitMassGrams`)}
            data-testid={id('unit-mass')}
          />
        )}
        <TextInput
          label={t('seizures.drugs.purity')}
          inputMode="decimal"
          value={line.purityPercent}
          onChange={(event) => onChange({ purityPercent: event.currentTarget.value })}
          error={error(`${at}.purityPercent`)}
          rightSection={<Text size="xs">%</Text>}
          data-testid={id('purity')}
        />
        <TextInput
          label={t('seizures.drugs.packaging')}
          value={line.packaging}
          onChange={(event) => onChange({ packaging: event.currentTarget.value })}
          error={error(`${at}.packaging`)}
          data-testid={id('packaging')}
        />
        <TextInput
          label={t('seizures.drugs.markings')}
          value={line.markings}
          onChange={(event) => onChange({ markings: event.currentTarget.value })}
          error={error(`${at}.markings`)}
          data-testid={id('markings')}
        />
      </SimpleGrid>
    </Paper>
  );
}
