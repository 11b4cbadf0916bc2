import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import {
  type DeadlineKind,
  type Incident,
  NOTIFICATION_RECIPIENTS,
  type NotificationRecipient,
  type NotificationStage,
  STAGES_BY_RECIPIENT,
  useIncidentNotifications,
  useRecordNotification,
} from '../../api/incidents';
import { StatusMessage } from '../../components/error-alert';
import { QueryBoundary } from '../../components/query-boundary';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatDueTime, formatInstant, fromDanishInput, nowDanishInput } from '../../lib/danish-time';
import { isCprWarning, SaveError } from './cpr-warning';
import { incidentLabels } from './labels';

/** The clock a notification answers (as the server's deadlineKindFor), to warn before it is late. */
function deadlineKindFor(
  recipient: NotificationRecipient,
  stage: NotificationStage | null,
): DeadlineKind | null {
  if (recipient === 'datatilsynet') return stage === 'supplement' ? null : 'gdpr_authority';
  if (recipient === 'data_subjects') return 'gdpr_data_subjects';
  if (recipient === 'police') return 'police_report';
  if (recipient !== 'nis2_authority') return null;
  const byStage: Partial<Record<NotificationStage, DeadlineKind>> = {
    early_warning: 'nis2_early_warning',
    notification: 'nis2_notification',
    progress_report: 'nis2_progress_report',
    final_report: 'nis2_final_report',
  };
  return stage ? (byStage[stage] ?? null) : null;
}

const PRIVACY_RECIPIENTS: readonly NotificationRecipient[] = ['datatilsynet', 'data_subjects'];

interface FormState {
  recipient: NotificationRecipient;
  stage: NotificationStage | '';
  recipientDetail: string;
  sentAt: string;
  sentByName: string;
  reference: string;
  summary: string;
  delayReason: string;
}

function NotificationForm({
  orgId,
  incident,
  recipients,
  onSaved,
}: {
  orgId: string;
  incident: Incident;
  recipients: readonly NotificationRecipient[];
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const mutation = useRecordNotification(orgId, incident.id);
  const first = recipients[0] ?? 'datatilsynet';
  const fresh = (recipient: NotificationRecipient = first): FormState => ({
    recipient,
    stage: STAGES_BY_RECIPIENT[recipient][0] ?? '',
    recipientDetail: '',
    sentAt: nowDanishInput(),
    sentByName: '',
    reference: '',
    summary: '',
    delayReason: '',
  });
  const [state, setState] = useState<FormState>(() => fresh());
  const [localError, setLocalError] = useState<{ sentAt?: string; delayReason?: string }>({});

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setState((current) => ({ ...current, [key]: value }));
    if (isCprWarning(mutation.error)) mutation.reset();
  };

  const stages = STAGES_BY_RECIPIENT[state.recipient];
  const sentAtIso = fromDanishInput(state.sentAt);
  const kind = deadlineKindFor(state.recipient, state.stage || null);
  const clock = kind
    ? incident.deadlines.find((d) => d.kind === kind && d.status !== 'not_required')
    : undefined;
  const late = Boolean(clock?.dueAt && sentAtIso && Date.parse(sentAtIso) > Date.parse(clock.dueAt));

  const save = (acknowledgeCpr: boolean) => {
    const errors = {
      sentAt: sentAtIso ? undefined : t('ismsCommon.invalidTime'),
      delayReason: late && !state.delayReason.trim() ? t('incident.notifications.delayRequired') : undefined,
    };
    setLocalError(errors);
    if (!sentAtIso || errors.delayReason) return;
    mutation.mutate(
      {
        recipient: state.recipient,
        stage: state.stage || null,
        recipientDetail: state.recipientDetail.trim() || null,
        sentAt: sentAtIso,
        sentByName: state.sentByName.trim() || null,
        reference: state.reference.trim() || null,
        summary: state.summary.trim() || null,
        delayReason: state.delayReason.trim() || null,
        ...(acknowledgeCpr ? { acknowledgeCpr: true } : {}),
      },
      {
        onSuccess: (saved) => {
          onSaved(t('incident.notifications.saved', { recipient: labels.recipient(saved.recipient) }));
          setState(fresh(state.recipient));
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(false);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="notification-form-heading">
      <Text fw={700} id="notification-form-heading" mb="xs" component="h3">
        {t('incident.notifications.record')}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('incident.notifications.recipient')}
            required
            value={state.recipient}
            data={recipients.map((code) => ({ value: code, label: labels.recipient(code) }))}
            onChange={(event) => {
              const recipient = event.currentTarget.value as NotificationRecipient;
              setState((current) => ({
                ...current,
                recipient,
                stage: STAGES_BY_RECIPIENT[recipient][0] ?? '',
              }));
            }}
          />
          {stages.length ? (
            <NativeSelect
              label={t('incident.notifications.stage')}
              required
              value={state.stage}
              data={stages.map((code) => ({ value: code, label: labels.stage(code) }))}
              onChange={(event) => set('stage', event.currentTarget.value as NotificationStage)}
              error={fieldError(mutation.error, 'stage')}
            />
          ) : (
            <TextInput
              label={t('incident.notifications.recipientDetail')}
              description={t('incident.notifications.recipientDetailHint')}
              maxLength={300}
              value={state.recipientDetail}
              onChange={(event) => set('recipientDetail', event.currentTarget.value)}
            />
          )}
          <TextInput
            type="datetime-local"
            label={t('incident.notifications.sentAt')}
            description={t('incident.clock.danishTimeHint')}
            required
            max={nowDanishInput()}
            value={state.sentAt}
            onChange={(event) => set('sentAt', event.currentTarget.value)}
            error={localError.sentAt ?? fieldError(mutation.error, 'sentAt')}
          />
          <TextInput
            label={t('incident.notifications.sentBy')}
            description={t('incident.notifications.sentByHint')}
            maxLength={200}
            value={state.sentByName}
            onChange={(event) => set('sentByName', event.currentTarget.value)}
          />
          <TextInput
            label={t('incident.notifications.reference')}
            description={t('incident.notifications.referenceHint')}
            maxLength={200}
            value={state.reference}
            onChange={(event) => set('reference', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('incident.notifications.summary')}
          autosize
          minRows={2}
          value={state.summary}
          onChange={(event) => set('summary', event.currentTarget.value)}
          error={fieldError(mutation.error, 'summary')}
        />
        {late && clock?.dueAt ? (
          <Alert color="orange" variant="light" title={t('incident.notifications.lateTitle')}>
            {t('incident.notifications.late', { due: formatDueTime(clock.dueAt, lang) })}
          </Alert>
        ) : null}
        {late || fieldError(mutation.error, 'delayReason') ? (
          <Textarea
            label={t('incident.notifications.delayReason')}
            required
            autosize
            minRows={2}
            value={state.delayReason}
            onChange={(event) => set('delayReason', event.currentTarget.value)}
            error={localError.delayReason ?? fieldError(mutation.error, 'delayReason')}
          />
        ) : null}
        <SaveError
          error={mutation.error}
          fieldLabels={{
            summary: t('incident.notifications.summary'),
            delayReason: t('incident.notifications.delayReason'),
          }}
          fields={['sentAt', 'stage', 'summary', 'delayReason']}
          onConfirm={() => save(true)}
          pending={mutation.isPending}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('incident.notifications.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Notifications register: to whom, when, by whom, reference; late ones with the reason. */
export function NotificationsSection({
  orgId,
  incident,
  canManage,
  canBreach,
}: {
  orgId: string;
  incident: Incident;
  canManage: boolean;
  canBreach: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const notifications = useIncidentNotifications(orgId, incident.id);
  const [status, setStatus] = useState<string | null>(null);
  const recipients = NOTIFICATION_RECIPIENTS.filter((code) =>
    PRIVACY_RECIPIENTS.includes(code) ? canBreach : canManage,
  );
  const items = notifications.data?.items ?? [];

  return (
    <Section title={t('incident.notifications.title')} id="notifications">
      <StatusMessage message={status} />
      <QueryBoundary query={notifications} empty={<Text mb="md">{t('incident.notifications.empty')}</Text>}>
        {() => (
          <div className="table-scroll">
            <Table striped mb="md">
              <Table.Caption>
                {t('incident.notifications.caption', { reference: incident.reference })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('incident.notifications.recipient')}</Table.Th>
                  <Table.Th scope="col">{t('incident.notifications.sentAt')}</Table.Th>
                  <Table.Th scope="col">{t('incident.notifications.sentBy')}</Table.Th>
                  <Table.Th scope="col">{t('incident.notifications.reference')}</Table.Th>
                  <Table.Th scope="col">{t('incident.notifications.timeliness')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      {labels.recipient(item.recipient)}
                      {item.stage ? ` – ${labels.stage(item.stage)}` : ''}
                      {item.recipientDetail ? (
                        <Text size="sm" c="dimmed">
                          {item.recipientDetail}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <time dateTime={item.sentAt}>{formatInstant(item.sentAt, lang)}</time>
                    </Table.Td>
                    <Table.Td>{item.sentByName}</Table.Td>
                    <Table.Td>{item.reference ?? t('common.none')}</Table.Td>
                    <Table.Td>
                      {item.dueAt ? (
                        <Badge
                          miw="max-content"
                          variant="light"
                          color={item.late ? 'red' : 'green'}
                          tt="none"
                          radius="sm"
                        >
                          {item.late
                            ? t('incident.notifications.wasLate')
                            : t('incident.notifications.inTime')}
                        </Badge>
                      ) : (
                        t('common.none')
                      )}
                      {item.delayReason ? (
                        <Text size="sm">
                          {t('incident.notifications.delayReasonShown', { reason: item.delayReason })}
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </QueryBoundary>
      {recipients.length ? (
        <NotificationForm orgId={orgId} incident={incident} recipients={recipients} onSaved={setStatus} />
      ) : null}
    </Section>
  );
}
