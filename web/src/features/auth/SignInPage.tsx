import { useState, type FormEvent } from 'react';
import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { useSession, useSignIn } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';
import { ENROL_PATH } from '../../components/guards';
import { setLanguage } from '../../i18n';
import { SignInLayout } from './SignInLayout';

const FIELDS = ['username', 'password', 'totpCode'] as const;

function targetAfterSignIn(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = state.from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('/sign-in')) {
      return from;
    }
  }
  return '/';
}

/** Sign-in with user name and password, then a TOTP code when the server asks for one. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { data: session } = useSession();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needTotp, setNeedTotp] = useState(false);

  // TOTP_REQUIRED is a step of the dialogue, not an error to show.
  const shownError = isApiError(signIn.error, 'TOTP_REQUIRED') ? null : signIn.error;
  const errors = useFormErrors(shownError, FIELDS);
  const totpError = isApiError(shownError, 'TOTP_INVALID') ? errors.form : errors.field('totpCode');

  if (session && !signIn.isPending && !signIn.isSuccess) {
    return <Navigate to={session.stage === 'totp_enrolment' ? ENROL_PATH : '/'} replace />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { username: username.trim(), password, ...(needTotp ? { totpCode: totpCode.trim() } : {}) },
      {
        onSuccess: (next) => {
          void setLanguage(next.user.language);
          void navigate(next.stage === 'totp_enrolment' ? ENROL_PATH : targetAfterSignIn(location.state), {
            replace: true,
          });
        },
        onError: (error) => {
          if (isApiError(error, 'TOTP_REQUIRED')) {
            setNeedTotp(true);
          }
          if (isApiError(error, 'TOTP_INVALID')) {
            setTotpCode('');
          }
        },
      },
    );
  };

  const restart = () => {
    setNeedTotp(false);
    setTotpCode('');
    setPassword('');
    signIn.reset();
  };

  return (
    <SignInLayout>
      <Paper withBorder radius="md" p="xl" w="100%" maw={400} shadow="xs" className="nr-signin-card">
        <form onSubmit={submit} noValidate data-testid="signin-form">
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={2} fz={20} fw={600}>
                {t('auth.signInTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {needTotp ? t('auth.totpPrompt') : t('auth.signInSubtitle')}
              </Text>
            </Stack>
            {!isApiError(shownError, 'TOTP_INVALID') && (
              <ErrorAlert error={errors.form ? shownError : null} message={errors.form} />
            )}
            <TextInput
              label={t('auth.username')}
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              error={errors.field('username')}
              autoComplete="username"
              autoCapitalize="off"
              spellCheck={false}
              required
              autoFocus
              data-testid="signin-username"
            />
            <PasswordInput
              label={t('auth.password')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={errors.field('password')}
              autoComplete="current-password"
              required
              data-testid="signin-password"
            />
            {needTotp && (
              <TextInput
                label={t('auth.totpCode')}
                description={t('auth.totpHint')}
                value={totpCode}
                onChange={(event) => setTotpCode(event.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
                error={totpError ?? undefined}
                leftSection={<IconShieldLock size={16} />}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={8}
                required
                autoFocus
                data-testid="signin-totp"
                classNames={{ input: 'nr-code-input' }}
              />
            )}
            <Button type="submit" fullWidth loading={signIn.isPending} data-testid="signin-submit" mt={4}>
              {needTotp ? t('auth.verify') : t('auth.signIn')}
            </Button>
            {needTotp && (
              <Anchor component="button" type="button" size="sm" onClick={restart} ta="center">
                {t('auth.useOtherAccount')}
              </Anchor>
            )}
          </Stack>
        </form>
      </Paper>
    </SignInLayout>
  );
}
