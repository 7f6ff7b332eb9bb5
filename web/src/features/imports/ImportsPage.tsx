import { useState } from 'react';
import { Button, FileInput, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUploadFile, type SeizureMapping, type UploadedFile } from '../../api/imports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { ImportHistory } from './ImportHistory';
import { ImportRun } from './ImportRun';
import { MappingEditor } from './MappingEditor';
import { ProblemTable } from './ProblemTable';

/** Spreadsheet and FtM import: upload, column mapping, dry run with its problems, commit with its progress. */
export function ImportsPage() {
  const { t } = useTranslation();
  const upload = useUploadFile();
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<UploadedFile | null>(null);
  const [profile, setProfile] = useState<'seizures' | 'ftm'>('seizures');
  const [mapping, setMapping] = useState<SeizureMapping>({ columns: {} });
  const [mappingName, setMappingName] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [checkedJob, setCheckedJob] = useState<string | null>(null);

  const send = () => {
    if (!file) return;
    upload.mutate(file, {
      onSuccess: (result) => {
        setUploaded(result);
        setProfile(result.columns ? 'seizures' : 'ftm');
        setMapping({
          routeColumns: [],
          ...(result.columns?.suggested ?? {}),
          columns: result.columns?.suggested.columns ?? {},
        });
        setJobId(null);
        setCheckedJob(null);
      },
    });
  };
  const onJob = (id: string) => {
    setJobId(id);
    setCheckedJob((previous) => previous ?? id);
  };
  return (
    <Stack>
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Title order={4}>{t('imports.upload.title')}</Title>
          <Group align="end">
            <FileInput
              label={t('imports.upload.file')}
              accept=".csv,.xlsx,.jsonl,.ndjson,text/csv"
              value={file}
              onChange={setFile}
              w={360}
              data-testid="import-file"
            />
            <Button onClick={send} disabled={!file} loading={upload.isPending} data-testid="upload">
              {t('imports.upload.send')}
            </Button>
          </Group>
          <ErrorAlert error={upload.error} />
          {uploaded && (
            <>
              <SegmentedControl
                value={profile}
                onChange={(value) => setProfile(value === 'ftm' ? 'ftm' : 'seizures')}
                data={[
                  { value: 'seizures', label: t('imports.upload.seizures') },
                  { value: 'ftm', label: t('imports.upload.ftm') },
                ]}
              />
              {uploaded.columns && (
                <Text size="sm">
                  {t('imports.upload.uploaded', {
                    file: uploaded.fileName,
                    size: uploaded.size,
                    row: uploaded.columns.headerRow ?? '—',
                  })}
                </Text>
              )}
              {uploaded.columns && uploaded.columns.problems.length > 0 && (
                <ProblemTable problems={uploaded.columns.problems} count={uploaded.columns.problems.length} />
              )}
            </>
          )}
        </Stack>
      </Paper>
      {uploaded && profile === 'seizures' && uploaded.columns && (
        <MappingEditor
          upload={uploaded}
          mapping={mapping}
          mappingName={mappingName}
          onChange={(next, name) => {
            setMapping(next);
            setMappingName(name);
            setCheckedJob(null);
          }}
        />
      )}
      {uploaded && (
        <ImportRun
          upload={uploaded}
          profile={profile}
          mapping={mapping}
          mappingName={mappingName}
          jobId={jobId}
          onJob={onJob}
          checked={checkedJob !== null}
        />
      )}
      <ImportHistory />
    </Stack>
  );
}
