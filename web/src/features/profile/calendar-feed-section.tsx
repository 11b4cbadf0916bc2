import { Alert, Button, Code, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type FeedCreated,
  useCalendarFeed,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
} from '../../api/calendar-feed';
import { CopyTextButton } from '../../components/copy-text-button';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { QueryBoundary } from '../../components/query-boundary';
import { currentLanguage } from '../../i18n';
import { formatInstant } from '../../lib/danish-time';

/**
 * The personal calendar feed (iCal): a secret URL with my tasks and the årshjul, for Outlook or
 * any calendar app. Shown once when created; a new one replaces it; revoking stops it at once.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [created, setCreated] = useState<FeedCreated | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const onCreate = () =>
    create.mutate(undefined, {
      onSuccess: (result) => {
        setCreated(result);
        setStatus(null);
      },
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-calendar-heading">
      <Title order={2} id="profile-calendar-heading" mb="sm">
        {t('icalFeed.title')}
      </Title>
      <Text mb="sm">{t('icalFeed.intro')}</Text>
      <StatusMessage message={status} />
      <QueryBoundary query={feed}>
        {(data) => (
          <Stack gap="sm">
            {created ? (
              <Alert color="blue" variant="light" title={t('icalFeed.createdTitle')}>
                <Text mb="xs">{t('icalFeed.createdIntro')}</Text>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Code block className="feed-url" data-testid="ical-url">
                    {created.url}
                  </Code>
                  <CopyTextButton value={created.url} label={t('icalFeed.copy')} />
                </Group>
                <Text size="sm" mt="xs">
                  {t('icalFeed.secret')}
                </Text>
              </Alert>
            ) : null}
            {data.active ? (
              <Text>
                {t('icalFeed.active', {
                  prefix: data.prefix ?? '',
                  created: data.createdAt ? formatInstant(data.createdAt, lang) : '',
                })}{' '}
                {data.lastUsedAt
                  ? t('icalFeed.lastUsed', { time: formatInstant(data.lastUsedAt, lang) })
                  : t('icalFeed.neverUsed')}
              </Text>
            ) : (
              <Text>{t('icalFeed.none')}</Text>
            )}
            <ErrorAlert error={create.error ?? revoke.error} />
            <Group gap="sm">
              <Button
                onClick={onCreate}
                loading={create.isPending}
                variant={data.active ? 'default' : 'filled'}
              >
                {data.active ? t('icalFeed.regenerate') : t('icalFeed.create')}
              </Button>
              {data.active ? (
                <Button color="red" onClick={() => setConfirmRevoke(true)}>
                  {t('icalFeed.revoke')}
                </Button>
              ) : null}
            </Group>
          </Stack>
        )}
      </QueryBoundary>
      <Modal
        opened={confirmRevoke}
        onClose={() => setConfirmRevoke(false)}
        title={t('icalFeed.revokeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text mb="md">{t('icalFeed.revokeConfirm')}</Text>
        <Group>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() =>
              revoke.mutate(undefined, {
                onSuccess: () => {
                  setConfirmRevoke(false);
                  setCreated(null);
                  setStatus(t('icalFeed.revoked'));
                },
              })
            }
          >
            {t('icalFeed.revoke')}
          </Button>
          <Button variant="default" onClick={() => setConfirmRevoke(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
