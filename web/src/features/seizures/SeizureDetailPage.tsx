import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** One seizure report: lines, route, parties, sharing and history. */
export function SeizureDetailPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('seizures.title')} />;
}
