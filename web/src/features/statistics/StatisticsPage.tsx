import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** Exact seizure totals by country, year, drug group and drug. */
export function StatisticsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('statistics.title')} />;
}
