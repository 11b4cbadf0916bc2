import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, isApiError } from '../../api/errors';
import { useUpdateOrg } from '../../api/orgs';
import type { Org } from '../../api/types';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';

export function OrgDetailsForm({ org, canEdit }: { org: Org; canEdit: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateOrg(org.id);
  const [name, setName] = useState(org.name);
  const [cvr, setCvr] = useState(org.cvr ?? '');
  const [status, setStatus] = useState<string | null>(null);

  // Load the server's values whenever a newer version arrives (after saving or a conflict).
  useEffect(() => {
    setName(org.name);
    setCvr(org.cvr ?? '');
  }, [org.name, org.cvr]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    const trimmedCvr = cvr.trim();
    update.mutate(
      {
        version: org.version,
        name: name.trim(),
        ...(trimmedCvr !== (org.cvr ?? '') ? { cvr: trimmedCvr || null } : {}),
      },
      { onSuccess: () => setStatus(t('admin.saved')) },
    );
  };

  const conflict = isApiError(update.error) && update.error.code === 'version_conflict';

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="org-details-heading">
      <Title order={2} id="org-details-heading" mb="sm">
        {t('admin.details')}
      </Title>
      {canEdit ? (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <StatusMessage message={status} />
            {conflict ? (
              <ErrorAlert error={update.error} title={t('admin.conflict')} />
            ) : (
              <ErrorAlert error={update.error} fields={['name', 'cvr']} />
            )}
            <Text>
              <strong>{t('admin.kind')}:</strong> {t(`orgKind.${org.kind}`)}
            </Text>
            <TextInput
              label={t('admin.name')}
              name="name"
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={fieldError(update.error, 'name')}
            />
            <TextInput
              label={t('admin.cvr')}
              description={t('admin.cvrHint')}
              name="cvr"
              inputMode="numeric"
              value={cvr}
              onChange={(event) => setCvr(event.currentTarget.value)}
              error={fieldError(update.error, 'cvr')}
            />
            <Group>
              <Button type="submit" loading={update.isPending}>
                {t('admin.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <>
          <dl className="description-list">
            <dt>{t('admin.name')}</dt>
            <dd>{org.name}</dd>
            <dt>{t('admin.kind')}</dt>
            <dd>{t(`orgKind.${org.kind}`)}</dd>
            <dt>{t('admin.cvr')}</dt>
            <dd>{org.cvr ?? t('common.none')}</dd>
          </dl>
          <Text size="sm" mt="sm" c="dimmed">
            {t('admin.readOnly')}
          </Text>
        </>
      )}
    </Paper>
  );
}
