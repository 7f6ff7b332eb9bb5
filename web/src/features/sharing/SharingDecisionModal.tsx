import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSharingAction, type SharingAction, type SharingRequestView } from '../../api/sharing';
import { ErrorAlert } from '../../components/ErrorAlert';

const NOTE_MAX = 2000;

/** Approve (optional note), refuse (note required) or withdraw one pending request. */
export function SharingDecisionModal({
  request,
  action,
  onClose,
}: {
  request: SharingRequestView;
  action: SharingAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const run = useSharingAction();
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const noteMissing = action === 'refuse' && note.trim() === '';
  const title =
    action === 'approve'
      ? t('sharing.approveTitle')
      : action === 'refuse'
        ? t('sharing.refuseTitle')
        : t('sharing.withdrawTitle');
  const message =
    action === 'withdraw'
      ? t('sharing.withdrawMessage')
      : action === 'approve'
        ? request.kind === 'reshare'
          ? t('sharing.approveReshare', {
              agency: request.requesterAgency.code,
              target: request.targetAgency?.code ?? '—',
            })
          : t('sharing.approveExport', { agency: request.requesterAgency.code })
        : null;

  const submit = () => {
    setTouched(true);
    if (noteMissing) {
      return;
    }
    run.mutate({ id: request.id, action, note: note.trim() || undefined }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={title} size="md" centered>
      <Stack gap="md" data-testid={`sharing-${action}-form`}>
        {message && <Text size="sm">{message}</Text>}
        {action !== 'withdraw' && (
          <Textarea
            label={t('sharing.note')}
            description={action === 'approve' ? t('sharing.noteOptional') : undefined}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={NOTE_MAX}
            autosize
            minRows={2}
            required={action === 'refuse'}
            error={touched && noteMissing ? t('sharing.noteRequired') : undefined}
            data-testid="sharing-note"
          />
        )}
        <ErrorAlert error={run.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={action === 'approve' ? 'teal' : 'red'}
            onClick={submit}
            loading={run.isPending}
            data-testid="sharing-confirm"
          >
            {t(`sharing.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
