import { useState } from 'react';
import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  SEIZURE_TARGET_FIELDS,
  useMappings,
  useSaveMapping,
  type SeizureMapping,
  type SeizureTargetField,
  type UploadedFile,
} from '../../api/imports';
import { ErrorAlert } from '../../components/ErrorAlert';

interface MappingEditorProps {
  upload: UploadedFile;
  mapping: SeizureMapping;
  mappingName: string | null;
  onChange: (mapping: SeizureMapping, name: string | null) => void;
}

/** One select per target field over the columns of the file's header row; saved mappings load and save by name. */
export function MappingEditor({ upload, mapping, mappingName, onChange }: MappingEditorProps) {
  const { t } = useTranslation();
  const saved = useMappings();
  const save = useSaveMapping();
  const [name, setName] = useState(mappingName ?? '');
  const columns = (upload.columns?.columns ?? []).filter((c) => c !== '');
  const options = [...new Set(columns)].map((c) => ({ value: c, label: c }));
  const setColumn = (field: SeizureTargetField, column: string | null) => {
    const next = { ...mapping.columns };
    if (column) next[field] = column;
    else delete next[field];
    onChange({ ...mapping, columns: next }, mappingName);
  };
  const existing = saved.data?.find((m) => m.name === name.trim());
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={4}>{t('imports.mapping.title')}</Title>
        <Select
          label={t('imports.mapping.saved')}
          placeholder={t('imports.mapping.savedPlaceholder')}
          data={(saved.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
          clearable
          onChange={(id) => {
            const chosen = saved.data?.find((m) => m.id === id);
            if (chosen) {
              setName(chosen.name);
              onChange(chosen.mapping, chosen.name);
            }
          }}
          data-testid="saved-mapping"
        />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {SEIZURE_TARGET_FIELDS.map((field) => (
            <Select
              key={field}
              label={t(`imports.mapping.fields.${field}`)}
              placeholder={t('imports.mapping.none')}
              data={options}
              value={mapping.columns[field] ?? null}
              onChange={(value) => setColumn(field, value)}
              clearable
              searchable
              data-testid={`map-${field}`}
            />
          ))}
        </SimpleGrid>
        <MultiSelect
          label={t('imports.mapping.route')}
          data={options}
          value={mapping.routeColumns ?? []}
          onChange={(routeColumns) => onChange({ ...mapping, routeColumns }, mappingName)}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('imports.mapping.dateOrder')}
            data={[
              { value: 'dmy', label: t('imports.mapping.dmy') },
              { value: 'mdy', label: t('imports.mapping.mdy') },
            ]}
            value={mapping.dateOrder ?? 'dmy'}
            onChange={(value) =>
              onChange({ ...mapping, dateOrder: value === 'mdy' ? 'mdy' : 'dmy' }, mappingName)
            }
          />
          <TextInput
            label={t('imports.mapping.defaultUnit')}
            value={mapping.defaultUnit ?? ''}
            onChange={(e) =>
              onChange({ ...mapping, defaultUnit: e.currentTarget.value || undefined }, mappingName)
            }
          />
          <TextInput
            label={t('imports.mapping.defaultCountry')}
            maxLength={2}
            value={mapping.defaultCountry ?? ''}
            onChange={(e) =>
              onChange(
                { ...mapping, defaultCountry: e.currentTarget.value.toUpperCase() || undefined },
                mappingName,
              )
            }
          />
        </SimpleGrid>
        <Group align="end">
          <TextInput
            label={t('imports.mapping.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={100}
          />
          <Button
            variant="light"
            disabled={name.trim() === ''}
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { ...(existing ? { id: existing.id } : {}), name: name.trim(), mapping },
                { onSuccess: (m) => onChange(m.mapping, m.name) },
              )
            }
            data-testid="save-mapping"
          >
            {t('imports.mapping.save')}
          </Button>
          {save.isSuccess && <Text c="teal">{t('imports.mapping.savedOk')}</Text>}
        </Group>
        <ErrorAlert error={save.error} />
        {upload.columns && upload.columns.sample.length > 0 && (
          <>
            <Text fw={600}>{t('imports.mapping.sample')}</Text>
            <Table.ScrollContainer minWidth={600}>
              <Table withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    {upload.columns.columns.map((c, i) => (
                      <Table.Th key={i}>{c}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {upload.columns.sample.map((row, i) => (
                    <Table.Tr key={i}>
                      {row.map((cell, j) => (
                        <Table.Td key={j}>{cell}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Paper>
  );
}
