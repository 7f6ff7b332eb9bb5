import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** The seizure entry and edit form. */
export function SeizureFormPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('seizures.title')} />;
}
