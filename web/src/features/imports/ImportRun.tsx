import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImport, useStartImport, type SeizureMapping, type UploadedFile } from '../../api/imports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProblemTable } from './ProblemTable';

interface ImportRunProps {
  upload: UploadedFile;
  profile: 'seizures' | 'ftm';
  mapping: SeizureMapping;
  mappingName: string | null;
  jobId: string | null;
  onJob: (id: string) => void;
  checked: boolean;
}

/** The dry run and the commit: buttons, a progress bar while the job runs, the problems and the result. */
export function ImportRun({ upload, profile, mapping, mappingName, jobId, onJob, checked }: ImportRunProps) {
  const { t } = useTranslation();
  const start = useStartImport();
  const job = useImport(jobId);
  const view = job.data;
  const run = (dryRun: boolean) =>
    start.mutate(
      {
        fileId: upload.fileId,
        profile,
        ...(profile === 'seizures' ? { mapping } : {}),
        ...(mappingName ? { mappingName } : {}),
        dryRun,
      },
      { onSuccess: (started) => onJob(started.id) },
    );
  const running = view?.status === 'running';
  const percent =
    view && view.rowsTotal ? Math.min(100, (100 * view.rowsDone) / view.rowsTotal) : running ? 5 : 100;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={4}>{t('imports.run.title')}</Title>
        <Group>
          <Button
            onClick={() => run(true)}
            loading={start.isPending}
            disabled={running}
            data-testid="dry-run"
          >
            {t('imports.run.dryRun')}
          </Button>
          <Button
            color="teal"
            onClick={() => run(false)}
            disabled={running || !checked}
            title={checked ? undefined : t('imports.run.commitNeedsCheck')}
            data-testid="commit"
          >
            {t('imports.run.commit')}
          </Button>
        </Group>
        <ErrorAlert error={start.error ?? job.error} />
        {view && (
          <>
            <Progress value={percent} animated={running} data-testid="import-progress" />
            {running && (
              <Text>
                {view.rowsTotal
                  ? t('imports.run.running', { done: view.rowsDone, total: view.rowsTotal })
                  : t('imports.run.runningUnknown', { done: view.rowsDone })}
              </Text>
            )}
            {view.status === 'checked' && (
              <Alert color="blue" data-testid="import-result">
                {t('imports.run.checked', { rows: view.rowsDone, problems: view.problemCount })}
              </Alert>
            )}
            {view.status === 'committed' && (
              <Alert color="teal" data-testid="import-result">
                {t('imports.run.committed', {
                  inserted: view.inserted,
                  updated: view.updated,
                  unchanged: view.unchanged,
                  rejected: view.rejected,
                })}
              </Alert>
            )}
            {view.status === 'failed' && (
              <Alert color="red">{t('imports.run.failed', { message: view.error?.message ?? '' })}</Alert>
            )}
            {!running && <ProblemTable problems={view.problems} count={view.problemCount} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}
