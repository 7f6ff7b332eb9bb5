import { useState } from 'react';
import { Button, Group, PasswordInput, Text } from '@mantine/core';
import { IconCheck, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, generatePassword } from './userHelpers';

interface PasswordFieldProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  error?: string;
  testId?: string;
  /** Offer a "generate" button (for passwords set by an administrator). */
  withGenerate?: boolean;
  autoComplete?: string;
}

/** Password input with the "at least 12 characters" hint, a live length check and optional generator. */
export function PasswordField({
  value,
  onChange,
  label,
  error,
  testId,
  withGenerate,
  autoComplete = 'new-password',
}: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const long = value.length >= MIN_PASSWORD_LENGTH;
  const hint = (
    <Group gap={4} component="span" wrap="nowrap">
      {long && <IconCheck size={12} color="var(--mantine-color-teal-6)" />}
      <Text component="span" size="xs" c={long ? 'teal.7' : 'dimmed'}>
        {t('password.hint', { count: MIN_PASSWORD_LENGTH })}
      </Text>
    </Group>
  );
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <PasswordInput
        label={label}
        description={hint}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        autoComplete={autoComplete}
        visible={visible}
        onVisibilityChange={setVisible}
        required
        style={{ flex: 1 }}
        data-testid={testId}
      />
      {withGenerate && (
        <Button
          variant="default"
          mt={44}
          leftSection={<IconRefresh size={14} />}
          onClick={() => {
            onChange(generatePassword());
            setVisible(true);
          }}
          size="sm"
        >
          {t('password.generate')}
        </Button>
      )}
    </Group>
  );
}
