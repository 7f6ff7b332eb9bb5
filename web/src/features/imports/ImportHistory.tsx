import { Badge, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImports } from '../../api/imports';
import { DataTable, Th } from '../../components/DataTable';
import { useFormatters } from '../../i18n/format';

const COLOURS = { running: 'blue', checked: 'gray', committed: 'teal', failed: 'red' } as const;

/** The agency's recent imports and their outcome. */
export function ImportHistory() {
  const { t } = useTranslation();
  const format = useFormatters();
  const imports = useImports();
  return (
    <>
      <Title order={4}>{t('imports.history.title')}</Title>
      <DataTable
        isLoading={imports.isLoading}
        error={imports.error}
        isEmpty={imports.data?.length === 0}
        emptyText={t('imports.history.empty')}
        head={
          <>
            <Th>{t('imports.history.file')}</Th>
            <Th>{t('imports.history.profile')}</Th>
            <Th>{t('imports.history.status')}</Th>
            <Th align="right">{t('imports.history.rows')}</Th>
            <Th>{t('imports.history.result')}</Th>
            <Th>{t('imports.history.when')}</Th>
          </>
        }
      >
        {(imports.data ?? []).map((i) => (
          <Table.Tr key={i.id}>
            <Table.Td>{i.fileName}</Table.Td>
            <Table.Td>
              {i.profile === 'ftm' ? t('imports.upload.ftm') : t('imports.upload.seizures')}
            </Table.Td>
            <Table.Td>
              <Badge color={COLOURS[i.status]} variant="light">
                {t(`imports.status.${i.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td align="right">{i.rowsDone}</Table.Td>
            <Table.Td>{`${i.inserted} / ${i.updated} / ${i.unchanged}`}</Table.Td>
            <Table.Td>{format.dateTime(i.createdAt)}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </>
  );
}
