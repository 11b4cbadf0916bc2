import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/** Shows the server's (localized) error message, or a generic one for unexpected failures. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.message : t('errors.generic');
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert" my="sm">
      {message}
    </Alert>
  );
}

export function NoAccess({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t('errors.noAccessTitle')} my="sm">
      {message}
    </Alert>
  );
}

/** A polite live region for "saved" style confirmations. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <Alert color="green" variant="light" my="sm">
          {message}
        </Alert>
      ) : null}
    </div>
  );
}
