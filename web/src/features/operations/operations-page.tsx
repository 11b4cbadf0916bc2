import { Button, Code, Group, Modal, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { useCurrentUser } from '../../api/me';
import {
  type LoginLock,
  type OutboxMail,
  type OutboxStatus,
  useClearLoginLock,
  useJobs,
  useLoginLocks,
  useOutbox,
  useRetryJob,
  useSendTestMail,
} from '../../api/operations';
import { ErrorAlert, NoAccess, StatusMessage } from '../../components/error-alert';
import { ListTable } from '../../components/list-table';
import { PageTitle } from '../../components/page-title';
import { Tag } from '../../components/tag';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { isInstanceAdmin } from './instance-admin';

/** "account:x@y.dk" or "address:10.0.0.1" as the operator reads it. */
function LockTarget({ lock }: { lock: LoginLock }) {
  const { t } = useTranslation();
  const [kind, ...rest] = lock.key.split(':');
  const value = rest.join(':');
  if (kind === 'account') return <>{t('ops.lockAccount', { value })}</>;
  if (kind === 'address') return <>{t('ops.lockAddress', { value })}</>;
  return <>{lock.key}</>;
}

function LocksSection() {
  const { t } = useTranslation();
  const locks = useLoginLocks();
  const clear = useClearLoginLock();
  const [toClear, setToClear] = useState<LoginLock | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const locale = currentLanguage();

  const confirmClear = () => {
    if (!toClear) return;
    const lock = toClear;
    setMessage(null);
    clear.mutate(lock.key, {
      onSuccess: () => setMessage(t('ops.lockCleared', { key: lock.key })),
      onSettled: () => setToClear(null),
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ops-locks-heading">
      <Title order={2} id="ops-locks-heading" mb="xs">
        {t('ops.locksHeading')}
      </Title>
      <Text mb="sm">{t('ops.locksIntro')}</Text>
      <StatusMessage message={message} />
      <ErrorAlert error={clear.error} />
      <ListTable
        list={locks}
        caption={t('ops.locksCaption')}
        empty={t('ops.noLocks')}
        tableProps={{ verticalSpacing: 'xs', miw: 600 }}
        head={
          <>
            <Table.Th scope="col">{t('ops.lockKey')}</Table.Th>
            <Table.Th scope="col">{t('ops.lockedUntil')}</Table.Th>
            <Table.Th scope="col">{t('ops.actions')}</Table.Th>
          </>
        }
      >
        {(lock) => (
          <Table.Tr key={lock.key}>
            <Table.Th scope="row" fw={500}>
              <LockTarget lock={lock} />
            </Table.Th>
            <Table.Td>
              <time dateTime={lock.lockedUntil}>{formatDateTime(lock.lockedUntil, locale)}</time>
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="default"
                aria-label={t('ops.clearLockFor', { key: lock.key })}
                onClick={() => setToClear(lock)}
              >
                {t('ops.clearLock')}
              </Button>
            </Table.Td>
          </Table.Tr>
        )}
      </ListTable>
      <Modal
        opened={toClear !== null}
        onClose={() => setToClear(null)}
        title={t('ops.clearLockTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{toClear ? t('ops.clearLockConfirm', { key: toClear.key }) : null}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setToClear(null)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={confirmClear} loading={clear.isPending}>
              {t('ops.clearLock')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function DeadJobsSection() {
  const { t } = useTranslation();
  const jobs = useJobs('dead');
  const retry = useRetryJob();
  const [message, setMessage] = useState<string | null>(null);
  const locale = currentLanguage();

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ops-jobs-heading">
      <Title order={2} id="ops-jobs-heading" mb="xs">
        {t('ops.jobsHeading')}
      </Title>
      <Text mb="sm">{t('ops.jobsIntro')}</Text>
      <StatusMessage message={message} />
      <ErrorAlert error={retry.error} />
      <ListTable
        list={jobs}
        caption={t('ops.jobsCaption')}
        empty={t('ops.noDeadJobs')}
        tableProps={{ verticalSpacing: 'xs', miw: 760 }}
        head={
          <>
            <Table.Th scope="col">{t('ops.jobType')}</Table.Th>
            <Table.Th scope="col">{t('ops.attempts')}</Table.Th>
            <Table.Th scope="col">{t('ops.lastError')}</Table.Th>
            <Table.Th scope="col">{t('ops.gaveUpAt')}</Table.Th>
            <Table.Th scope="col">{t('ops.actions')}</Table.Th>
          </>
        }
      >
        {(job) => (
          <Table.Tr key={job.id}>
            <Table.Th scope="row" fw={500}>
              <code>{job.type}</code>
            </Table.Th>
            <Table.Td>
              {job.attempts} / {job.maxAttempts}
            </Table.Td>
            <Table.Td>
              <Text size="sm" className="pre-wrap" lineClamp={4}>
                {job.lastError ?? t('common.none')}
              </Text>
            </Table.Td>
            <Table.Td>
              <time dateTime={job.updatedAt}>{formatDateTime(job.updatedAt, locale)}</time>
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="default"
                loading={retry.isPending && retry.variables === job.id}
                aria-label={t('ops.retryFor', { type: job.type })}
                onClick={() => {
                  setMessage(null);
                  retry.mutate(job.id, {
                    onSuccess: () => setMessage(t('ops.retried', { type: job.type })),
                  });
                }}
              >
                {t('ops.retry')}
              </Button>
            </Table.Td>
          </Table.Tr>
        )}
      </ListTable>
    </Paper>
  );
}

const OUTBOX_FILTERS = ['all', 'stored', 'sent'] as const;

function OutboxSection() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<(typeof OUTBOX_FILTERS)[number]>('all');
  const status: OutboxStatus | undefined = filter === 'all' ? undefined : filter;
  const outbox = useOutbox(status);
  const testMail = useSendTestMail();
  const [open, setOpen] = useState<OutboxMail | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const locale = currentLanguage();

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ops-outbox-heading">
      <Title order={2} id="ops-outbox-heading" mb="xs">
        {t('ops.outboxHeading')}
      </Title>
      <Text mb="sm">{t('ops.outboxIntro')}</Text>
      <StatusMessage message={message} />
      <ErrorAlert error={testMail.error} />
      <Group gap="sm" mb="sm">
        <Button
          variant="default"
          loading={testMail.isPending}
          onClick={() => {
            setMessage(null);
            testMail.mutate(undefined, { onSuccess: () => setMessage(t('ops.testMailQueued')) });
          }}
        >
          {t('ops.sendTestMail')}
        </Button>
        <Button variant="default" loading={outbox.isRefetching} onClick={outbox.refetch}>
          {t('ops.refreshOutbox')}
        </Button>
      </Group>
      <NativeSelect
        label={t('ops.outboxFilter')}
        name="outboxStatus"
        maw={280}
        mb="sm"
        value={filter}
        data={OUTBOX_FILTERS.map((value) => ({ value, label: t(`ops.outboxStatus.${value}`) }))}
        onChange={(event) => {
          const value = OUTBOX_FILTERS.find((option) => option === event.currentTarget.value);
          if (value) setFilter(value);
        }}
      />
      <ListTable
        list={outbox}
        caption={t('ops.outboxCaption')}
        empty={t('ops.noMail')}
        tableProps={{ verticalSpacing: 'xs', miw: 820 }}
        head={
          <>
            <Table.Th scope="col">{t('ops.mailSubject')}</Table.Th>
            <Table.Th scope="col">{t('ops.mailTo')}</Table.Th>
            <Table.Th scope="col">{t('ops.mailTemplate')}</Table.Th>
            <Table.Th scope="col">{t('ops.mailCreated')}</Table.Th>
            <Table.Th scope="col">{t('ops.mailStatus')}</Table.Th>
            <Table.Th scope="col">{t('ops.actions')}</Table.Th>
          </>
        }
      >
        {(mail) => (
          <Table.Tr key={mail.id}>
            <Table.Th scope="row" fw={500}>
              {mail.subject}
            </Table.Th>
            <Table.Td>{mail.to}</Table.Td>
            <Table.Td>
              <code>{mail.template}</code>
            </Table.Td>
            <Table.Td>
              <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt, locale)}</time>
            </Table.Td>
            <Table.Td>
              <Tag variant="light" color={mail.status === 'sent' ? 'green' : 'gray'} radius="sm" tt="none">
                {t(`ops.outboxStatus.${mail.status}`)}
              </Tag>
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="default"
                aria-label={t('ops.readMailFor', { subject: mail.subject })}
                onClick={() => setOpen(mail)}
              >
                {t('ops.readMail')}
              </Button>
            </Table.Td>
          </Table.Tr>
        )}
      </ListTable>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open?.subject ?? ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open ? (
          <Stack gap="sm">
            <dl className="description-list">
              <dt>{t('ops.mailTo')}</dt>
              <dd>{open.to}</dd>
              <dt>{t('ops.mailCreated')}</dt>
              <dd>{formatDateTime(open.createdAt, locale)}</dd>
              <dt>{t('ops.mailSentAt')}</dt>
              <dd>{open.sentAt ? formatDateTime(open.sentAt, locale) : t('common.none')}</dd>
            </dl>
            {/* The plain-text part only: the HTML part is never rendered inside the app. A long
                text scrolls inside the block, which is focusable so keyboard users can scroll it. */}
            <Code block className="json-block" data-testid="mail-text" tabIndex={0}>
              {open.text}
            </Code>
          </Stack>
        ) : null}
      </Modal>
    </Paper>
  );
}

/** Instance operations for the sector's admins: sign-in locks, failed jobs, the mail outbox. */
export function OperationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const allowed = isInstanceAdmin(me);
  const probe = useLoginLocks();
  const refused = !allowed || isStatus(probe.error, 403, 404);
  return (
    <>
      <PageTitle documentTitle={t('ops.title')}>{t('ops.title')}</PageTitle>
      {refused ? (
        <NoAccess message={t('ops.noAccess')} />
      ) : (
        <Stack gap="md">
          <Text maw={760}>{t('ops.intro')}</Text>
          <LocksSection />
          <DeadJobsSection />
          <OutboxSection />
        </Stack>
      )}
    </>
  );
}
