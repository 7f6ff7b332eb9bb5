import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useSeizure } from '../../api/seizures';
import { useCan, useCurrentSession } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { emptyForm, formFromView } from './formState';
import { SeizureForm } from './SeizureForm';

/** The seizure entry form (`/seizures/new`) and edit form (`/seizures/:seizureId/edit`, owner agency only). */
export function SeizureFormPage() {
  const { t } = useTranslation();
  const { seizureId } = useParams();
  const session = useCurrentSession();
  const canWrite = useCan('records.write');
  const seizure = useSeizure(seizureId);

  if (!canWrite) {
    return <NotFoundPage />;
  }
  if (seizureId === undefined) {
    return (
      <>
        <PageHeader
          section={t('seizures.title')}
          title={t('seizures.form.createTitle')}
          description={t('seizures.form.createHint')}
        />
        <SeizureForm initial={emptyForm(session.agency.id, session.agency.countryCode)} />
      </>
    );
  }
  if (seizure.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" color="navy" />
      </Center>
    );
  }
  if (!seizure.data) {
    return (
      <ErrorAlert
        error={seizure.error}
        message={isApiError(seizure.error, 'NOT_FOUND') ? t('seizures.notShared') : null}
      />
    );
  }
  const view = seizure.data;
  if (view.ownerAgencyId !== session.agency.id) {
    return (
      <ErrorAlert error={null} message={t('seizures.form.ownerOnly', { owner: view.ownerAgencyCode })} />
    );
  }
  return (
    <>
      <PageHeader
        section={t('seizures.title')}
        title={t('seizures.form.editTitle', { reference: view.reference })}
        description={t('records.versionN', { version: view.version })}
      />
      {/* A new version (after a reload) starts a fresh form. */}
      <SeizureForm
        key={`${view.id}:${view.version}`}
        initial={formFromView(view)}
        seizure={view}
        onReload={() => void seizure.refetch()}
      />
    </>
  );
}
