import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../api/imports';
import { DataTable, Th } from '../../components/DataTable';

/** Spreadsheet column letters for a 1-based column number (1 → A, 27 → AA). */
function letters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Every problem of a dry run or commit, by row and field. */
export function ProblemTable({ problems, count }: { problems: ImportProblem[]; count: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Text fw={600}>{t('imports.problems.title', { count })}</Text>
      <DataTable
        testId="import-problems"
        isEmpty={problems.length === 0}
        emptyText={t('imports.problems.none')}
        head={
          <>
            <Th width={70}>{t('imports.problems.row')}</Th>
            <Th width={80}>{t('imports.problems.column')}</Th>
            <Th width={160}>{t('imports.problems.field')}</Th>
            <Th width={110}>{t('imports.problems.severity')}</Th>
            <Th>{t('imports.problems.message')}</Th>
          </>
        }
      >
        {problems.map((p, i) => (
          <Table.Tr key={i}>
            <Table.Td>{p.row ?? '—'}</Table.Td>
            <Table.Td>{p.column === null ? '—' : letters(p.column)}</Table.Td>
            <Table.Td>{p.field ?? '—'}</Table.Td>
            <Table.Td>
              <Badge color={p.severity === 'error' ? 'red' : 'orange'} variant="light">
                {t(`imports.problems.${p.severity}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{p.message}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {count > problems.length && (
        <Text size="sm">{t('imports.problems.more', { shown: problems.length, count })}</Text>
      )}
    </>
  );
}
