import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DrugLineRow } from './DrugLineRow';
import { emptyDrugLine, type DrugLineForm } from './formState';
import type { SectionProps } from './formSections';
import { useSeizureFormat } from './seizureFormat';
import { liveKg, totalKg } from './vocabulary';

/** The live total of the lines: exact kilograms of the converted ones, the others counted apart. */
function LiveTotal({ lines }: { lines: DrugLineForm[] }) {
  const { t } = useTranslation();
  const format = useSeizureFormat();
  const values = lines.map(
    (line) =>
      liveKg({
        drug: line.drug ?? '',
        quantity: line.quantity,
        unit: line.unit ?? '',
        densityKgPerLitre: line.densityKgPerLitre,
        unitMassGrams: line.unitMassGrams,
      })?.kgEquivalent ?? null,
  );
  const sum = totalKg(values);
  return (
    <Text size="sm" data-testid="seizure-live-total" data-kg={sum.total}>
      {t('seizures.drugs.total')}: <b>{format.decimal(sum.total)}</b> {t('seizures.kg.unit')}
      {sum.unknownCount > 0 && (
        <Text span c="orange.8" size="sm">
          {' '}
          ({t('seizures.unconvertedHint', { count: sum.unknownCount })})
        </Text>
      )}
    </Text>
  );
}

/** The drug lines of the report: add, change and remove rows, with the live kilogram equivalents. */
export function DrugLinesEditor({ form, set, touch, error }: SectionProps) {
  const { t } = useTranslation();
  const lines = form.drugs;
  const update = (index: number, patch: Partial<DrugLineForm>) => {
    set({ drugs: lines.map((line, at) => (at === index ? { ...line, ...patch } : line)) });
    touch(Object.keys(patch).map((name) => `drugs.${index}.${name}`));
  };
  return (
    <Stack gap="xs">
      {error('drugs') && (
        <Text size="xs" c="red" data-testid="seizure-drugs-error">
          {error('drugs')}
        </Text>
      )}
      {lines.map((line, index) => (
        <DrugLineRow
          key={line.key}
          index={index}
          line={line}
          onChange={(patch) => update(index, patch)}
          onRemove={lines.length > 1 ? () => set({ drugs: lines.filter((_, at) => at !== index) }) : null}
          error={error}
        />
      ))}
      <Group justify="space-between">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => set({ drugs: [...lines, emptyDrugLine()] })}
          data-testid="seizure-drug-add"
        >
          {t('seizures.drugs.add')}
        </Button>
        <LiveTotal lines={lines} />
      </Group>
    </Stack>
  );
}
