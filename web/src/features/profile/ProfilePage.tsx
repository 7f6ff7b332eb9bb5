import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../api/session';
import { DetailList } from '../../components/DetailList';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters } from '../../i18n/format';
import { useNames } from '../../i18n/names';
import { RoleBadges } from '../admin/RoleBadges';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DisplayNameForm } from './DisplayNameForm';
import { ProfileCard } from './ProfileCard';
import { SecondFactorCard } from './SecondFactorCard';

/** The signed-in user's own account: details, language, password and second factor. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { user, agency } = useCurrentSession();
  const names = useNames();
  const format = useFormatters();

  return (
    <>
      <PageHeader
        section={t('nav.sectionAccount')}
        title={t('profile.title')}
        description={t('profile.description')}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Stack gap="md">
          <ProfileCard title={t('profile.account')} testId="profile-account">
            <DetailList
              items={[
                {
                  label: t('users.username'),
                  value: (
                    <Text size="sm" ff="monospace">
                      {user.username}
                    </Text>
                  ),
                },
                { label: t('users.agency'), value: `${agency.code} — ${names.of(agency)}` },
                { label: t('users.roles'), value: <RoleBadges roles={user.roles} /> },
                {
                  label: t('users.lastSignIn'),
                  value: user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('users.never'),
                },
                { label: t('common.created'), value: format.date(user.createdAt) },
              ]}
            />
            <DisplayNameForm key={user.displayName} current={user.displayName} />
          </ProfileCard>
          <ProfileCard
            title={t('profile.password')}
            description={t('profile.passwordText')}
            testId="profile-password"
          >
            <ChangePasswordForm />
          </ProfileCard>
        </Stack>
        <Stack gap="md">
          <ProfileCard
            title={t('profile.language')}
            description={t('profile.languageText')}
            testId="profile-language"
          >
            <Group>
              <LanguageSwitch testIds={false} />
            </Group>
          </ProfileCard>
          <SecondFactorCard />
        </Stack>
      </SimpleGrid>
    </>
  );
}
