import { SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSession, useUpdateMe } from '../api/session';
import type { Language } from '../api/types';
import { setLanguage, toLanguage } from '../i18n';
import { useErrorText } from './errors';

interface LanguageSwitchProps {
  /** `dark` fits the navy header, `light` a white page. */
  tone?: 'dark' | 'light';
  /** Only the header's switch carries the test ids, so they stay unique on every page. */
  testIds?: boolean;
}

/** English / Русский switch; when signed in the choice is stored on the user's account. */
export function LanguageSwitch({ tone = 'light', testIds = true }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const updateMe = useUpdateMe();
  const errorText = useErrorText();
  const value = toLanguage(i18n.language);

  const change = (next: string) => {
    const language: Language = toLanguage(next);
    if (language === value) {
      return;
    }
    // A session still enrolling its second factor may not change the account yet.
    if (session?.stage !== 'full') {
      void setLanguage(language);
      return;
    }
    // Store first, then switch: once the interface shows the language, the account holds it too.
    updateMe.mutate(
      { language },
      {
        onSettled: () => void setLanguage(language),
        onError: (error) =>
          notifications.show({ color: 'red', title: t('language.saveFailed'), message: errorText(error) }),
      },
    );
  };

  return (
    <SegmentedControl
      data-testid={testIds ? 'lang-switch' : undefined}
      size="xs"
      radius="sm"
      value={value}
      readOnly={updateMe.isPending}
      onChange={change}
      aria-label={t('language.label')}
      className={tone === 'dark' ? 'nr-lang-dark' : undefined}
      data={[
        { value: 'en', label: <span data-testid={testIds ? 'lang-en' : undefined}>{t('language.en')}</span> },
        { value: 'ru', label: <span data-testid={testIds ? 'lang-ru' : undefined}>{t('language.ru')}</span> },
      ]}
    />
  );
}
