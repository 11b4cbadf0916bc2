import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLASSIFICATIONS,
  type Classification,
  type DocumentDto,
  useUpdateDocument,
} from '../../api/documents';
import { fieldError } from '../../api/errors';
import { usePeopleOptions } from '../../api/member-options';
import { ROLES, type Role } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useOrgContext } from '../orgs/use-org-context';

/**
 * The settings of a document (its text changes through versions): title, owner, classification,
 * audience and review interval, and archiving. The audience decides who must acknowledge it.
 */
export function DocumentSettingsForm({
  orgId,
  document,
  onDone,
}: {
  orgId: string;
  document: DocumentDto;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { orgs } = useOrgContext(orgId);
  const people = usePeopleOptions(orgId);
  const update = useUpdateDocument(orgId, document.id);
  const [title, setTitle] = useState(document.title);
  const [description, setDescription] = useState(document.description ?? '');
  const [ownerUserId, setOwnerUserId] = useState(document.ownerUserId ?? '');
  const [classification, setClassification] = useState<Classification>(document.classification);
  const [intervalMonths, setIntervalMonths] = useState<number | ''>(document.reviewIntervalMonths);
  const [whole, setWhole] = useState(document.audience.wholeOrganisation);
  const [unitIds, setUnitIds] = useState<string[]>(document.audience.unitIds);
  const [roles, setRoles] = useState<Role[]>(document.audience.roles);
  const [archived, setArchived] = useState(document.archived);

  // Units below the document's organisation: the audience may be narrowed to them.
  const units = useMemo(() => {
    const all = orgs.data ?? [];
    const below = new Set([orgId]);
    const result: { id: string; name: string }[] = [];
    let grew = true;
    while (grew) {
      grew = false;
      for (const org of all) {
        if (org.parentId && below.has(org.parentId) && !below.has(org.id)) {
          below.add(org.id);
          grew = true;
          if (org.kind === 'unit') result.push({ id: org.id, name: org.name });
        }
      }
    }
    return result;
  }, [orgs.data, orgId]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      {
        version: document.version,
        title: title.trim(),
        description: description.trim() || null,
        ownerUserId: ownerUserId || null,
        classification,
        ...(intervalMonths === '' ? {} : { reviewIntervalMonths: intervalMonths }),
        audience: { wholeOrganisation: whole, unitIds: whole ? [] : unitIds, roles: whole ? [] : roles },
        archived,
      },
      { onSuccess: () => onDone(t('policyDoc.settings.saved')) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" mt="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('policyDoc.fields.title')}
            required
            maxLength={300}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={fieldError(update.error, 'title')}
          />
          <NativeSelect
            label={t('policyDoc.fields.owner')}
            value={ownerUserId}
            data={[
              { value: '', label: t('policyDoc.settings.noOwner') },
              ...(people.data ?? []).map((person) => ({ value: person.userId, label: person.name })),
              ...(document.ownerUserId && !people.data?.some((p) => p.userId === document.ownerUserId)
                ? [{ value: document.ownerUserId, label: document.ownerName ?? document.ownerUserId }]
                : []),
            ]}
            onChange={(event) => setOwnerUserId(event.currentTarget.value)}
            error={fieldError(update.error, 'ownerUserId')}
          />
          <NativeSelect
            label={t('policyDoc.fields.classification')}
            value={classification}
            data={CLASSIFICATIONS.map((code) => ({
              value: code,
              label: t(`policyDoc.classification.${code}`),
            }))}
            onChange={(event) => setClassification(event.currentTarget.value as Classification)}
          />
          <NumberInput
            label={t('policyDoc.settings.interval')}
            min={1}
            max={60}
            allowDecimal={false}
            value={intervalMonths}
            onChange={(value) => setIntervalMonths(typeof value === 'number' ? value : '')}
            error={fieldError(update.error, 'reviewIntervalMonths')}
          />
        </SimpleGrid>
        <Textarea
          label={t('policyDoc.settings.description')}
          autosize
          minRows={2}
          maxLength={2000}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <Checkbox
          label={t('policyDoc.audience.whole')}
          description={t('policyDoc.settings.wholeHint')}
          checked={whole}
          onChange={(event) => setWhole(event.currentTarget.checked)}
        />
        {whole ? null : (
          <>
            {units.length ? (
              <Checkbox.Group label={t('policyDoc.settings.units')} value={unitIds} onChange={setUnitIds}>
                <Group gap="md" mt="xs">
                  {units.map((unit) => (
                    <Checkbox key={unit.id} value={unit.id} label={unit.name} />
                  ))}
                </Group>
              </Checkbox.Group>
            ) : null}
            <Checkbox.Group
              label={t('policyDoc.settings.roles')}
              value={roles}
              onChange={(value) => setRoles(value as Role[])}
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={4} mt="xs">
                {ROLES.map((role) => (
                  <Checkbox key={role} value={role} label={t(`role.${role}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </>
        )}
        <Checkbox
          label={t('policyDoc.settings.archived')}
          checked={archived}
          onChange={(event) => setArchived(event.currentTarget.checked)}
        />
        <ErrorAlert error={update.error} fields={['title', 'ownerUserId', 'reviewIntervalMonths']} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('policyDoc.settings.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
