import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { ErrorAlert } from '../../components/error-alert';

/** The server refused free text that looks like it holds a CPR number, until the user confirms. */
export const isCprWarning = (error: unknown): boolean =>
  isApiError(error) && error.code === 'incident_cpr_found';

interface SaveErrorProps {
  error: unknown;
  /** Labels of the form's fields by API path, to say where the number is. */
  fieldLabels: Record<string, string>;
  onConfirm: () => void;
  pending?: boolean;
  /** Fields that show their own error message (not repeated in the alert). */
  fields?: readonly string[];
}

/**
 * The error of a save: the CPR warning with a way to confirm, or the server's message. The
 * warning says where, never repeats the number, and lets the user fix the text instead.
 */
export function SaveError({ error, fieldLabels, onConfirm, pending, fields }: SaveErrorProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!isCprWarning(error) || !isApiError(error)) return <ErrorAlert error={error} fields={fields} />;
  const where = [...new Set(error.fields.map((field) => fieldLabels[field.path] ?? field.path))];
  return (
    <Alert color="orange" variant="light" role="alert" title={t('incident.cpr.title')} my="sm">
      <Text mb="xs">{error.message}</Text>
      {where.length ? (
        <>
          <Text size="sm" fw={600}>
            {t('incident.cpr.where')}
          </Text>
          <List size="sm" mb="xs">
            {where.map((label) => (
              <List.Item key={label}>{label}</List.Item>
            ))}
          </List>
        </>
      ) : null}
      <Text size="sm" mb="sm">
        {t('incident.cpr.advice')}
      </Text>
      <Group gap="sm">
        <Button onClick={onConfirm} loading={pending}>
          {t('incident.cpr.confirm')}
        </Button>
      </Group>
    </Alert>
  );
}
