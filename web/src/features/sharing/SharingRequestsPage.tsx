import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** Requests for onward sharing and export, to decide and sent. */
export function SharingRequestsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('sharing.title')} />;
}
