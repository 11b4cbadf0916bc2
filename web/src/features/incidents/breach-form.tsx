import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
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
  BREACH_RISKS,
  type BreachBody,
  type BreachRisk,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  type DataCategory,
  type DataSubjectCategory,
  type Incident,
  useAssessBreach,
} from '../../api/incidents';
import { StatusMessage } from '../../components/error-alert';
import { Section } from '../../components/section';
import { TriStateSelect } from '../../components/tri-state-select';
import { currentLanguage } from '../../i18n';
import { formatInstant } from '../../lib/danish-time';
import { isCprWarning, SaveError } from './cpr-warning';
import { incidentLabels } from './labels';

interface BreachState {
  personalDataBreach: boolean | null;
  dataCategories: DataCategory[];
  dataSubjectCategories: DataSubjectCategory[];
  dataSubjectsApprox: number | '';
  recordsApprox: number | '';
  breachRisk: BreachRisk | '';
  breachRiskReasoning: string;
  likelyConsequences: string;
  measuresTaken: string;
  dpoContact: string;
  dataSubjectsExemption: string;
}

const stateOf = (incident: Incident): BreachState => ({
  personalDataBreach: incident.personalDataBreach,
  dataCategories: incident.dataCategories,
  dataSubjectCategories: incident.dataSubjectCategories,
  dataSubjectsApprox: incident.dataSubjectsApprox ?? '',
  recordsApprox: incident.recordsApprox ?? '',
  breachRisk: incident.breachRisk ?? '',
  breachRiskReasoning: incident.breachRiskReasoning ?? '',
  likelyConsequences: incident.likelyConsequences ?? '',
  measuresTaken: incident.measuresTaken ?? '',
  dpoContact: incident.dpoContact ?? '',
  dataSubjectsExemption: incident.dataSubjectsExemption ?? '',
});

const textOrNull = (value: string) => value.trim() || null;
const numberOrNull = (value: number | '') => (value === '' ? null : value);

/**
 * The personal-data breach assessment (GDPR Art. 33-34), for the security officer and the DPO.
 * A breach judged unlikely to result in a risk records the reasoning instead of a notification.
 */
export function BreachForm({
  orgId,
  incident,
  canEdit,
}: {
  orgId: string;
  incident: Incident;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const mutation = useAssessBreach(orgId, incident.id);
  const [state, setState] = useState<BreachState>(() => stateOf(incident));
  const [status, setStatus] = useState<string | null>(null);
  const [reasoningMissing, setReasoningMissing] = useState(false);
  const [seenVersion, setSeenVersion] = useState(incident.version);
  if (seenVersion !== incident.version) {
    setSeenVersion(incident.version);
    setState(stateOf(incident));
  }

  const set = <K extends keyof BreachState>(key: K, value: BreachState[K]) => {
    setState((current) => ({ ...current, [key]: value }));
    setStatus(null);
    if (isCprWarning(mutation.error)) mutation.reset();
  };

  const save = (acknowledgeCpr: boolean) => {
    const breach = state.personalDataBreach;
    if (breach && state.breachRisk === 'none' && !state.breachRiskReasoning.trim()) {
      setReasoningMissing(true);
      return;
    }
    setReasoningMissing(false);
    const body: BreachBody = {
      version: incident.version,
      personalDataBreach: breach,
      ...(breach
        ? {
            dataCategories: state.dataCategories,
            dataSubjectCategories: state.dataSubjectCategories,
            dataSubjectsApprox: numberOrNull(state.dataSubjectsApprox),
            recordsApprox: numberOrNull(state.recordsApprox),
            breachRisk: state.breachRisk || null,
            breachRiskReasoning: textOrNull(state.breachRiskReasoning),
            likelyConsequences: textOrNull(state.likelyConsequences),
            measuresTaken: textOrNull(state.measuresTaken),
            dpoContact: textOrNull(state.dpoContact),
            dataSubjectsExemption: textOrNull(state.dataSubjectsExemption),
          }
        : { breachRisk: null }),
      ...(acknowledgeCpr ? { acknowledgeCpr: true } : {}),
    };
    mutation.mutate(body, { onSuccess: () => setStatus(t('incident.breach.saved')) });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(false);
  };

  const fieldLabels = {
    breachRiskReasoning: t('incident.fields.breachRiskReasoning'),
    likelyConsequences: t('incident.fields.likelyConsequences'),
    measuresTaken: t('incident.fields.measuresTaken'),
    dataSubjectsExemption: t('incident.fields.dataSubjectsExemption'),
  };
  const textArea = (
    field: keyof typeof fieldLabels,
    extra: { description?: string; error?: string } = {},
  ) => (
    <Textarea
      label={fieldLabels[field]}
      autosize
      minRows={2}
      disabled={!canEdit}
      value={state[field]}
      onChange={(event) => set(field, event.currentTarget.value)}
      description={extra.description}
      error={extra.error ?? fieldError(mutation.error, field)}
    />
  );

  return (
    <Section title={t('incident.breach.title')} id="breach">
      <Text size="sm" mb="sm">
        {t('incident.breach.reporterSaid', { answer: labels.personalData(incident.personalDataSuspected) })}
        {incident.breachAssessedAt
          ? ` ${t('incident.breach.assessedBy', {
              name: incident.breachAssessedByName ?? '',
              time: formatInstant(incident.breachAssessedAt, lang),
            })}`
          : ''}
        {incident.dpoEscalatedAt
          ? ` ${t('incident.breach.dpoEscalated', { time: formatInstant(incident.dpoEscalatedAt, lang) })}`
          : ''}
      </Text>
      {canEdit ? null : <Text mb="sm">{t('incident.breach.readOnly')}</Text>}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TriStateSelect
            label={t('incident.fields.personalDataBreach')}
            description={t('incident.breach.breachHint')}
            disabled={!canEdit}
            value={state.personalDataBreach}
            onChange={(value) => set('personalDataBreach', value)}
          />
          {state.personalDataBreach ? (
            <>
              <Checkbox.Group
                label={t('incident.fields.dataCategories')}
                value={state.dataCategories}
                onChange={(value) => set('dataCategories', value as DataCategory[])}
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} mt="xs">
                  {DATA_CATEGORIES.map((code) => (
                    <Checkbox key={code} value={code} label={labels.dataCategory(code)} disabled={!canEdit} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              <Checkbox.Group
                label={t('incident.fields.dataSubjectCategories')}
                value={state.dataSubjectCategories}
                onChange={(value) => set('dataSubjectCategories', value as DataSubjectCategory[])}
              >
                <Group gap="md" mt="xs">
                  {DATA_SUBJECT_CATEGORIES.map((code) => (
                    <Checkbox
                      key={code}
                      value={code}
                      label={labels.subjectCategory(code)}
                      disabled={!canEdit}
                    />
                  ))}
                </Group>
              </Checkbox.Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NumberInput
                  label={t('incident.fields.dataSubjectsApprox')}
                  min={0}
                  allowDecimal={false}
                  thousandSeparator={lang === 'da' ? '.' : ','}
                  decimalSeparator={lang === 'da' ? ',' : '.'}
                  disabled={!canEdit}
                  value={state.dataSubjectsApprox}
                  onChange={(value) => set('dataSubjectsApprox', typeof value === 'number' ? value : '')}
                  error={fieldError(mutation.error, 'dataSubjectsApprox')}
                />
                <NumberInput
                  label={t('incident.fields.recordsApprox')}
                  min={0}
                  allowDecimal={false}
                  thousandSeparator={lang === 'da' ? '.' : ','}
                  decimalSeparator={lang === 'da' ? ',' : '.'}
                  disabled={!canEdit}
                  value={state.recordsApprox}
                  onChange={(value) => set('recordsApprox', typeof value === 'number' ? value : '')}
                  error={fieldError(mutation.error, 'recordsApprox')}
                />
              </SimpleGrid>
              <Radio.Group
                label={t('incident.fields.breachRisk')}
                description={t('incident.breach.riskHint')}
                value={state.breachRisk}
                onChange={(value) => set('breachRisk', value as BreachRisk)}
                error={fieldError(mutation.error, 'breachRisk')}
              >
                <Stack gap={6} mt="xs">
                  {BREACH_RISKS.map((code) => (
                    <Radio key={code} value={code} label={labels.breachRisk(code)} disabled={!canEdit} />
                  ))}
                </Stack>
              </Radio.Group>
              {state.breachRisk === 'none'
                ? textArea('breachRiskReasoning', {
                    description: t('incident.breach.reasoningHint'),
                    error: reasoningMissing ? t('incident.breach.reasoningRequired') : undefined,
                  })
                : null}
              {textArea('likelyConsequences')}
              {textArea('measuresTaken')}
              <TextInput
                label={t('incident.fields.dpoContact')}
                description={t('incident.breach.dpoContactHint')}
                disabled={!canEdit}
                maxLength={500}
                value={state.dpoContact}
                onChange={(event) => set('dpoContact', event.currentTarget.value)}
                error={fieldError(mutation.error, 'dpoContact')}
              />
              {state.breachRisk === 'high_risk'
                ? textArea('dataSubjectsExemption', { description: t('incident.breach.exemptionHint') })
                : null}
            </>
          ) : null}
          <StatusMessage message={status} />
          {canEdit ? (
            <>
              <SaveError
                error={mutation.error}
                fieldLabels={fieldLabels}
                fields={[
                  ...Object.keys(fieldLabels),
                  'dataSubjectsApprox',
                  'recordsApprox',
                  'breachRisk',
                  'dpoContact',
                ]}
                onConfirm={() => save(true)}
                pending={mutation.isPending}
              />
              <Group>
                <Button type="submit" loading={mutation.isPending}>
                  {t('incident.breach.save')}
                </Button>
              </Group>
            </>
          ) : null}
        </Stack>
      </form>
    </Section>
  );
}
