import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import { useCan, useCurrentSession } from '../../api/session';
import { useCreateSharingRequest, type SharingRequestKind } from '../../api/sharing';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';
import { useNames } from '../../i18n/names';

/** Props of the button a recipient uses to ask the owner for onward sharing or export of a record. */
export interface RequestSharingButtonProps {
  /** `records` or `seizures`. */
  recordTable: 'records' | 'seizures';
  recordId: string;
  ownerAgencyId: string;
  handlingCode: string;
}

const REASON_MAX = 2000;

/** The request form: what is asked for, for which agency (a reshare), and why. */
function RequestSharingModal({ onClose, ...record }: RequestSharingButtonProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const session = useCurrentSession();
  const agencies = useAgencies();
  const create = useCreateSharingRequest();
  const [kind, setKind] = useState<SharingRequestKind>('export');
  const [target, setTarget] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const errors = useFormErrors(create.error, ['kind', 'targetAgencyId', 'reason']);
  const owner = agencies.data?.find((a) => a.id === record.ownerAgencyId);
  const choices = (agencies.data ?? [])
    .filter((a) => a.active && a.id !== record.ownerAgencyId && a.id !== session.agency.id)
    .map((a) => ({ value: a.id, label: `${a.code} — ${names.of(a)}` }));
  const missingTarget = kind === 'reshare' && target === null;
  const missingReason = reason.trim() === '';

  const submit = () => {
    setTouched(true);
    if (missingTarget || missingReason) {
      return;
    }
    create.mutate(
      {
        recordTable: record.recordTable,
        recordId: record.recordId,
        kind,
        ...(kind === 'reshare' && target ? { targetAgencyId: target } : {}),
        reason: reason.trim(),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('sharing.request.sent') });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('sharing.request.title')} size="lg" centered>
      <Stack gap="md" data-testid="sharing-request-form">
        <Text size="sm">
          {t('sharing.request.explanation', { owner: owner ? `${owner.code} — ${names.of(owner)}` : '—' })}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('sharing.request.kind')}
          </Text>
          <SegmentedControl
            value={kind}
            onChange={setKind}
            data={[
              { value: 'export', label: t('sharing.kinds.export') },
              { value: 'reshare', label: t('sharing.kinds.reshare') },
            ]}
            data-testid="sharing-request-kind"
          />
          <Text size="xs" c="dimmed">
            {t(`sharing.kindHelp.${kind}`)}
          </Text>
        </Stack>
        {kind === 'reshare' && (
          <Select
            label={t('sharing.request.target')}
            placeholder={t('sharing.request.targetPlaceholder')}
            data={choices}
            value={target}
            onChange={setTarget}
            searchable
            required
            error={
              errors.field('targetAgencyId') ??
              (touched && missingTarget ? t('sharing.request.required') : undefined)
            }
            data-testid="sharing-request-target"
          />
        )}
        <Textarea
          label={t('sharing.request.reason')}
          placeholder={t('sharing.request.reasonPlaceholder')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={REASON_MAX}
          autosize
          minRows={3}
          required
          error={
            errors.field('reason') ?? (touched && missingReason ? t('sharing.request.required') : undefined)
          }
          data-testid="sharing-request-reason"
        />
        <ErrorAlert error={errors.form ? create.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending} data-testid="sharing-request-submit">
            {t('sharing.request.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Asks the owner agency for permission to re-share or export an H2 record. Shown only to users of
 * another agency who may write (the owner has nothing to ask; other handling codes need no permission).
 */
export function RequestSharingButton(props: RequestSharingButtonProps) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const canWrite = useCan('records.write');
  const [open, setOpen] = useState(false);
  if (props.handlingCode !== 'H2' || props.ownerAgencyId === session.agency.id || !canWrite) {
    return null;
  }
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconShare size={14} />}
        onClick={() => setOpen(true)}
        data-testid="request-sharing"
      >
        {t('sharing.request.button')}
      </Button>
      {open && <RequestSharingModal {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
