import { Button, Group, List, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { useCreateOrg } from '../../api/orgs';
import type { CreateOrgBody, Org, OrgKind } from '../../api/types';
import { AnchorLink } from '../../components/anchor-link';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';

type ChildKind = CreateOrgBody['kind'];

/** Kinds that may sit directly under each kind (mirrors the server's rule; the server decides). */
const childKinds: Record<OrgKind, readonly ChildKind[]> = {
  sector: ['group', 'organisation'],
  group: ['organisation'],
  organisation: ['unit'],
  unit: ['unit'],
};

function CreateChildForm({ parent }: { parent: Org }) {
  const { t } = useTranslation();
  const create = useCreateOrg();
  const allowed = childKinds[parent.kind];
  const [kind, setKind] = useState<ChildKind>(childKinds[parent.kind][0] ?? 'unit');
  const [name, setName] = useState('');
  const [cvr, setCvr] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    const trimmedCvr = cvr.trim();
    create.mutate(
      { parentId: parent.id, kind, name: name.trim(), ...(trimmedCvr ? { cvr: trimmedCvr } : {}) },
      {
        onSuccess: (org) => {
          setStatus(t('admin.created', { name: org.name }));
          setName('');
          setCvr('');
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="create-child-heading">
      <Title order={3} id="create-child-heading" mt="md" mb="xs">
        {t('admin.createChild')}
      </Title>
      <Stack gap="sm">
        <StatusMessage message={status} />
        <ErrorAlert error={create.error} fields={['kind', 'name', 'cvr']} />
        <NativeSelect
          label={t('admin.childKind')}
          name="kind"
          value={kind}
          data={allowed.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const next = allowed.find((k) => k === value);
            if (next) setKind(next);
          }}
          error={fieldError(create.error, 'kind')}
        />
        <TextInput
          label={t('admin.childName')}
          name="childName"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldError(create.error, 'name')}
        />
        <TextInput
          label={t('admin.childCvr')}
          description={t('admin.cvrHint')}
          name="childCvr"
          inputMode="numeric"
          value={cvr}
          onChange={(event) => setCvr(event.currentTarget.value)}
          error={fieldError(create.error, 'cvr')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('admin.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ChildOrgs({ org, childOrgs, canEdit }: { org: Org; childOrgs: Org[]; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="children-heading">
      <Title order={2} id="children-heading" mb="sm">
        {t('admin.children')}
      </Title>
      {childOrgs.length === 0 ? (
        <Text>{t('admin.noChildren')}</Text>
      ) : (
        <List spacing="xs">
          {childOrgs.map((child) => (
            <List.Item key={child.id}>
              <AnchorLink to="/o/$orgId/admin" params={{ orgId: child.id }}>
                {child.name}
              </AnchorLink>{' '}
              <Text span size="sm">
                ({t(`orgKind.${child.kind}`)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {canEdit ? <CreateChildForm parent={org} /> : null}
    </Paper>
  );
}
