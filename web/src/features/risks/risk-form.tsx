import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllAssets } from '../../api/assets';
import { fieldError } from '../../api/errors';
import { usePeopleOptions } from '../../api/member-options';
import {
  type CreateRiskBody,
  RISK_TREATMENTS,
  type Risk,
  type RiskMatrix,
  type RiskTreatment,
  useRiskMatrix,
} from '../../api/risks';
import { ErrorAlert } from '../../components/error-alert';
import { RecordMultiPicker } from '../../components/record-multi-picker';
import { LevelBadge, previewScore } from './level-badge';

type Level = number | null;

export interface RiskFormValues {
  title: string;
  description: string;
  ownerUserId: string;
  assetIds: string[];
  likelihood: Level;
  consequenceOrganisation: Level;
  consequencePatientSafety: Level;
  consequenceDataSubject: Level;
  existingControls: string;
  plannedControls: string;
  residualLikelihood: Level;
  residualConsequenceOrganisation: Level;
  residualConsequencePatientSafety: Level;
  residualConsequenceDataSubject: Level;
  treatment: RiskTreatment | '';
  treatmentNote: string;
  reviewDate: string;
}

export function riskValuesOf(risk: Risk | null): RiskFormValues {
  return {
    title: risk?.title ?? '',
    description: risk?.description ?? '',
    ownerUserId: risk?.ownerUserId ?? '',
    assetIds: risk?.assets.map((asset) => asset.id) ?? [],
    likelihood: risk?.likelihood ?? null,
    consequenceOrganisation: risk?.consequenceOrganisation ?? null,
    consequencePatientSafety: risk?.consequencePatientSafety ?? null,
    consequenceDataSubject: risk?.consequenceDataSubject ?? null,
    existingControls: risk?.existingControls ?? '',
    plannedControls: risk?.plannedControls ?? '',
    residualLikelihood: risk?.residualLikelihood ?? null,
    residualConsequenceOrganisation: risk?.residualConsequenceOrganisation ?? null,
    residualConsequencePatientSafety: risk?.residualConsequencePatientSafety ?? null,
    residualConsequenceDataSubject: risk?.residualConsequenceDataSubject ?? null,
    treatment: risk?.treatment ?? '',
    treatmentNote: risk?.treatmentNote ?? '',
    reviewDate: risk?.reviewDate ?? '',
  };
}

/** The request body (without status, threats and version, which the pages add). */
export function riskBodyOf(values: RiskFormValues): Omit<CreateRiskBody, 'status' | 'threatIds'> {
  return {
    title: values.title.trim(),
    description: values.description.trim() || null,
    ownerUserId: values.ownerUserId || null,
    assetIds: values.assetIds,
    likelihood: values.likelihood ?? 0,
    consequenceOrganisation: values.consequenceOrganisation,
    consequencePatientSafety: values.consequencePatientSafety,
    consequenceDataSubject: values.consequenceDataSubject,
    existingControls: values.existingControls.trim() || null,
    plannedControls: values.plannedControls.trim() || null,
    residualLikelihood: values.residualLikelihood,
    residualConsequenceOrganisation: values.residualConsequenceOrganisation,
    residualConsequencePatientSafety: values.residualConsequencePatientSafety,
    residualConsequenceDataSubject: values.residualConsequenceDataSubject,
    treatment: values.treatment || null,
    treatmentNote: values.treatmentNote.trim() || null,
    ...(values.reviewDate ? { reviewDate: values.reviewDate } : {}),
  };
}

const isTreatment = (value: string): value is RiskTreatment => RISK_TREATMENTS.some((item) => item === value);

interface LevelSelectProps {
  label: string;
  name: string;
  value: Level;
  levels: RiskMatrix['likelihoodLevels'];
  optional?: boolean;
  error?: string;
  onChange: (value: Level) => void;
}

/** A matrix level, shown with its number and the organisation's label (e.g. "3 – Moderat"). */
function LevelSelect({ label, name, value, levels, optional, error, onChange }: LevelSelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      name={name}
      value={value === null ? '' : String(value)}
      error={error}
      data={[
        { value: '', label: optional ? t('risks.notAssessed') : t('risks.choose') },
        ...levels.map((level) => ({ value: String(level.level), label: `${level.level} – ${level.label}` })),
      ]}
      onChange={(event) => onChange(event.currentTarget.value ? Number(event.currentTarget.value) : null)}
    />
  );
}

function ScoreLine({
  matrix,
  likelihood,
  consequences,
}: {
  matrix: RiskMatrix | undefined;
  likelihood: Level;
  consequences: Level[];
}) {
  const { t } = useTranslation();
  const preview = previewScore(matrix, likelihood, consequences);
  return (
    <div role="status" aria-live="polite">
      {preview ? (
        <Group gap="xs">
          <Text span>{t('risks.previewScore')}</Text>
          <LevelBadge score={preview.score} level={preview.level} />
          {preview.aboveTolerance ? (
            <Text span size="sm" fw={600}>
              {t('risks.aboveTolerance', { tolerance: matrix?.tolerance ?? '' })}
            </Text>
          ) : null}
        </Group>
      ) : (
        <Text size="sm">{t('risks.previewMissing')}</Text>
      )}
    </div>
  );
}

interface RiskFormProps {
  orgId: string;
  /** The form's accessible name (what it does). */
  label: string;
  initial: RiskFormValues;
  /** Shown above the fields (the threat picker when creating). */
  header?: ReactNode;
  /** A title to start from (the chosen threat's); replaces the title until the user writes their own. */
  suggestedTitle?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: RiskFormValues) => void;
  onCancel: () => void;
}

/** A risk scenario: what could happen, to what, how likely, how bad, and what is done about it. */
export function RiskForm({
  orgId,
  label,
  initial,
  header,
  suggestedTitle,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: RiskFormProps) {
  const { t } = useTranslation();
  const matrix = useRiskMatrix(orgId);
  const people = usePeopleOptions(orgId);
  const assets = useAllAssets(orgId);
  const [values, setValues] = useState(initial);
  const set = <K extends keyof RiskFormValues>(key: K, value: RiskFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const lastSuggestion = useRef('');
  useEffect(() => {
    if (suggestedTitle === undefined) return;
    const previous = lastSuggestion.current;
    lastSuggestion.current = suggestedTitle;
    setValues((current) =>
      current.title.trim() === '' || current.title === previous
        ? { ...current, title: suggestedTitle }
        : current,
    );
  }, [suggestedTitle]);

  const likelihoods = matrix.data?.likelihoodLevels ?? [];
  const consequences = matrix.data?.consequenceLevels ?? [];
  const assetOptions = useMemo(
    () => (assets.data ?? []).map((asset) => ({ value: asset.id, label: asset.name })),
    [assets.data],
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  const levelSelect = (
    key:
      | 'likelihood'
      | 'consequenceOrganisation'
      | 'consequencePatientSafety'
      | 'consequenceDataSubject'
      | 'residualLikelihood'
      | 'residualConsequenceOrganisation'
      | 'residualConsequencePatientSafety'
      | 'residualConsequenceDataSubject',
  ) => (
    <LevelSelect
      label={t(`risks.fields.${key}`)}
      name={key}
      value={values[key]}
      levels={key.toLowerCase().includes('likelihood') ? likelihoods : consequences}
      optional={key !== 'likelihood'}
      error={fieldError(error, key)}
      onChange={(value) => set(key, value)}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="md">
        {header}
        <ErrorAlert
          error={error}
          fields={[
            'title',
            'ownerUserId',
            'likelihood',
            'consequenceOrganisation',
            'residualLikelihood',
            'reviewDate',
          ]}
        />
        <Fieldset legend={t('risks.scenarioLegend')}>
          <Stack gap="sm">
            <TextInput
              label={t('risks.fields.title')}
              name="title"
              required
              value={values.title}
              onChange={(event) => set('title', event.currentTarget.value)}
              error={fieldError(error, 'title')}
            />
            <Textarea
              label={t('risks.fields.description')}
              description={t('risks.descriptionHint')}
              name="description"
              autosize
              minRows={2}
              value={values.description}
              onChange={(event) => set('description', event.currentTarget.value)}
            />
            <NativeSelect
              label={t('risks.fields.owner')}
              description={t('risks.ownerHint')}
              name="ownerUserId"
              value={values.ownerUserId}
              data={[
                { value: '', label: t('risks.noOwner') },
                ...(people.data ?? []).map((person) => ({ value: person.userId, label: person.name })),
              ]}
              onChange={(event) => set('ownerUserId', event.currentTarget.value)}
              error={fieldError(error, 'ownerUserId')}
            />
          </Stack>
        </Fieldset>

        <RecordMultiPicker
          label={t('risks.assetsLegend')}
          placeholder={t('risks.assetFilter')}
          nothingFound={t('risks.noAssets')}
          options={assetOptions}
          value={values.assetIds}
          onChange={(ids) => set('assetIds', ids)}
          error={fieldError(error, 'assetIds')}
        />

        <Fieldset legend={t('risks.inherentLegend')}>
          <Text size="sm" mb="sm">
            {t('risks.inherentHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {levelSelect('likelihood')}
            {levelSelect('consequenceOrganisation')}
            {levelSelect('consequencePatientSafety')}
            {levelSelect('consequenceDataSubject')}
          </SimpleGrid>
          <Stack mt="sm" gap="xs">
            <ScoreLine
              matrix={matrix.data}
              likelihood={values.likelihood}
              consequences={[
                values.consequenceOrganisation,
                values.consequencePatientSafety,
                values.consequenceDataSubject,
              ]}
            />
          </Stack>
          <Textarea
            mt="sm"
            label={t('risks.fields.existingControls')}
            name="existingControls"
            autosize
            minRows={2}
            value={values.existingControls}
            onChange={(event) => set('existingControls', event.currentTarget.value)}
          />
        </Fieldset>

        <Fieldset legend={t('risks.treatmentLegend')}>
          <Stack gap="sm">
            <NativeSelect
              label={t('risks.fields.treatment')}
              name="treatment"
              value={values.treatment}
              data={[
                { value: '', label: t('risks.treatmentUndecided') },
                ...RISK_TREATMENTS.map((value) => ({ value, label: t(`risks.treatments.${value}`) })),
              ]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                set('treatment', isTreatment(value) ? value : '');
              }}
            />
            <Textarea
              label={t('risks.fields.plannedControls')}
              name="plannedControls"
              autosize
              minRows={2}
              value={values.plannedControls}
              onChange={(event) => set('plannedControls', event.currentTarget.value)}
            />
            <Textarea
              label={t('risks.fields.treatmentNote')}
              name="treatmentNote"
              autosize
              minRows={1}
              value={values.treatmentNote}
              onChange={(event) => set('treatmentNote', event.currentTarget.value)}
            />
            <TextInput
              label={t('risks.fields.reviewDate')}
              description={t('risks.reviewDateHint')}
              name="reviewDate"
              type="date"
              maw={260}
              value={values.reviewDate}
              onChange={(event) => set('reviewDate', event.currentTarget.value)}
              error={fieldError(error, 'reviewDate')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('risks.residualLegend')}>
          <Text size="sm" mb="sm">
            {t('risks.residualHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {levelSelect('residualLikelihood')}
            {levelSelect('residualConsequenceOrganisation')}
            {levelSelect('residualConsequencePatientSafety')}
            {levelSelect('residualConsequenceDataSubject')}
          </SimpleGrid>
          <Stack mt="sm" gap="xs">
            <ScoreLine
              matrix={matrix.data}
              likelihood={values.residualLikelihood}
              consequences={[
                values.residualConsequenceOrganisation,
                values.residualConsequencePatientSafety,
                values.residualConsequenceDataSubject,
              ]}
            />
          </Stack>
        </Fieldset>

        {matrix.isError ? (
          <Alert color="orange" variant="light">
            {t('risks.matrixMissing')}
          </Alert>
        ) : null}
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
