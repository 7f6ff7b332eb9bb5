import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types';
import { DataTable, Th } from '../../components/DataTable';
import { AuditRow } from './AuditRow';

interface AuditTableProps {
  entries: AuditEntry[];
  isLoading: boolean;
  error: unknown;
  footer?: ReactNode;
  onActor: (actorId: string) => void;
}

/** Dense audit table; each row expands to show the entry's details as JSON. */
export function AuditTable({ entries, isLoading, error, footer, onActor }: AuditTableProps) {
  const { t } = useTranslation();
  const head = (
    <>
      <Th width={28} />
      <Th width={64} align="right">
        {t('audit.seq')}
      </Th>
      <Th width={160}>{t('audit.time')}</Th>
      <Th width={190}>{t('audit.actor')}</Th>
      <Th>{t('audit.action')}</Th>
      <Th>{t('audit.object')}</Th>
      <Th width={110}>{t('audit.outcome')}</Th>
      <Th width={120}>{t('audit.ip')}</Th>
    </>
  );
  return (
    <DataTable
      head={head}
      isLoading={isLoading}
      error={error}
      isEmpty={entries.length === 0}
      emptyText={t('audit.empty')}
      minWidth={980}
      testId="audit-table"
      footer={footer}
    >
      {entries.map((entry) => (
        <AuditRow key={entry.seq} entry={entry} onActor={onActor} />
      ))}
    </DataTable>
  );
}
