import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** The seizure list with its filters. */
export function SeizuresPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('seizures.title')} />;
}
