import { useCallback, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateSeizure, useUpdateSeizure, type SeizureView } from '../../api/seizures';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SharingFields } from '../records/SharingFields';
import { DrugLinesEditor } from './DrugLinesEditor';
import { isStaleVersion, useSeizureErrors } from './formErrors';
import { errorPathOf, type SectionProps } from './formSections';
import { toInput, type SeizureForm as FormState } from './formState';
import { NarrativeField, PlaceFields, ReportFields } from './HeaderFields';
import { PartiesEditor } from './PartiesEditor';
import { RouteEditor } from './RouteEditor';
import { validateSeizure } from './validation';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Title order={3} fz={15} fw={600} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

interface SeizureFormProps {
  initial: FormState;
  /** The report being edited; a new one is created when absent. */
  seizure?: SeizureView;
  /** Throws the form away and loads the latest saved version (after a conflict). */
  onReload?: () => void;
}

/** The entry and edit form of a seizure report: validated as the officer types, checked again by the server. */
export function SeizureForm({ initial, seizure, onReload }: SeizureFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSeizure();
  const update = useUpdateSeizure();
  const mutation = seizure ? update : create;
  const [form, setForm] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  // Fields changed since the server's last answer: its error no longer applies to them.
  const [changedSinceAnswer, setChangedSinceAnswer] = useState<ReadonlySet<string>>(new Set());

  const touch = useCallback((paths: string[]) => {
    setTouched((current) => new Set([...current, ...paths]));
    setChangedSinceAnswer((current) => new Set([...current, ...paths]));
  }, []);
  const set = useCallback(
    (patch: Partial<FormState>) => {
      setForm((current) => ({ ...current, ...patch }));
      touch((Object.keys(patch) as (keyof FormState)[]).map(errorPathOf));
    },
    [touch],
  );

  const problems = useMemo(() => validateSeizure(form), [form]);
  const shown = useCallback((path: string) => attempted || touched.has(path), [attempted, touched]);
  const stale = useCallback((path: string) => changedSinceAnswer.has(path), [changedSinceAnswer]);
  const errors = useSeizureErrors(form, problems, shown, mutation.error, stale);
  const section: SectionProps = { form, set, touch, error: errors.field };
  const conflict = seizure !== undefined && isStaleVersion(mutation.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (problems.size > 0) {
      // Let the messages render, then bring the first one into view.
      window.setTimeout(() => {
        document.querySelector('[data-testid="seizure-form"] [aria-invalid="true"]')?.scrollIntoView({
          block: 'center',
          behavior: 'smooth',
        });
      }, 50);
      return;
    }
    setChangedSinceAnswer(new Set());
    const saved = (view: SeizureView) => {
      notifications.show({
        color: 'teal',
        title: seizure ? t('seizures.form.saved') : t('seizures.form.created'),
        message: t('seizures.form.savedText', { reference: view.reference, version: view.version }),
      });
      void navigate(`/seizures/${encodeURIComponent(view.id)}`);
    };
    const body = toInput(form);
    if (seizure) {
      update.mutate({ id: seizure.id, body: { ...body, version: seizure.version } }, { onSuccess: saved });
    } else {
      create.mutate(body, { onSuccess: saved });
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="seizure-form">
      <Stack gap="md">
        {conflict && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="seizure-conflict">
            <Text size="sm">{t('seizures.form.conflict')}</Text>
            {onReload && (
              <Button
                size="xs"
                variant="light"
                color="orange"
                mt="xs"
                onClick={onReload}
                data-testid="seizure-reload"
              >
                {t('seizures.form.reload')}
              </Button>
            )}
          </Alert>
        )}
        <ErrorAlert error={errors.formError} />
        <Section title={t('seizures.sections.report')} testId="seizure-section-report">
          <ReportFields {...section} />
        </Section>
        <Section title={t('seizures.sections.place')} testId="seizure-section-place">
          <PlaceFields {...section} />
        </Section>
        <Section title={t('seizures.sections.drugs')} testId="seizure-section-drugs">
          <DrugLinesEditor {...section} />
        </Section>
        <Section title={t('seizures.sections.route')} testId="seizure-section-route">
          <RouteEditor {...section} />
        </Section>
        <Section title={t('seizures.sections.parties')} testId="seizure-section-parties">
          <PartiesEditor {...section} />
        </Section>
        <Section title={t('seizures.sections.narrative')} testId="seizure-section-narrative">
          <NarrativeField {...section} />
        </Section>
        <Section title={t('records.sharingSection')} testId="seizure-section-sharing">
          <SharingFields
            value={form.sharing}
            onChange={(sharing) => {
              set({ sharing });
              touch(
                (Object.keys(sharing) as (keyof typeof sharing)[])
                  .filter((key) => sharing[key] !== form.sharing[key])
                  .map((key) => `sharing.${key}`),
              );
            }}
            error={(path) => errors.field(path)}
            testIdPrefix="seizure"
          />
        </Section>
        <Paper
          withBorder
          radius="md"
          p="sm"
          className="nr-form-actions"
          pos="sticky"
          bottom={0}
          style={{ zIndex: 5 }}
        >
          <Group justify="space-between">
            <Text
              size="xs"
              c={attempted && problems.size > 0 ? 'red' : 'dimmed'}
              data-testid="seizure-problems"
            >
              {attempted && problems.size > 0
                ? t('seizures.form.problems', { count: problems.size })
                : t('seizures.form.requiredHint')}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() => void navigate(seizure ? `/seizures/${seizure.id}` : '/seizures')}
              >
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending} data-testid="seizure-submit">
                {seizure ? t('seizures.form.saveSubmit') : t('seizures.form.createSubmit')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
