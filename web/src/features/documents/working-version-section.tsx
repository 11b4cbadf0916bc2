import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DocumentDto,
  type DocumentVersion,
  type ReviewOutcome,
  useCreateDraft,
  useDocumentVersion,
  useRecordReview,
  useUpdateDraft,
  useVersionAction,
} from '../../api/documents';
import { fieldError } from '../../api/errors';
import { useCurrentUser } from '../../api/me';
import { ErrorAlert } from '../../components/error-alert';
import { QueryBoundary } from '../../components/query-boundary';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatCalendarDate, formatInstant, todayDanish } from '../../lib/danish-time';
import { DocumentBody } from './document-body';
import { documentLabels, versionStatusColor } from './labels';
import { RichTextEditor } from './rich-text-editor';

function DraftEditor({
  orgId,
  document,
  version,
  onMessage,
}: {
  orgId: string;
  document: DocumentDto;
  version: DocumentVersion;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateDraft(orgId, document.id, version.id);
  const action = useVersionAction(orgId, document.id, version.id);
  const [initialHtml] = useState(version.bodyHtml);
  const [html, setHtml] = useState(version.bodyHtml);
  const [summary, setSummary] = useState(version.changeSummary ?? '');
  const [rowVersion, setRowVersion] = useState(version.version);
  const dirty = html !== version.bodyHtml || summary !== (version.changeSummary ?? '');

  const save = async () => {
    if (!dirty) return rowVersion;
    const saved = await update.mutateAsync({
      version: rowVersion,
      bodyHtml: html,
      changeSummary: summary.trim() || null,
    });
    setRowVersion(saved.version);
    return saved.version;
  };

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save()
      .then(() => onMessage(t('policyDoc.draft.saved')))
      .catch(() => undefined);
  };

  const onSubmitForApproval = () => {
    void save()
      .then((current) => action.mutateAsync({ action: 'submit', version: current }))
      .then(() => onMessage(t('policyDoc.draft.submitted')))
      .catch(() => undefined);
  };

  return (
    <form onSubmit={onSave} noValidate>
      <Stack gap="sm">
        <RichTextEditor
          label={t('policyDoc.draft.body')}
          description={t('policyDoc.draft.bodyHint')}
          initialHtml={initialHtml}
          onChange={setHtml}
        />
        <Textarea
          label={t('policyDoc.fields.changeSummary')}
          description={t('policyDoc.draft.changeSummaryHint')}
          autosize
          minRows={2}
          maxLength={2000}
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
          error={fieldError(update.error, 'changeSummary')}
        />
        <ErrorAlert error={update.error ?? action.error} fields={['changeSummary']} />
        <Group>
          <Button type="submit" variant="default" loading={update.isPending && !action.isPending}>
            {t('policyDoc.draft.save')}
          </Button>
          <Button onClick={onSubmitForApproval} loading={action.isPending}>
            {t('policyDoc.draft.submit')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {document.kind === 'policy'
            ? t('policyDoc.draft.approverPolicy')
            : t('policyDoc.draft.approverOther')}
        </Text>
      </Stack>
    </form>
  );
}

function ReviewDecision({
  orgId,
  document,
  version,
  onMessage,
}: {
  orgId: string;
  document: DocumentDto;
  version: DocumentVersion;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const action = useVersionAction(orgId, document.id, version.id);
  const [decision, setDecision] = useState<'approve' | 'return'>('approve');
  const [approvedOn, setApprovedOn] = useState(todayDanish());
  const [note, setNote] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const ownWork = [version.createdBy, version.lastEditedBy, version.submittedBy].includes(me.id);
  // The server says who may approve this version (management for a policy, never its own authors).
  const mayApprove = version.can.approve || version.can.returnToDraft;

  if (!mayApprove && !ownWork) {
    return <Text>{t('policyDoc.review.waiting')}</Text>;
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (decision === 'return' && !note.trim()) {
      setCommentMissing(true);
      return;
    }
    setCommentMissing(false);
    const input =
      decision === 'approve'
        ? ({ action: 'approve', version: version.version, approvedOn, note: note.trim() || null } as const)
        : ({ action: 'return', version: version.version, comment: note.trim() } as const);
    action.mutate(input, {
      onSuccess: () =>
        onMessage(decision === 'approve' ? t('policyDoc.review.approved') : t('policyDoc.review.returned')),
    });
  };

  const options = ownWork ? (['return'] as const) : (['approve', 'return'] as const);
  const current = ownWork ? 'return' : decision;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={640}>
        {ownWork ? <Text size="sm">{t('policyDoc.review.ownWork')}</Text> : null}
        <Radio.Group
          label={t('policyDoc.review.decision')}
          value={current}
          onChange={(value) => setDecision(value as 'approve' | 'return')}
        >
          <Stack gap={6} mt="xs">
            {options.map((option) => (
              <Radio
                key={option}
                value={option}
                label={
                  option === 'approve'
                    ? t('policyDoc.review.approve')
                    : ownWork
                      ? t('policyDoc.review.withdraw')
                      : t('policyDoc.review.return')
                }
              />
            ))}
          </Stack>
        </Radio.Group>
        {current === 'approve' ? (
          <TextInput
            type="date"
            label={t('policyDoc.review.approvedOn')}
            description={t('policyDoc.review.approvedOnHint')}
            max={todayDanish()}
            value={approvedOn}
            onChange={(event) => setApprovedOn(event.currentTarget.value)}
            error={fieldError(action.error, 'approvedOn')}
          />
        ) : null}
        <Textarea
          label={current === 'approve' ? t('policyDoc.review.note') : t('policyDoc.review.comment')}
          required={current === 'return'}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={commentMissing ? t('policyDoc.review.commentRequired') : fieldError(action.error, 'comment')}
        />
        <ErrorAlert error={action.error} fields={['approvedOn', 'comment']} />
        <Group>
          <Button type="submit" loading={action.isPending}>
            {current === 'approve' ? t('policyDoc.review.approveSubmit') : t('policyDoc.review.returnSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PublishForm({
  orgId,
  document,
  version,
  onMessage,
}: {
  orgId: string;
  document: DocumentDto;
  version: DocumentVersion;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const action = useVersionAction(orgId, document.id, version.id);
  const [requiresAcknowledgement, setRequiresAcknowledgement] = useState(true);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    action.mutate(
      { action: 'publish', version: version.version, requiresAcknowledgement },
      { onSuccess: () => onMessage(t('policyDoc.publish.done')) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Checkbox
          label={t('policyDoc.publish.requiresAcknowledgement')}
          description={t('policyDoc.publish.requiresAcknowledgementHint')}
          checked={requiresAcknowledgement}
          onChange={(event) => setRequiresAcknowledgement(event.currentTarget.checked)}
        />
        <ErrorAlert error={action.error} />
        <Group>
          <Button type="submit" loading={action.isPending}>
            {t('policyDoc.publish.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The version being worked on: edit the draft, decide on it in review, publish it when approved. */
export function WorkingVersionSection({
  orgId,
  document,
  onMessage,
}: {
  orgId: string;
  document: DocumentDto;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = documentLabels(t);
  const summary = document.workingVersion;
  const version = useDocumentVersion(orgId, document.id, summary?.id);
  const createDraft = useCreateDraft(orgId, document.id);
  const review = useRecordReview(orgId, document.id);
  const [outcome, setOutcome] = useState<ReviewOutcome>('no_change');
  const [reviewNote, setReviewNote] = useState('');

  if (!summary) {
    return (
      <Section title={t('policyDoc.working.title')}>
        <Text mb="sm">{t('policyDoc.working.none')}</Text>
        {document.can.createDraft ? (
          <Button
            variant="default"
            onClick={() =>
              createDraft.mutate(undefined, { onSuccess: () => onMessage(t('policyDoc.working.created')) })
            }
            loading={createDraft.isPending}
          >
            {t('policyDoc.working.newDraft')}
          </Button>
        ) : null}
        <ErrorAlert error={createDraft.error} />
        {document.can.recordReview && document.currentVersion ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              review.mutate(
                { outcome, note: reviewNote.trim() || null },
                {
                  onSuccess: () => {
                    setReviewNote('');
                    onMessage(t('policyDoc.reviewRecord.saved'));
                  },
                },
              );
            }}
            noValidate
          >
            <Stack gap="sm" mt="md" maw={640}>
              <Title order={3}>{t('policyDoc.reviewRecord.title')}</Title>
              <Radio.Group
                label={t('policyDoc.reviewRecord.outcome')}
                value={outcome}
                onChange={(value) => setOutcome(value as ReviewOutcome)}
              >
                <Stack gap={6} mt="xs">
                  <Radio value="no_change" label={t('policyDoc.reviewRecord.noChange')} />
                  <Radio value="changes_needed" label={t('policyDoc.reviewRecord.changesNeeded')} />
                </Stack>
              </Radio.Group>
              <Textarea
                label={t('policyDoc.reviewRecord.note')}
                autosize
                minRows={2}
                value={reviewNote}
                onChange={(event) => setReviewNote(event.currentTarget.value)}
              />
              <ErrorAlert error={review.error} />
              <Group>
                <Button type="submit" variant="default" loading={review.isPending}>
                  {t('policyDoc.reviewRecord.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Section>
    );
  }

  return (
    <Section
      title={t('policyDoc.working.titleNumber', { number: summary.number })}
      actions={
        <Badge
          miw="max-content"
          variant="light"
          color={versionStatusColor[summary.status]}
          tt="none"
          radius="sm"
          size="lg"
        >
          {labels.versionStatus(summary.status)}
        </Badge>
      }
    >
      <QueryBoundary query={version} keepDataOnError>
        {(data) => (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('policyDoc.working.createdBy', {
                name: data.createdByName ?? '',
                time: formatInstant(data.createdAt, lang),
              })}
              {data.submittedByName && data.submittedAt
                ? ` ${t('policyDoc.working.submittedBy', {
                    name: data.submittedByName,
                    time: formatInstant(data.submittedAt, lang),
                  })}`
                : ''}
              {data.approvedByName && data.approvedOn
                ? ` ${t('policyDoc.working.approvedBy', {
                    name: data.approvedByName,
                    date: formatCalendarDate(data.approvedOn, lang),
                  })}`
                : ''}
            </Text>
            {data.returnComment && data.status === 'draft' ? (
              <Text>
                {t('policyDoc.working.returned', {
                  name: data.returnedByName ?? '',
                  comment: data.returnComment,
                })}
              </Text>
            ) : null}
            {data.status === 'draft' && data.can.update && data.bodyFormat === 'html' ? (
              <DraftEditor
                key={data.id}
                orgId={orgId}
                document={document}
                version={data}
                onMessage={onMessage}
              />
            ) : (
              <>
                {data.changeSummary ? (
                  <Text>
                    <strong>{t('policyDoc.fields.changeSummary')}:</strong> {data.changeSummary}
                  </Text>
                ) : null}
                <Paper withBorder p="md">
                  <DocumentBody version={data} />
                </Paper>
              </>
            )}
            {data.status === 'in_review' ? (
              <ReviewDecision orgId={orgId} document={document} version={data} onMessage={onMessage} />
            ) : null}
            {data.status === 'approved' && data.can.publish ? (
              <PublishForm orgId={orgId} document={document} version={data} onMessage={onMessage} />
            ) : null}
          </Stack>
        )}
      </QueryBoundary>
    </Section>
  );
}
