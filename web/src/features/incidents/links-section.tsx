import { Button, Group, List, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllAssets } from '../../api/assets';
import { fieldError } from '../../api/errors';
import {
  type Incident,
  type IncidentLinkKind,
  useAddIncidentLink,
  useRemoveIncidentLink,
} from '../../api/incidents';
import { useRisks } from '../../api/risks';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { Section } from '../../components/section';

const KINDS: readonly IncidentLinkKind[] = ['asset', 'risk', 'supplier'];

/** Affected assets and suppliers and the risks the incident bears on: from the registers, or by name. */
export function LinksSection({
  orgId,
  incident,
  canManage,
}: {
  orgId: string;
  incident: Incident;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const add = useAddIncidentLink(orgId, incident.id);
  const remove = useRemoveIncidentLink(orgId, incident.id);
  const [kind, setKind] = useState<IncidentLinkKind>('asset');
  const [targetId, setTargetId] = useState('');
  const [label, setLabel] = useState('');
  const [missing, setMissing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const assets = useAllAssets(orgId, canManage && kind === 'asset');
  const risks = useRisks(orgId, {});
  const registered =
    kind === 'asset'
      ? (assets.data ?? []).map((asset) => ({ id: asset.id, label: asset.name }))
      : kind === 'risk'
        ? risks.items.map((risk) => ({
            id: risk.id,
            label: risk.title,
          }))
        : [];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = registered.find((item) => item.id === targetId);
    const name = chosen?.label ?? label.trim();
    setMissing(!name);
    if (!name) return;
    add.mutate(
      { kind, targetId: chosen?.id ?? null, label: name },
      {
        onSuccess: (link) => {
          setStatus(t('incident.links.added', { label: link.label }));
          setTargetId('');
          setLabel('');
        },
      },
    );
  };

  return (
    <Section title={t('incident.links.title')} id="links">
      <StatusMessage message={status} />
      {incident.links.length === 0 ? (
        <Text mb="sm">{t('incident.links.empty')}</Text>
      ) : (
        <List mb="md" spacing="xs">
          {incident.links.map((link) => (
            <List.Item key={link.id}>
              <Group gap="xs">
                <Text span>
                  {t(`incident.links.kind.${link.kind}`)}: {link.label}
                </Text>
                {canManage ? (
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={t('incident.links.removeFor', { label: link.label })}
                    loading={remove.isPending && remove.variables === link.id}
                    onClick={() =>
                      remove.mutate(link.id, {
                        onSuccess: () => setStatus(t('incident.links.removed', { label: link.label })),
                      })
                    }
                  >
                    {t('incident.links.remove')}
                  </Button>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <ErrorAlert error={remove.error} />
      {canManage ? (
        <form onSubmit={onSubmit} noValidate aria-label={t('incident.links.add')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <NativeSelect
                label={t('incident.links.kindLabel')}
                value={kind}
                data={KINDS.map((code) => ({ value: code, label: t(`incident.links.kind.${code}`) }))}
                onChange={(event) => {
                  setKind(event.currentTarget.value as IncidentLinkKind);
                  setTargetId('');
                }}
              />
              {registered.length ? (
                <NativeSelect
                  label={t('incident.links.fromRegister')}
                  value={targetId}
                  data={[
                    { value: '', label: t('incident.links.notInRegister') },
                    ...registered.map((item) => ({ value: item.id, label: item.label })),
                  ]}
                  onChange={(event) => setTargetId(event.currentTarget.value)}
                />
              ) : null}
              {targetId ? null : (
                <TextInput
                  label={t('incident.links.name')}
                  maxLength={300}
                  value={label}
                  onChange={(event) => setLabel(event.currentTarget.value)}
                  error={missing ? t('incident.links.nameRequired') : fieldError(add.error, 'label')}
                />
              )}
            </SimpleGrid>
            <ErrorAlert error={add.error} fields={['label']} />
            <Group>
              <Button type="submit" variant="default" loading={add.isPending}>
                {t('incident.links.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Section>
  );
}
