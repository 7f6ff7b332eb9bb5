import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useSession } from '../../api/session';
import { AppHeader } from '../../components/AppHeader';
import { FullPageLoader } from '../../components/FullPageLoader';
import { TotpEnrolment } from './TotpEnrolment';

/** The only screen of a session in the `totp_enrolment` stage: enrol a second factor, then continue. */
export function EnrolmentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: session, isPending } = useSession();

  if (isPending) {
    return <FullPageLoader />;
  }
  if (!session) {
    return <Navigate to="/sign-in" replace />;
  }
  if (session.stage !== 'totp_enrolment') {
    return <Navigate to="/" replace />;
  }

  return (
    <Box className="nr-enrol">
      <Box className="nr-shell-header nr-enrol-header">
        <AppHeader />
      </Box>
      <Group justify="center" p="lg" pt={48}>
        <Paper withBorder radius="md" p="xl" w="100%" maw={640} data-testid="enrolment-page">
          <Stack gap="lg">
            <Stack gap={4}>
              <Text size="xs" fw={600} tt="uppercase" c="dimmed" lts={0.6}>
                {t('totp.required')}
              </Text>
              <Title order={2} fz={20} fw={600}>
                {t('totp.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('totp.requiredText')}
              </Text>
            </Stack>
            <TotpEnrolment
              onDone={() => {
                notifications.show({
                  color: 'teal',
                  title: t('totp.enrolled'),
                  message: t('totp.enrolledText'),
                });
                void navigate('/', { replace: true });
              }}
            />
          </Stack>
        </Paper>
      </Group>
    </Box>
  );
}
