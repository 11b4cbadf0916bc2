import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSET_HOSTINGS,
  ASSET_KINDS,
  type Asset,
  type AssetHosting,
  type AssetKind,
  type CreateAssetBody,
  RATINGS,
  useAllAssets,
} from '../../api/assets';
import { fieldError } from '../../api/errors';
import { usePeopleOptions } from '../../api/member-options';
import { ErrorAlert } from '../../components/error-alert';
import { RecordMultiPicker } from '../../components/record-multi-picker';
import { ratingKey } from './ratings';

export interface AssetFormValues {
  name: string;
  kind: AssetKind;
  description: string;
  ownerUserId: string;
  criticality: number;
  confidentiality: number;
  integrity: number;
  availability: number;
  personalData: boolean;
  healthData: boolean;
  legacy: boolean;
  endOfSupport: string;
  supplier: string;
  hosting: AssetHosting | '';
  clinicalCritical: boolean;
  dependsOnIds: string[];
}

export function valuesOf(asset: Asset | null, defaultOwner: string): AssetFormValues {
  return {
    name: asset?.name ?? '',
    kind: asset?.kind ?? 'system',
    description: asset?.description ?? '',
    ownerUserId: asset ? (asset.ownerUserId ?? '') : defaultOwner,
    criticality: asset?.criticality ?? 2,
    confidentiality: asset?.confidentiality ?? 2,
    integrity: asset?.integrity ?? 2,
    availability: asset?.availability ?? 2,
    personalData: asset?.personalData ?? false,
    healthData: asset?.healthData ?? false,
    legacy: asset?.legacy ?? false,
    endOfSupport: asset?.endOfSupport ?? '',
    supplier: asset?.supplier ?? '',
    hosting: asset?.hosting ?? '',
    clinicalCritical: asset?.clinicalCritical ?? false,
    dependsOnIds: asset?.dependsOn.map((ref) => ref.id) ?? [],
  };
}

export function bodyOf(values: AssetFormValues): CreateAssetBody {
  return {
    name: values.name.trim(),
    kind: values.kind,
    description: values.description.trim() || null,
    ownerUserId: values.ownerUserId || null,
    criticality: values.criticality,
    confidentiality: values.confidentiality,
    integrity: values.integrity,
    availability: values.availability,
    // Health data is a special category of personal data.
    personalData: values.personalData || values.healthData,
    healthData: values.healthData,
    legacy: values.legacy,
    endOfSupport: values.legacy && values.endOfSupport ? values.endOfSupport : null,
    supplier: values.supplier.trim() || null,
    hosting: values.hosting || null,
    clinicalCritical: values.kind === 'process' && values.clinicalCritical,
    dependsOnIds: values.dependsOnIds,
  };
}

interface AssetFormProps {
  orgId: string;
  /** The form's accessible name (what it does). */
  label: string;
  initial: AssetFormValues;
  /** The asset being edited (it cannot depend on itself). */
  assetId?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: AssetFormValues) => void;
  onCancel: () => void;
}

const isKind = (value: string): value is AssetKind => ASSET_KINDS.some((kind) => kind === value);
const isHosting = (value: string): value is AssetHosting => ASSET_HOSTINGS.some((h) => h === value);

/** Register or change an asset: what it is, who owns it, how critical, what it depends on. */
export function AssetForm({
  orgId,
  label,
  initial,
  assetId,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: AssetFormProps) {
  const { t } = useTranslation();
  const people = usePeopleOptions(orgId);
  const assets = useAllAssets(orgId);
  const [values, setValues] = useState(initial);
  const set = <K extends keyof AssetFormValues>(key: K, value: AssetFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const candidates = useMemo(
    () =>
      (assets.data ?? [])
        .filter((asset) => asset.id !== assetId)
        .map((asset) => ({ value: asset.id, label: `${asset.name} (${t(`assets.kinds.${asset.kind}`)})` })),
    [assets.data, assetId, t],
  );

  const ratingData = RATINGS.map((value) => ({
    value: String(value),
    label: `${value} – ${t(ratingKey(value))}`,
  }));
  const rating = (key: 'criticality' | 'confidentiality' | 'integrity' | 'availability') => (
    <NativeSelect
      label={t(`assets.${key}`)}
      name={key}
      value={String(values[key])}
      data={ratingData}
      onChange={(event) => set(key, Number(event.currentTarget.value))}
      error={fieldError(error, key)}
    />
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="md">
        <ErrorAlert
          error={error}
          fields={['name', 'kind', 'description', 'ownerUserId', 'endOfSupport', 'supplier', 'dependsOnIds']}
        />
        <Paper withBorder p="md">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('assets.name')}
                name="name"
                required
                value={values.name}
                onChange={(event) => set('name', event.currentTarget.value)}
                error={fieldError(error, 'name')}
              />
              <NativeSelect
                label={t('assets.kind')}
                name="kind"
                value={values.kind}
                data={ASSET_KINDS.map((kind) => ({ value: kind, label: t(`assets.kinds.${kind}`) }))}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isKind(value)) set('kind', value);
                }}
                error={fieldError(error, 'kind')}
              />
            </SimpleGrid>
            <Textarea
              label={t('assets.description')}
              name="description"
              autosize
              minRows={2}
              value={values.description}
              onChange={(event) => set('description', event.currentTarget.value)}
              error={fieldError(error, 'description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect
                label={t('assets.owner')}
                name="ownerUserId"
                value={values.ownerUserId}
                data={[
                  { value: '', label: t('assets.noOwner') },
                  ...(people.data ?? []).map((person) => ({ value: person.userId, label: person.name })),
                ]}
                onChange={(event) => set('ownerUserId', event.currentTarget.value)}
                error={fieldError(error, 'ownerUserId')}
              />
              {rating('criticality')}
            </SimpleGrid>
          </Stack>
        </Paper>

        <Fieldset legend={t('assets.ciaLegend')}>
          <Text size="sm" mb="sm">
            {t('assets.ciaHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {rating('confidentiality')}
            {rating('integrity')}
            {rating('availability')}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('assets.dataLegend')}>
          <Stack gap="xs">
            <Checkbox
              label={t('assets.personalData')}
              checked={values.personalData || values.healthData}
              disabled={values.healthData}
              onChange={(event) => set('personalData', event.currentTarget.checked)}
            />
            <Checkbox
              label={t('assets.healthData')}
              description={t('assets.healthDataHint')}
              checked={values.healthData}
              onChange={(event) => set('healthData', event.currentTarget.checked)}
            />
            {values.kind === 'process' ? (
              <Checkbox
                label={t('assets.clinicalCritical')}
                description={t('assets.clinicalCriticalHint')}
                checked={values.clinicalCritical}
                onChange={(event) => set('clinicalCritical', event.currentTarget.checked)}
              />
            ) : null}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('assets.operationLegend')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('assets.supplier')}
                name="supplier"
                value={values.supplier}
                onChange={(event) => set('supplier', event.currentTarget.value)}
                error={fieldError(error, 'supplier')}
              />
              <NativeSelect
                label={t('assets.hosting')}
                name="hosting"
                value={values.hosting}
                data={[
                  { value: '', label: t('assets.hostingUnknown') },
                  ...ASSET_HOSTINGS.map((hosting) => ({
                    value: hosting,
                    label: t(`assets.hostings.${hosting}`),
                  })),
                ]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  set('hosting', isHosting(value) ? value : '');
                }}
              />
            </SimpleGrid>
            <Checkbox
              label={t('assets.legacy')}
              description={t('assets.legacyHint')}
              checked={values.legacy}
              onChange={(event) => set('legacy', event.currentTarget.checked)}
            />
            {values.legacy ? (
              <TextInput
                label={t('assets.endOfSupport')}
                name="endOfSupport"
                type="date"
                maw={260}
                value={values.endOfSupport}
                onChange={(event) => set('endOfSupport', event.currentTarget.value)}
                error={fieldError(error, 'endOfSupport')}
              />
            ) : null}
          </Stack>
        </Fieldset>

        <RecordMultiPicker
          label={t('assets.dependsOnLegend')}
          description={t('assets.dependsOnHint')}
          placeholder={t('assets.dependencyFilter')}
          nothingFound={t('assets.noCandidates')}
          options={candidates}
          value={values.dependsOnIds}
          onChange={(ids) => set('dependsOnIds', ids)}
          error={fieldError(error, 'dependsOnIds')}
        />

        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
