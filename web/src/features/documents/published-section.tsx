import { Button, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentDto, useAcknowledge, useDocumentVersion, useMyDocuments } from '../../api/documents';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { QueryBoundary } from '../../components/query-boundary';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatCalendarDate, formatInstant } from '../../lib/danish-time';
import { DocumentBody } from './document-body';

/** The published version as the audience reads it, with "I have read it". */
export function PublishedSection({ orgId, document }: { orgId: string; document: DocumentDto }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const current = document.currentVersion;
  const version = useDocumentVersion(orgId, document.id, current?.id);
  const mine = useMyDocuments(undefined);
  const acknowledge = useAcknowledge(orgId, document.id);
  const myEntry = mine.items.find((item) => item.id === document.id);
  const [status, setStatus] = useState<string | null>(null);

  if (!current) {
    return (
      <Section title={t('policyDoc.published.title')}>
        <Text>{t('policyDoc.published.none')}</Text>
      </Section>
    );
  }
  return (
    <Section title={t('policyDoc.published.titleNumber', { number: current.number })} id="published">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {current.publishedAt
            ? t('policyDoc.published.at', { time: formatInstant(current.publishedAt, lang) })
            : ''}
          {current.approvedByName && current.approvedOn
            ? ` ${t('policyDoc.working.approvedBy', {
                name: current.approvedByName,
                date: formatCalendarDate(current.approvedOn, lang),
              })}`
            : ''}
        </Text>
        <QueryBoundary query={version} keepDataOnError>
          {(data) => <DocumentBody version={data} />}
        </QueryBoundary>
        <StatusMessage message={status} />
        {myEntry?.pending ? (
          <Paper withBorder p="md" className="acknowledge-box">
            <Text mb="sm">{t('policyDoc.ack.prompt')}</Text>
            <ErrorAlert error={acknowledge.error} />
            <Button
              onClick={() =>
                acknowledge.mutate(current.id, { onSuccess: () => setStatus(t('policyDoc.ack.done')) })
              }
              loading={acknowledge.isPending}
            >
              {t('policyDoc.ack.submit')}
            </Button>
          </Paper>
        ) : myEntry?.acknowledgedAt ? (
          <Text>
            {t('policyDoc.ack.already', {
              number: myEntry.acknowledgedVersionNumber ?? current.number,
              time: formatInstant(myEntry.acknowledgedAt, lang),
            })}
          </Text>
        ) : null}
      </Stack>
    </Section>
  );
}
