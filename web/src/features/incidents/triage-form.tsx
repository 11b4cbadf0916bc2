import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_SEVERITIES,
  type Incident,
  type IncidentCategory,
  type IncidentSeverity,
  type TriageBody,
  useTriageIncident,
} from '../../api/incidents';
import { StatusMessage } from '../../components/error-alert';
import { Section } from '../../components/section';
import { TriStateSelect } from '../../components/tri-state-select';
import { fromDanishInput, toDanishInput } from '../../lib/danish-time';
import { isCprWarning, SaveError } from './cpr-warning';
import { incidentLabels } from './labels';

type TextField =
  | 'systems'
  | 'location'
  | 'detectionMethod'
  | 'cause'
  | 'impactDescription'
  | 'containment'
  | 'mitigation'
  | 'participants'
  | 'recurrence'
  | 'relevantLogs'
  | 'indicatorsOfCompromise'
  | 'uthReference';

type YesNoField =
  | 'nis2Significant'
  | 'suspectedMalicious'
  | 'crossBorder'
  | 'patientSafetyImpact'
  | 'suspectedCrime';

interface TriageState extends Record<TextField, string>, Record<YesNoField, boolean | null> {
  category: IncidentCategory | '';
  severity: IncidentSeverity | '';
  affectsConfidentiality: boolean;
  affectsIntegrity: boolean;
  affectsAvailability: boolean;
  endedAt: string;
}

const TEXT_FIELDS: readonly TextField[] = [
  'systems',
  'location',
  'detectionMethod',
  'cause',
  'impactDescription',
  'containment',
  'mitigation',
  'participants',
  'recurrence',
  'relevantLogs',
  'indicatorsOfCompromise',
  'uthReference',
];
const YES_NO_FIELDS: readonly YesNoField[] = [
  'nis2Significant',
  'suspectedMalicious',
  'crossBorder',
  'patientSafetyImpact',
  'suspectedCrime',
];

function stateOf(incident: Incident): TriageState {
  const texts = Object.fromEntries(TEXT_FIELDS.map((field) => [field, incident[field] ?? ''])) as Record<
    TextField,
    string
  >;
  const yesNo = Object.fromEntries(YES_NO_FIELDS.map((field) => [field, incident[field]])) as Record<
    YesNoField,
    boolean | null
  >;
  return {
    ...texts,
    ...yesNo,
    category: incident.category ?? '',
    severity: incident.severity ?? '',
    affectsConfidentiality: incident.affectsConfidentiality,
    affectsIntegrity: incident.affectsIntegrity,
    affectsAvailability: incident.affectsAvailability,
    endedAt: toDanishInput(incident.endedAt),
  };
}

/** Only what changed is sent, so the timeline says what the officer actually decided. */
function changesOf(incident: Incident, state: TriageState): Omit<TriageBody, 'version'> {
  const before = stateOf(incident);
  const body: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    if (state[field].trim() !== before[field].trim()) body[field] = state[field].trim() || null;
  }
  for (const field of YES_NO_FIELDS) if (state[field] !== before[field]) body[field] = state[field];
  if (state.category !== before.category) body.category = state.category || null;
  if (state.severity !== before.severity) body.severity = state.severity || null;
  for (const field of ['affectsConfidentiality', 'affectsIntegrity', 'affectsAvailability'] as const) {
    if (state[field] !== before[field]) body[field] = state[field];
  }
  if (state.endedAt !== before.endedAt) body.endedAt = state.endedAt ? fromDanishInput(state.endedAt) : null;
  return body as Omit<TriageBody, 'version'>;
}

/** The security officer's triage: classification, severity, NIS2, patient safety, and the facts for the reports. */
export function TriageForm({
  orgId,
  incident,
  canEdit,
}: {
  orgId: string;
  incident: Incident;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const labels = incidentLabels(t);
  const mutation = useTriageIncident(orgId, incident.id);
  const [state, setState] = useState<TriageState>(() => stateOf(incident));
  const [status, setStatus] = useState<string | null>(null);
  // A save (here or by someone else) changes the version: start again from the stored values.
  const [seenVersion, setSeenVersion] = useState(incident.version);
  if (seenVersion !== incident.version) {
    setSeenVersion(incident.version);
    setState(stateOf(incident));
  }

  const set = <K extends keyof TriageState>(key: K, value: TriageState[K]) => {
    setState((current) => ({ ...current, [key]: value }));
    setStatus(null);
    if (isCprWarning(mutation.error)) mutation.reset();
  };

  const save = (acknowledgeCpr: boolean) => {
    const changes = changesOf(incident, state);
    if (Object.keys(changes).length === 0) {
      setStatus(t('incident.triage.nothingChanged'));
      return;
    }
    mutation.mutate(
      { version: incident.version, ...changes, ...(acknowledgeCpr ? { acknowledgeCpr: true } : {}) },
      { onSuccess: () => setStatus(t('incident.triage.saved')) },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(false);
  };

  const text = (field: TextField, multiline = false) => {
    const props = {
      label: t(`incident.fields.${field}`),
      value: state[field],
      disabled: !canEdit,
      error: fieldError(mutation.error, field),
      onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    };
    return multiline ? (
      <Textarea key={field} autosize minRows={2} {...props} />
    ) : (
      <TextInput key={field} {...props} />
    );
  };

  const fieldLabels = Object.fromEntries(TEXT_FIELDS.map((field) => [field, t(`incident.fields.${field}`)]));

  return (
    <Section title={t('incident.triage.title')} id="triage">
      {canEdit ? null : <Text mb="sm">{t('incident.triage.readOnly')}</Text>}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label={t('incident.fields.category')}
              disabled={!canEdit}
              value={state.category}
              data={[
                { value: '', label: t('ismsCommon.notAssessed') },
                ...INCIDENT_CATEGORIES.map((code) => ({ value: code, label: labels.category(code) })),
              ]}
              onChange={(event) => set('category', event.currentTarget.value as IncidentCategory | '')}
            />
            <NativeSelect
              label={t('incident.fields.severity')}
              description={
                state.severity ? labels.severityHint(state.severity) : t('incident.triage.severityHint')
              }
              disabled={!canEdit}
              value={state.severity}
              data={[
                { value: '', label: t('ismsCommon.notAssessed') },
                ...INCIDENT_SEVERITIES.map((code) => ({ value: code, label: labels.severity(code) })),
              ]}
              onChange={(event) => set('severity', event.currentTarget.value as IncidentSeverity | '')}
            />
          </SimpleGrid>
          <Fieldset legend={t('incident.triage.cia')} variant="unstyled">
            <Group gap="lg">
              <Checkbox
                label={t('incident.fields.affectsConfidentiality')}
                disabled={!canEdit}
                checked={state.affectsConfidentiality}
                onChange={(event) => set('affectsConfidentiality', event.currentTarget.checked)}
              />
              <Checkbox
                label={t('incident.fields.affectsIntegrity')}
                disabled={!canEdit}
                checked={state.affectsIntegrity}
                onChange={(event) => set('affectsIntegrity', event.currentTarget.checked)}
              />
              <Checkbox
                label={t('incident.fields.affectsAvailability')}
                disabled={!canEdit}
                checked={state.affectsAvailability}
                onChange={(event) => set('affectsAvailability', event.currentTarget.checked)}
              />
            </Group>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TriStateSelect
              label={t('incident.fields.nis2Significant')}
              description={t('incident.triage.nis2Hint')}
              disabled={!canEdit}
              value={state.nis2Significant}
              onChange={(value) => set('nis2Significant', value)}
            />
            <TriStateSelect
              label={t('incident.fields.patientSafetyImpact')}
              disabled={!canEdit}
              value={state.patientSafetyImpact}
              onChange={(value) => set('patientSafetyImpact', value)}
            />
            {state.patientSafetyImpact ? (
              <TextInput
                label={t('incident.fields.uthReference')}
                description={t('incident.triage.uthHint')}
                disabled={!canEdit}
                value={state.uthReference}
                maxLength={100}
                onChange={(event) => set('uthReference', event.currentTarget.value)}
                error={fieldError(mutation.error, 'uthReference')}
              />
            ) : null}
            <TriStateSelect
              label={t('incident.fields.suspectedMalicious')}
              disabled={!canEdit}
              value={state.suspectedMalicious}
              onChange={(value) => set('suspectedMalicious', value)}
            />
            <TriStateSelect
              label={t('incident.fields.crossBorder')}
              disabled={!canEdit}
              value={state.crossBorder}
              onChange={(value) => set('crossBorder', value)}
            />
            <TriStateSelect
              label={t('incident.fields.suspectedCrime')}
              description={t('incident.triage.crimeHint')}
              disabled={!canEdit}
              value={state.suspectedCrime}
              onChange={(value) => set('suspectedCrime', value)}
            />
          </SimpleGrid>
          <details>
            <summary className="details-summary">{t('incident.triage.factsTitle')}</summary>
            <Text size="sm" my="sm">
              {t('incident.triage.factsIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {text('systems')}
              {text('location')}
              {text('detectionMethod')}
              <TextInput
                type="datetime-local"
                label={t('incident.fields.endedAt')}
                description={t('incident.clock.danishTimeHint')}
                disabled={!canEdit}
                value={state.endedAt}
                onChange={(event) => set('endedAt', event.currentTarget.value)}
                error={fieldError(mutation.error, 'endedAt')}
              />
              {text('cause', true)}
              {text('impactDescription', true)}
              {text('containment', true)}
              {text('mitigation', true)}
              {text('participants', true)}
              {text('recurrence', true)}
              {text('relevantLogs', true)}
              {text('indicatorsOfCompromise', true)}
            </SimpleGrid>
          </details>
          <StatusMessage message={status} />
          {canEdit ? (
            <>
              <SaveError
                error={mutation.error}
                fieldLabels={fieldLabels}
                fields={[...TEXT_FIELDS, 'endedAt']}
                onConfirm={() => save(true)}
                pending={mutation.isPending}
              />
              <Group>
                <Button type="submit" loading={mutation.isPending}>
                  {t('incident.triage.save')}
                </Button>
              </Group>
            </>
          ) : null}
        </Stack>
      </form>
    </Section>
  );
}
