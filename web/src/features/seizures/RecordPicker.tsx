import { useMemo, useState } from 'react';
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useRecordSearch } from '../../api/seizures';
import type { PartySchema } from './formState';

interface RecordPickerProps {
  schema: PartySchema;
  recordId: string | null;
  caption: string;
  onPick: (record: { id: string; caption: string } | null) => void;
  error?: string;
  testId: string;
}

/** Searches the records the user may see (`GET /records?q=…&schema=…`) and picks one. */
export function RecordPicker({ schema, recordId, caption, onPick, error, testId }: RecordPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const found = useRecordSearch(schema, query);
  const data = useMemo(() => {
    const options = (found.data ?? []).map((record) => ({
      value: record.id,
      label: `${record.caption} · ${record.ownerAgencyCode}`,
    }));
    // The picked record stays an option, so its caption shows whatever the search says now.
    if (recordId && !options.some((option) => option.value === recordId)) {
      options.unshift({ value: recordId, label: caption || recordId });
    }
    return options;
  }, [found.data, recordId, caption]);

  return (
    <Select
      label={t(schema === 'Person' ? 'seizures.parties.pickPerson' : 'seizures.parties.pickVehicle')}
      placeholder={t('seizures.parties.searchPlaceholder')}
      data={data}
      value={recordId}
      onChange={(value, option) =>
        onPick(value && option ? { id: value, caption: option.label.replace(/ · [^·]*$/, '') } : null)
      }
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already matched the text; filtering again here would hide transliterated hits.
      filter={({ options }) => options}
      nothingFoundMessage={
        query.trim().length >= 2 ? t('seizures.parties.noMatch') : t('seizures.parties.typeToSearch')
      }
      rightSection={found.isFetching ? <Loader size={14} /> : undefined}
      error={error}
      clearable
      required
      data-testid={testId}
    />
  );
}
