import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { type Incident, type IncidentStatus, useChangeIncidentStatus } from '../../api/incidents';
import { StatusMessage } from '../../components/error-alert';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatInstant } from '../../lib/danish-time';
import { isCprWarning, SaveError } from './cpr-warning';
import { incidentLabels } from './labels';

/** Where an incident may go from each status (as the server's rule). */
const transitions: Record<IncidentStatus, readonly IncidentStatus[]> = {
  reported: ['in_progress', 'resolved', 'dismissed'],
  in_progress: ['resolved', 'closed', 'dismissed'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
  dismissed: ['in_progress'],
};

/** Moving the incident on: resolve, close with lessons learned, dismiss or reopen with a reason. */
export function StatusSection({
  orgId,
  incident,
  canManage,
}: {
  orgId: string;
  incident: Incident;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const mutation = useChangeIncidentStatus(orgId, incident.id);
  const options = transitions[incident.status];
  const [target, setTarget] = useState<IncidentStatus | ''>(options[0] ?? '');
  const [reason, setReason] = useState('');
  const [lessons, setLessons] = useState(incident.lessonsLearned ?? '');
  const [localError, setLocalError] = useState<{ reason?: string; lessonsLearned?: string }>({});
  const [status, setStatus] = useState<string | null>(null);
  const [seenStatus, setSeenStatus] = useState(incident.status);
  if (seenStatus !== incident.status) {
    setSeenStatus(incident.status);
    setTarget(options[0] ?? '');
    setLessons(incident.lessonsLearned ?? '');
  }

  // From a report or a resolved case, "in progress" is starting (again); from a closed one, reopening.
  const targetLabel = (code: IncidentStatus) =>
    code === 'in_progress' && (incident.status === 'closed' || incident.status === 'dismissed')
      ? t('incident.status.to.reopen')
      : t(`incident.status.to.${code}`);
  const reopening =
    target === 'in_progress' && (incident.status === 'closed' || incident.status === 'dismissed');
  const reasonRequired = target === 'dismissed' || reopening;

  const save = (acknowledgeCpr: boolean) => {
    if (!target) return;
    const errors = {
      reason: reasonRequired && !reason.trim() ? t('incident.status.reasonRequired') : undefined,
      lessonsLearned:
        target === 'closed' && !lessons.trim() ? t('incident.status.lessonsRequired') : undefined,
    };
    setLocalError(errors);
    if (errors.reason || errors.lessonsLearned) return;
    mutation.mutate(
      {
        version: incident.version,
        status: target,
        reason: reason.trim() || null,
        ...(target === 'closed' ? { lessonsLearned: lessons.trim() } : {}),
        ...(acknowledgeCpr ? { acknowledgeCpr: true } : {}),
      },
      {
        onSuccess: (saved) => {
          setStatus(t('incident.status.changed', { status: labels.status(saved.status) }));
          setReason('');
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(false);
  };

  return (
    <Section title={t('incident.status.title')} id="status">
      <Stack gap="sm">
        <Text>
          {t('incident.status.current', { status: labels.status(incident.status) })}
          {incident.statusReason
            ? ` ${t('incident.status.reasonShown', { reason: incident.statusReason })}`
            : ''}
        </Text>
        {incident.closedAt ? (
          <Text size="sm">
            {t('incident.status.closedBy', {
              name: incident.closedByName ?? '',
              time: formatInstant(incident.closedAt, lang),
            })}
          </Text>
        ) : null}
        {incident.lessonsLearned ? (
          <div>
            <Text fw={600}>{t('incident.fields.lessonsLearned')}</Text>
            <Text className="preformatted">{incident.lessonsLearned}</Text>
          </div>
        ) : null}
        <StatusMessage message={status} />
        {canManage && options.length ? (
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="sm" maw={640}>
              <NativeSelect
                label={t('incident.status.next')}
                value={target}
                data={options.map((code) => ({ value: code, label: targetLabel(code) }))}
                onChange={(event) => {
                  setTarget(event.currentTarget.value as IncidentStatus);
                  setLocalError({});
                  mutation.reset();
                }}
              />
              {target === 'closed' ? (
                <Textarea
                  label={t('incident.fields.lessonsLearned')}
                  description={t('incident.status.lessonsHint')}
                  required
                  autosize
                  minRows={3}
                  maxLength={10_000}
                  value={lessons}
                  onChange={(event) => {
                    setLessons(event.currentTarget.value);
                    if (isCprWarning(mutation.error)) mutation.reset();
                  }}
                  error={localError.lessonsLearned ?? fieldError(mutation.error, 'lessonsLearned')}
                />
              ) : null}
              <Textarea
                label={reasonRequired ? t('incident.status.reason') : t('incident.status.reasonOptional')}
                required={reasonRequired}
                autosize
                minRows={2}
                maxLength={2000}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={localError.reason ?? fieldError(mutation.error, 'reason')}
              />
              <SaveError
                error={mutation.error}
                fieldLabels={{ lessonsLearned: t('incident.fields.lessonsLearned') }}
                fields={['reason', 'lessonsLearned']}
                onConfirm={() => save(true)}
                pending={mutation.isPending}
              />
              <Group>
                <Button type="submit" loading={mutation.isPending}>
                  {target ? targetLabel(target) : t('common.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Section>
  );
}
