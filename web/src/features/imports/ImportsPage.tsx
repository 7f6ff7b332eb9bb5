import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** Spreadsheet import: mapping, dry run, commit and progress. */
export function ImportsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('imports.title')} />;
}
