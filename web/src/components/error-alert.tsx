import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  /** Paths of the form fields that show their own error message. */
  fields?: readonly string[];
}

/** Shows the server's (localized) error message, or a generic one for unexpected failures. */
export function ErrorAlert({ error, title, fields = [] }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  // The same text is already shown at the form field it belongs to.
  const shownAtField =
    isApiError(error) &&
    error.fields.some((field) => fields.includes(field.path) && field.message === error.message);
  if (shownAtField) return null;
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

/** A polite live region for "saved" style confirmations (always rendered, so it is announced). */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <Text className="status-message" my="sm">
          {message}
        </Text>
      ) : null}
    </div>
  );
}
