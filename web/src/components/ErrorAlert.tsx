import { Alert, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { useErrorText } from './errors';

interface ErrorAlertProps {
  /** Error to show; nothing is rendered when it is null or undefined. */
  error: unknown;
  /** Already translated message to show instead of the catalogue lookup. */
  message?: string | null;
  title?: string;
}

/** Red alert with the translated message of an API error and, when known, its request id. */
export function ErrorAlert({ error, message, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const text = useErrorText();
  if (!error && !message) {
    return null;
  }
  // The request id helps only with server faults, which the administrator looks up in the log.
  const requestId = isApiError(error) && error.status >= 500 ? error.requestId : null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      title={title}
      data-testid="error-alert"
    >
      <Text size="sm">{message ?? text(error)}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4} ff="monospace">
          {t('errors.requestId', { id: requestId })}
        </Text>
      )}
    </Alert>
  );
}
