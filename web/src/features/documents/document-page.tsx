import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DocumentDiff,
  type DocumentDto,
  type DocumentVersion,
  documentExportUrl,
  type ReviewOutcome,
  useAcknowledge,
  useCoverage,
  useCoveragePeople,
  useCreateDraft,
  useDocument,
  useDocumentDiff,
  useDocumentVersion,
  useDocumentVersions,
  useMyDocuments,
  useRecordReview,
  useRevisions,
  useUpdateDraft,
  useVersionAction,
  versionFileUrl,
} from '../../api/documents';
import { fieldError, isStatus } from '../../api/errors';
import { useCurrentUser } from '../../api/me';
import { AnchorLink } from '../../components/anchor-link';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatCalendarDate, formatInstant, todayDanish } from '../../lib/danish-time';
import { NotFoundContent } from '../layout/not-found-page';
import { type Capabilities, useCapabilities } from '../orgs/capabilities';
import { useOrgContext } from '../orgs/use-org-context';
import { DocumentSettingsForm } from './document-settings';
import { documentLabels, reviewColor, versionStatusColor } from './labels';
import { RichTextEditor } from './rich-text-editor';
import './documents.css';

/** The stored, server-sanitised HTML of a version (the server's allow list keeps scripts out). */
function DocumentBody({ version }: { version: DocumentVersion }) {
  const { t } = useTranslation();
  if (version.bodyFile) {
    return (
      <Text>
        {t('policyDoc.body.file')}{' '}
        <Anchor href={versionFileUrl(version.orgId, version.documentId, version.id)} download>
          {version.bodyFile.name}
        </Anchor>
      </Text>
    );
  }
  if (!version.bodyHtml.trim()) return <Text c="dimmed">{t('policyDoc.body.empty')}</Text>;
  return (
    <div
      className="document-body"
      lang="da"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server (rich-text.ts allow list).
      dangerouslySetInnerHTML={{ __html: version.bodyHtml }}
    />
  );
}

function Facts({
  document,
  orgId,
  canEdit,
  onMessage,
}: {
  document: DocumentDto;
  orgId: string;
  canEdit: boolean;
  onMessage: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = documentLabels(t);
  const { orgs } = useOrgContext(orgId);
  const unitNames = document.audience.unitIds
    .map((id) => orgs.data?.find((org) => org.id === id)?.name ?? id)
    .join(', ');
  const audience = document.audience.wholeOrganisation
    ? t('policyDoc.audience.whole')
    : [
        unitNames ? t('policyDoc.audience.units', { units: unitNames }) : null,
        document.audience.roles.length
          ? t('policyDoc.audience.roles', {
              roles: document.audience.roles.map((r) => t(`role.${r}`)).join(', '),
            })
          : null,
      ]
        .filter(Boolean)
        .join('; ') || t('policyDoc.audience.none');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="document-facts">
      <Title order={2} id="document-facts" mb="sm">
        {t('policyDoc.detail.facts')}
      </Title>
      <dl className="description-list">
        <dt>{t('policyDoc.fields.kind')}</dt>
        <dd>{labels.kind(document.kind)}</dd>
        <dt>{t('policyDoc.fields.owner')}</dt>
        <dd>{document.ownerName ?? t('common.none')}</dd>
        <dt>{t('policyDoc.fields.classification')}</dt>
        <dd>{labels.classification(document.classification)}</dd>
        <dt>{t('policyDoc.fields.audience')}</dt>
        <dd>{audience}</dd>
        <dt>{t('policyDoc.fields.reviewInterval')}</dt>
        <dd>{t('policyDoc.detail.months', { count: document.reviewIntervalMonths })}</dd>
        <dt>{t('policyDoc.fields.nextReview')}</dt>
        <dd>
          {document.nextReviewOn ? formatCalendarDate(document.nextReviewOn, lang) : t('common.none')}{' '}
          {document.review.status !== 'not_scheduled' ? (
            <Badge
              miw="max-content"
              variant="light"
              color={reviewColor[document.review.status]}
              tt="none"
              radius="sm"
            >
              {labels.review(document.review.status)}
            </Badge>
          ) : null}
        </dd>
        {document.publicPath ? (
          <>
            <dt>{t('policyDoc.fields.publicLink')}</dt>
            <dd>
              <Anchor href={document.publicPath}>{t('policyDoc.detail.publicPage')}</Anchor>
            </dd>
          </>
        ) : null}
      </dl>
      {canEdit && !editing ? (
        <Button variant="default" size="xs" mt="sm" onClick={() => setEditing(true)}>
          {t('policyDoc.settings.edit')}
        </Button>
      ) : null}
      {editing ? (
        <DocumentSettingsForm
          orgId={orgId}
          document={document}
          onDone={(message) => {
            setEditing(false);
            if (message) onMessage(message);
          }}
        />
      ) : null}
      {document.currentVersion ? (
        <Group gap="md" mt="sm">
          <Anchor href={documentExportUrl(orgId, document.id, 'pdf', lang)} download>
            {t('policyDoc.detail.exportPdf')}
          </Anchor>
          <Anchor href={documentExportUrl(orgId, document.id, 'docx', lang)} download>
            {t('policyDoc.detail.exportDocx')}
          </Anchor>
        </Group>
      ) : null}
    </Paper>
  );
}

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
  can,
  onMessage,
}: {
  orgId: string;
  document: DocumentDto;
  version: DocumentVersion;
  can: Capabilities;
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
  const mayApprove = document.kind === 'policy' ? can.roles.includes('management') : can.documentsApprove;

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
function WorkingVersionSection({
  orgId,
  document,
  can,
  onMessage,
}: {
  orgId: string;
  document: DocumentDto;
  can: Capabilities;
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
        {can.documentsWrite ? (
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
        {can.documentsPublish && document.currentVersion ? (
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

  const data = version.data;
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
      {!data ? (
        version.isError ? (
          <ErrorAlert error={version.error} />
        ) : (
          <Loading />
        )
      ) : (
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
          {data.status === 'draft' && can.documentsWrite && data.bodyFormat === 'html' ? (
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
            <ReviewDecision
              orgId={orgId}
              document={document}
              version={data}
              can={can}
              onMessage={onMessage}
            />
          ) : null}
          {data.status === 'approved' && can.documentsPublish ? (
            <PublishForm orgId={orgId} document={document} version={data} onMessage={onMessage} />
          ) : null}
        </Stack>
      )}
    </Section>
  );
}

/** The published version as the audience reads it, with "I have read it". */
function PublishedSection({ orgId, document }: { orgId: string; document: DocumentDto }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const current = document.currentVersion;
  const version = useDocumentVersion(orgId, document.id, current?.id);
  const mine = useMyDocuments(undefined);
  const acknowledge = useAcknowledge(orgId, document.id);
  const myEntry = mine.data?.pages.flatMap((page) => page.items).find((item) => item.id === document.id);
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
        {version.data ? (
          <DocumentBody version={version.data} />
        ) : version.isError ? (
          <ErrorAlert error={version.error} />
        ) : (
          <Loading />
        )}
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

function RevisionsSection({ orgId, documentId }: { orgId: string; documentId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const revisions = useRevisions(orgId, documentId);
  const rows = revisions.data?.items ?? [];
  return (
    <Section title={t('policyDoc.revisions.title')} id="revisions">
      {revisions.isPending ? (
        <Loading />
      ) : revisions.isError ? (
        <ErrorAlert error={revisions.error} />
      ) : rows.length === 0 ? (
        <Text>{t('policyDoc.revisions.empty')}</Text>
      ) : (
        <div className="table-scroll">
          <Table striped>
            <Table.Caption>{t('policyDoc.revisions.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('policyDoc.revisions.version')}</Table.Th>
                <Table.Th scope="col">{t('policyDoc.revisions.date')}</Table.Th>
                <Table.Th scope="col">{t('policyDoc.revisions.author')}</Table.Th>
                <Table.Th scope="col">{t('policyDoc.revisions.change')}</Table.Th>
                <Table.Th scope="col">{t('policyDoc.revisions.approvedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keyed(rows).map(({ item: row, key }) => (
                <Table.Tr key={key}>
                  <Table.Td>
                    {row.kind === 'version'
                      ? String(row.versionNumber ?? '')
                      : t('policyDoc.revisions.review', {
                          outcome: row.outcome ? t(`policyDoc.reviewRecord.outcomes.${row.outcome}`) : '',
                        })}
                  </Table.Td>
                  <Table.Td>
                    <time dateTime={row.date}>{formatCalendarDate(row.date, lang)}</time>
                  </Table.Td>
                  <Table.Td>{row.authorName ?? t('common.none')}</Table.Td>
                  <Table.Td>{row.changeSummary ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    {row.approvedByName
                      ? `${row.approvedByName}${row.approverRole ? ` (${t(`role.${row.approverRole}`)})` : ''}`
                      : t('common.none')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Section>
  );
}

/** Items with a key by position, for lists the server sends without ids (they never reorder). */
const keyed = <T,>(items: readonly T[]) => items.map((item, position) => ({ item, key: String(position) }));

type Segment = DocumentDiff['rows'][number]['leftSegments'];

/** One side of a changed block: word-level changes marked, or the whole block added or removed. */
function DiffSide({
  side,
  segments,
  mark,
}: {
  side: DocumentDiff['rows'][number]['left'];
  segments: Segment;
  mark: 'added' | 'removed' | null;
}) {
  if (segments) {
    return (
      <>
        {keyed(segments).map(({ item: segment, key }) =>
          segment.op === 'equal' ? (
            <span key={key}>{segment.text}</span>
          ) : segment.op === 'removed' ? (
            <del key={key} className="diff-removed">
              {segment.text}
            </del>
          ) : (
            <ins key={key} className="diff-added">
              {segment.text}
            </ins>
          ),
        )}
      </>
    );
  }
  if (!side) return null;
  if (mark === 'removed') return <del className="diff-removed">{side.text}</del>;
  if (mark === 'added') return <ins className="diff-added">{side.text}</ins>;
  return <>{side.text}</>;
}

function DiffSection({ orgId, documentId }: { orgId: string; documentId: string }) {
  const { t } = useTranslation();
  const versions = useDocumentVersions(orgId, documentId);
  const list = versions.data?.items ?? [];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const fromId = from || list[1]?.id || '';
  const toId = to || list[0]?.id || '';
  const diff = useDocumentDiff(orgId, documentId, fromId, toId);
  if (list.length < 2) return null;
  const options = list.map((v) => ({
    value: v.id,
    label: t('policyDoc.diff.option', { number: v.number, status: t(`policyDoc.versionStatus.${v.status}`) }),
  }));
  return (
    <Section title={t('policyDoc.diff.title')} id="diff">
      <Group gap="md" mb="md" align="flex-end">
        <NativeSelect
          label={t('policyDoc.diff.from')}
          value={fromId}
          data={options}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('policyDoc.diff.to')}
          value={toId}
          data={options}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
      </Group>
      {fromId === toId ? (
        <Text>{t('policyDoc.diff.same')}</Text>
      ) : diff.isPending ? (
        <Loading />
      ) : diff.isError ? (
        <ErrorAlert error={diff.error} />
      ) : !diff.data.comparable ? (
        <Text>{t('policyDoc.diff.notComparable')}</Text>
      ) : (
        <>
          <Text size="sm" mb="sm">
            {t('policyDoc.diff.stats', diff.data.stats)}
          </Text>
          <div className="table-scroll">
            <Table className="diff-table">
              <Table.Caption>
                {t('policyDoc.diff.caption', { from: diff.data.from.number, to: diff.data.to.number })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">
                    {t('policyDoc.diff.versionHeading', { number: diff.data.from.number })}
                  </Table.Th>
                  <Table.Th scope="col">
                    {t('policyDoc.diff.versionHeading', { number: diff.data.to.number })}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keyed(diff.data.rows.filter((row) => row.op !== 'equal')).map(({ item: row, key }) => (
                  <Table.Tr key={key} className={`diff-row-${row.op}`}>
                    <Table.Td>
                      <DiffSide
                        side={row.left}
                        segments={row.leftSegments}
                        mark={row.op === 'removed' ? 'removed' : null}
                      />
                    </Table.Td>
                    <Table.Td>
                      <DiffSide
                        side={row.right}
                        segments={row.rightSegments}
                        mark={row.op === 'added' ? 'added' : null}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </>
      )}
    </Section>
  );
}

function CoverageSection({ orgId, documentId }: { orgId: string; documentId: string }) {
  const { t } = useTranslation();
  const coverage = useCoverage(orgId, documentId, true);
  const [showPending, setShowPending] = useState(false);
  const pending = useCoveragePeople(orgId, documentId, 'pending', showPending);
  if (isStatus(coverage.error, 403, 404)) return null;
  const data = coverage.data;
  return (
    <Section title={t('policyDoc.coverage.title')} id="coverage">
      {!data ? (
        coverage.isError ? (
          <ErrorAlert error={coverage.error} />
        ) : (
          <Loading />
        )
      ) : data.currentVersionNumber === null ? (
        <Text>{t('policyDoc.coverage.notPublished')}</Text>
      ) : (
        <Stack gap="sm">
          <Text data-testid="coverage-total">
            {t('policyDoc.coverage.total', {
              acknowledged: data.total.acknowledged,
              inAudience: data.total.inAudience,
              percent: data.total.percent.toLocaleString(currentLanguage() === 'da' ? 'da-DK' : 'en-GB'),
            })}
          </Text>
          {data.units.length ? (
            <div className="table-scroll">
              <Table striped>
                <Table.Caption>{t('policyDoc.coverage.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('policyDoc.coverage.unit')}</Table.Th>
                    <Table.Th scope="col">{t('policyDoc.coverage.inAudience')}</Table.Th>
                    <Table.Th scope="col">{t('policyDoc.coverage.acknowledged')}</Table.Th>
                    <Table.Th scope="col">{t('policyDoc.coverage.pending')}</Table.Th>
                    <Table.Th scope="col">{t('policyDoc.coverage.percent')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.units.map((unit) => (
                    <Table.Tr key={unit.orgId}>
                      <Table.Th scope="row">{unit.name}</Table.Th>
                      <Table.Td>{unit.inAudience}</Table.Td>
                      <Table.Td>{unit.acknowledged}</Table.Td>
                      <Table.Td>{unit.pending}</Table.Td>
                      <Table.Td>{`${unit.percent.toLocaleString(currentLanguage() === 'da' ? 'da-DK' : 'en-GB')} %`}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          ) : null}
          {data.total.pending > 0 ? (
            <div>
              <Button
                variant="default"
                size="xs"
                aria-expanded={showPending}
                onClick={() => setShowPending((v) => !v)}
              >
                {showPending ? t('policyDoc.coverage.hidePending') : t('policyDoc.coverage.showPending')}
              </Button>
              {showPending ? (
                pending.isPending ? (
                  <Loading />
                ) : pending.isError ? (
                  <ErrorAlert error={pending.error} />
                ) : (
                  <ul>
                    {pending.data.items.map((person) => (
                      <li key={person.userId}>
                        {person.name} ({person.email})
                      </li>
                    ))}
                  </ul>
                )
              ) : null}
            </div>
          ) : null}
        </Stack>
      )}
    </Section>
  );
}

/** One policy or document: its facts, the version being worked on, the published text, history and coverage. */
export function DocumentPage({ orgId, documentId }: { orgId: string; documentId: string }) {
  const { t } = useTranslation();
  const labels = documentLabels(t);
  const document = useDocument(orgId, documentId);
  const can = useCapabilities(orgId);
  const [message, setMessage] = useState<string | null>(null);

  if (isStatus(document.error, 403, 404)) return <NotFoundContent />;
  const data = document.data;
  return (
    <>
      {can.documentsRead ? (
        <AnchorLink to="/o/$orgId/documents" params={{ orgId }} size="sm">
          {t('policyDoc.detail.back')}
        </AnchorLink>
      ) : (
        <AnchorLink to="/my-documents" size="sm">
          {t('policyDoc.detail.backMine')}
        </AnchorLink>
      )}
      <Text fw={600} c="dimmed" size="sm" mt="xs">
        {data ? `${labels.kind(data.kind)} · ${data.orgName}` : t('policyDoc.detail.title')}
      </Text>
      <PageTitle documentTitle={data?.title ?? t('policyDoc.detail.title')}>
        {data?.title ?? t('policyDoc.detail.title')}
      </PageTitle>
      <StatusMessage message={message} />
      {data ? (
        <Stack gap="md">
          {data.description ? <Text>{data.description}</Text> : null}
          {can.documentsRead ? (
            <SimpleGrid cols={{ base: 1 }} spacing="md">
              <Facts document={data} orgId={orgId} canEdit={can.documentsWrite} onMessage={setMessage} />
              <WorkingVersionSection orgId={orgId} document={data} can={can} onMessage={setMessage} />
            </SimpleGrid>
          ) : null}
          <PublishedSection orgId={orgId} document={data} />
          {can.documentsRead ? (
            <>
              <CoverageSection orgId={orgId} documentId={data.id} />
              <RevisionsSection orgId={orgId} documentId={data.id} />
              <DiffSection orgId={orgId} documentId={data.id} />
            </>
          ) : null}
        </Stack>
      ) : document.isError ? (
        <ErrorAlert error={document.error} />
      ) : (
        <Loading />
      )}
    </>
  );
}
