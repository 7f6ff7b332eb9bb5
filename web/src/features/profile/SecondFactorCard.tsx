import { useState } from 'react';
import { Badge, Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck, IconShieldPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../api/session';
import { TotpEnrolment } from '../auth/TotpEnrolment';
import { ProfileCard } from './ProfileCard';

/** Second-factor state of the account, with enrolment of an authenticator app when none is set. */
export function SecondFactorCard() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [enrolling, setEnrolling] = useState(false);
  const enrolled = session.user.totpEnrolled;

  return (
    <ProfileCard title={t('totp.title')} description={t('profile.totpText')} testId="profile-totp">
      <Group justify="space-between">
        {enrolled ? (
          <Badge
            color="teal"
            variant="light"
            radius="sm"
            size="lg"
            leftSection={<IconShieldCheck size={14} />}
            data-testid="totp-status"
          >
            {t('profile.totpOn')}
          </Badge>
        ) : (
          <Group gap="sm">
            <Badge color="gray" variant="outline" radius="sm" size="lg" data-testid="totp-status">
              {t('profile.totpOff')}
            </Badge>
            {session.agency.requireTotp && (
              <Text size="xs" c="orange.8">
                {t('profile.totpRequiredByAgency')}
              </Text>
            )}
          </Group>
        )}
        {!enrolled && (
          <Button
            leftSection={<IconShieldPlus size={16} />}
            onClick={() => setEnrolling(true)}
            data-testid="totp-start"
          >
            {t('profile.totpEnrol')}
          </Button>
        )}
      </Group>
      {enrolled && (
        <Text size="xs" c="dimmed">
          {t('profile.totpLost')}
        </Text>
      )}
      <Modal opened={enrolling} onClose={() => setEnrolling(false)} title={t('totp.title')} size="lg">
        {enrolling && (
          <TotpEnrolment
            onDone={() => {
              setEnrolling(false);
              notifications.show({
                color: 'teal',
                title: t('totp.enrolled'),
                message: t('totp.enrolledText'),
              });
            }}
          />
        )}
      </Modal>
    </ProfileCard>
  );
}
