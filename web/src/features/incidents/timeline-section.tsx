import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Incident, useAddTimelineNote, useIncidentTimeline } from '../../api/incidents';
import { LoadMoreButton } from '../../components/list-table';
import { QueryBoundary } from '../../components/query-boundary';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatInstant } from '../../lib/danish-time';
import { isCprWarning, SaveError } from './cpr-warning';
import { incidentLabels } from './labels';

/** What happened and who did what, newest first; security officer and DPO add notes. */
export function TimelineSection({
  orgId,
  incident,
  canWrite,
}: {
  orgId: string;
  incident: Incident;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const timeline = useIncidentTimeline(orgId, incident.id);
  const add = useAddTimelineNote(orgId, incident.id);
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);

  const save = (acknowledgeCpr: boolean) => {
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    add.mutate(
      { text: text.trim(), ...(acknowledgeCpr ? { acknowledgeCpr: true } : {}) },
      { onSuccess: () => setText('') },
    );
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(false);
  };

  return (
    <Section title={t('incident.timeline.title')} id="timeline">
      {canWrite ? (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm" mb="md">
            <Textarea
              label={t('incident.timeline.note')}
              autosize
              minRows={2}
              maxLength={10_000}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                if (isCprWarning(add.error)) add.reset();
              }}
              error={empty ? t('incident.timeline.noteRequired') : undefined}
            />
            <SaveError
              error={add.error}
              fieldLabels={{ text: t('incident.timeline.note') }}
              fields={['text']}
              onConfirm={() => save(true)}
              pending={add.isPending}
            />
            <Group>
              <Button type="submit" variant="default" loading={add.isPending}>
                {t('incident.timeline.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      <QueryBoundary query={timeline}>
        {(entries) => (
          <ol className="timeline-list" aria-label={t('incident.timeline.listLabel')}>
            {entries.map((entry) => (
              <li key={entry.id}>
                <Text size="sm" c="dimmed">
                  <time dateTime={entry.at}>{formatInstant(entry.at, lang)}</time> · {entry.actorName} ·{' '}
                  {labels.timelineKind(entry.kind)}
                  {entry.occurredAt
                    ? ` · ${t('incident.timeline.happenedAt', { time: formatInstant(entry.occurredAt, lang) })}`
                    : ''}
                </Text>
                {entry.text ? (
                  <Text className="preformatted" lang="da">
                    {entry.text}
                  </Text>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </QueryBoundary>
      <LoadMoreButton list={timeline} />
    </Section>
  );
}
