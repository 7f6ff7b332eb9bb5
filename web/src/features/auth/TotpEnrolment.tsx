import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Box, Button, Center, Group, Image, Loader, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTotpConfirm, useTotpSetup } from '../../api/session';
import type { Session } from '../../api/types';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';

interface TotpEnrolmentProps {
  /** Called with the rotated session once the first code is accepted. */
  onDone: (session: Session) => void;
}

function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <Group align="flex-start" gap="md" wrap="nowrap">
      <ThemeIcon radius="xl" size={26} variant="light" color="navy" fw={700} fz="sm">
        {n}
      </ThemeIcon>
      <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        {children}
      </Stack>
    </Group>
  );
}

/** Enrols an authenticator app: shows the QR code and secret, then confirms a first code. */
export function TotpEnrolment({ onDone }: TotpEnrolmentProps) {
  const { t } = useTranslation();
  const setup = useTotpSetup();
  const confirm = useTotpConfirm();
  const [code, setCode] = useState('');
  const started = useRef(false);
  const mutateSetup = setup.mutate;
  const errors = useFormErrors(confirm.error, ['code']);
  // Every confirmation error (mostly TOTP_INVALID, which names no field) belongs to the code field.
  const codeError = errors.field('code') ?? errors.form ?? undefined;

  useEffect(() => {
    // One secret per visit: React's development double effects must not ask the server twice.
    if (!started.current) {
      started.current = true;
      mutateSetup();
    }
  }, [mutateSetup]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code.trim(), { onSuccess: onDone, onError: () => setCode('') });
  };

  if (setup.isError) {
    return (
      <Stack gap="sm">
        <ErrorAlert error={setup.error} />
        <Group>
          <Button variant="light" onClick={() => setup.mutate()}>
            {t('common.retry')}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (!setup.data) {
    return (
      <Center py="xl">
        <Loader size="sm" color="navy" />
      </Center>
    );
  }

  const qrSrc = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.data.qrSvg)}`;
  return (
    <Stack gap="lg" data-testid="totp-enrolment">
      <Step n={1} title={t('totp.stepInstall')}>
        <Text size="sm" c="dimmed">
          {t('totp.stepInstallText')}
        </Text>
      </Step>
      <Step n={2} title={t('totp.stepScan')}>
        <Group align="flex-start" gap="lg" wrap="wrap">
          <Box className="nr-qr" data-testid="totp-qr">
            <Image src={qrSrc} alt={t('totp.qrAlt')} w={176} h={176} fit="contain" />
          </Box>
          <Stack gap={6} style={{ flex: 1, minWidth: 220 }}>
            <Text size="sm" c="dimmed">
              {t('totp.manualEntry')}
            </Text>
            <CopyField value={setup.data.secret} testId="totp-secret" />
            <Text size="xs" c="dimmed">
              {t('totp.manualParams')}
            </Text>
          </Stack>
        </Group>
      </Step>
      <Step n={3} title={t('totp.stepConfirm')}>
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="sm">
            <TextInput
              value={code}
              onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
              placeholder="000000"
              aria-label={t('totp.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={8}
              error={Boolean(codeError)}
              w={180}
              data-testid="totp-code"
              classNames={{ input: 'nr-code-input' }}
            />
            <Button
              type="submit"
              loading={confirm.isPending}
              disabled={code.length < 6}
              leftSection={<IconShieldCheck size={16} />}
              data-testid="totp-confirm"
            >
              {t('totp.confirm')}
            </Button>
          </Group>
          {codeError && (
            <Text size="sm" c="red.7" mt={6} data-testid="totp-error">
              {codeError}
            </Text>
          )}
        </form>
      </Step>
    </Stack>
  );
}
