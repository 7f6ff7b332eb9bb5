import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  value: string;
  testId?: string;
}

/** Monospace value with a copy-to-clipboard button. */
export function CopyField({ value, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" className="nr-copy-field">
      <Code block data-testid={testId} className="nr-secret" style={{ flex: 1 }}>
        {value}
      </Code>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
            <ActionIcon
              variant="light"
              color={copied ? 'teal' : 'navy'}
              size="lg"
              onClick={copy}
              aria-label={t('common.copy')}
            >
              {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
