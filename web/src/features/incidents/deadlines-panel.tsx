import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { type Incident, type IncidentDeadline, useSetAwareness } from '../../api/incidents';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatDueTime, fromDanishInput, nowDanishInput, toDanishInput } from '../../lib/danish-time';
import { Countdown } from './countdown';
import './incidents.css';
import { incidentLabels } from './labels';

const deadlineColor = { open: 'blue', met: 'green', late: 'red', not_required: 'gray' } as const;

function DeadlineCard({ deadline }: { deadline: IncidentDeadline }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const running = !deadline.completedAt && (deadline.status === 'open' || deadline.status === 'late');
  const headingId = `deadline-${deadline.kind}`;
  return (
    <Paper
      withBorder
      p="sm"
      className="clock-card"
      data-state={deadline.status}
      component="article"
      aria-labelledby={headingId}
      data-testid={`deadline-${deadline.kind}`}
    >
      <Group justify="space-between" gap="xs" mb={4} wrap="nowrap" align="flex-start">
        <Title order={3} id={headingId}>
          {labels.deadline(deadline.kind)}
        </Title>
        <Badge miw="max-content" variant="light" color={deadlineColor[deadline.status]} tt="none" radius="sm">
          {labels.deadlineStatus(deadline.status)}
        </Badge>
      </Group>
      {deadline.dueAt ? (
        <Text size="sm">
          {t('incident.clock.due')}{' '}
          <time dateTime={deadline.dueAt} className="clock-due">
            {formatDueTime(deadline.dueAt, lang)}
          </time>{' '}
          {t('incident.clock.danishTime')}
        </Text>
      ) : (
        <Text size="sm">{t('incident.clock.noFixedTime')}</Text>
      )}
      {running && deadline.dueAt ? (
        <Text size="lg" my={4}>
          <Countdown dueAt={deadline.dueAt} />
        </Text>
      ) : null}
      {deadline.completedAt ? (
        <Text size="sm">
          {t('incident.clock.completedAt', { time: formatDueTime(deadline.completedAt, lang) })}
        </Text>
      ) : null}
      {deadline.provisional ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t('incident.clock.provisional')}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed" mt={4}>
        {labels.deadlineRule(deadline.kind)}
      </Text>
    </Paper>
  );
}

function AwarenessForm({
  orgId,
  incident,
  onDone,
}: {
  orgId: string;
  incident: Incident;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useSetAwareness(orgId, incident.id);
  const [value, setValue] = useState(toDanishInput(incident.awareAt));
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<{ awareAt?: string; reason?: string }>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const awareAt = fromDanishInput(value);
    const errors = {
      awareAt: awareAt ? undefined : t('ismsCommon.invalidTime'),
      reason: reason.trim() ? undefined : t('incident.awareness.reasonRequired'),
    };
    setLocalError(errors);
    if (!awareAt || errors.reason) return;
    mutation.mutate({ version: incident.version, awareAt, reason: reason.trim() }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" mt="sm" maw={520}>
        <ErrorAlert error={mutation.error} fields={['awareAt', 'reason']} />
        <TextInput
          type="datetime-local"
          label={t('incident.awareness.newTime')}
          description={t('incident.clock.danishTimeHint')}
          required
          max={nowDanishInput()}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={localError.awareAt ?? fieldError(mutation.error, 'awareAt')}
        />
        <Textarea
          label={t('incident.awareness.reason')}
          description={t('incident.awareness.reasonHint')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={localError.reason ?? fieldError(mutation.error, 'reason')}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('incident.awareness.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The legal clocks: every one that applies, with due time in Danish time and a live countdown. */
export function DeadlinesPanel({
  orgId,
  incident,
  canSetAwareness,
}: {
  orgId: string;
  incident: Incident;
  canSetAwareness: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const applicable = incident.deadlines.filter((deadline) => deadline.status !== 'not_required');
  const notRequired = incident.deadlines.filter((deadline) => deadline.status === 'not_required');

  return (
    <Section title={t('incident.clock.title')} id="clocks">
      <Stack gap="sm">
        <div>
          <Text>
            {t('incident.awareness.awareAt')}{' '}
            <strong>
              <time dateTime={incident.awareAt}>{formatDueTime(incident.awareAt, lang)}</time>
            </strong>
          </Text>
          <Text size="sm" c="dimmed">
            {t('incident.awareness.setBy', { name: incident.awareSetByName })}
            {incident.awareReason
              ? ` ${t('incident.awareness.because', { reason: incident.awareReason })}`
              : ''}
          </Text>
          <StatusMessage message={status} />
          {canSetAwareness && !editing ? (
            <Button variant="default" size="xs" mt="xs" onClick={() => setEditing(true)}>
              {t('incident.awareness.change')}
            </Button>
          ) : null}
          {editing ? (
            <AwarenessForm
              orgId={orgId}
              incident={incident}
              onDone={() => {
                setEditing(false);
                setStatus(t('incident.awareness.saved'));
              }}
            />
          ) : null}
        </div>
        {applicable.length === 0 ? (
          <Text>{t('incident.clock.none')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {applicable.map((deadline) => (
              <DeadlineCard key={deadline.kind} deadline={deadline} />
            ))}
          </SimpleGrid>
        )}
        {notRequired.length ? (
          <Text size="sm" c="dimmed">
            {t('incident.clock.notRequired', {
              list: notRequired.map((deadline) => labels.deadline(deadline.kind)).join(', '),
            })}
          </Text>
        ) : null}
      </Stack>
    </Section>
  );
}
