import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLASSIFICATIONS,
  type Classification,
  DOCUMENT_KINDS,
  type DocumentKind,
  type FromTemplateBody,
  useCreateDocument,
  useCreateFromTemplate,
  useDocuments,
  useDocumentTemplates,
} from '../../api/documents';
import { fieldError, isStatus } from '../../api/errors';
import { AnchorLink } from '../../components/anchor-link';
import { ErrorAlert, NoAccess } from '../../components/error-alert';
import { ListTable } from '../../components/list-table';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatCalendarDate } from '../../lib/danish-time';
import { NotFoundContent } from '../layout/not-found-page';
import { usePermissions } from '../orgs/permissions';
import { useOrgContext } from '../orgs/use-org-context';
import { documentLabels, reviewColor, versionStatusColor } from './labels';

/** "Start from a template": Skjold's Danish starter templates and the group's own templates. */
function NewDocumentForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const navigate = useNavigate();
  const templates = useDocumentTemplates(orgId);
  const fromTemplate = useCreateFromTemplate(orgId);
  const blank = useCreateDocument(orgId);
  const [source, setSource] = useState('');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('policy');
  const [classification, setClassification] = useState<Classification | ''>('');
  const [sourceMissing, setSourceMissing] = useState(false);
  const [titleMissing, setTitleMissing] = useState(false);

  const catalog = templates.data?.catalog ?? [];
  const group = templates.data?.group ?? [];
  const error = fromTemplate.error ?? blank.error;
  const pending = fromTemplate.isPending || blank.isPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSourceMissing(!source);
    if (!source) return;
    const open = (created: { id: string }) =>
      void navigate({ to: '/o/$orgId/documents/$documentId', params: { orgId, documentId: created.id } });
    if (source === 'blank') {
      setTitleMissing(!title.trim());
      if (!title.trim()) return;
      blank.mutate(
        { kind, title: title.trim(), ...(classification ? { classification } : {}) },
        { onSuccess: open },
      );
      return;
    }
    const [type, id] = source.split(':') as ['catalog' | 'group', string];
    fromTemplate.mutate(
      {
        ...(type === 'catalog'
          ? { catalogKey: id as NonNullable<FromTemplateBody['catalogKey']>, locale: lang }
          : { templateDocumentId: id }),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(classification ? { classification } : {}),
      },
      { onSuccess: open },
    );
  };

  return (
    <Section title={t('policyDoc.create.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {templates.isPending ? <Loading /> : null}
          {templates.isError ? <ErrorAlert error={templates.error} /> : null}
          <Radio.Group
            label={t('policyDoc.create.source')}
            value={source}
            onChange={setSource}
            required
            error={sourceMissing ? t('policyDoc.create.sourceRequired') : undefined}
          >
            <Stack gap={6} mt="xs">
              {catalog.map((template) => (
                <Radio
                  key={template.key}
                  value={`catalog:${template.key}`}
                  label={template.title[lang]}
                  description={template.description[lang]}
                />
              ))}
              {group.map((template) => (
                <Radio
                  key={template.documentId}
                  value={`group:${template.documentId}`}
                  label={t('policyDoc.create.groupTemplate', {
                    title: template.title,
                    org: template.orgName,
                  })}
                  description={template.description ?? undefined}
                />
              ))}
              <Radio value="blank" label={t('policyDoc.create.blank')} />
            </Stack>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={source === 'blank' ? t('policyDoc.fields.title') : t('policyDoc.create.titleOptional')}
              description={source === 'blank' ? undefined : t('policyDoc.create.titleHint')}
              required={source === 'blank'}
              maxLength={300}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={
                source === 'blank' && titleMissing
                  ? t('policyDoc.create.titleRequired')
                  : fieldError(error, 'title')
              }
            />
            {source === 'blank' ? (
              <NativeSelect
                label={t('policyDoc.fields.kind')}
                value={kind}
                data={DOCUMENT_KINDS.map((code) => ({ value: code, label: t(`policyDoc.kind.${code}`) }))}
                onChange={(event) => setKind(event.currentTarget.value as DocumentKind)}
              />
            ) : null}
            <NativeSelect
              label={t('policyDoc.fields.classification')}
              value={classification}
              data={[
                { value: '', label: t('policyDoc.create.classificationDefault') },
                ...CLASSIFICATIONS.map((code) => ({
                  value: code,
                  label: t(`policyDoc.classification.${code}`),
                })),
              ]}
              onChange={(event) => setClassification(event.currentTarget.value as Classification | '')}
            />
          </SimpleGrid>
          <ErrorAlert error={error} fields={['title']} />
          <Group>
            <Button type="submit" loading={pending}>
              {t('policyDoc.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

/** The organisation's policies and documents, with review due dates and where each stands. */
export interface DocumentFilters {
  kind?: DocumentKind;
  reviewStatus?: 'due' | 'overdue';
  archived?: boolean;
}

export function DocumentsPage({ orgId, filters }: { orgId: string; filters: DocumentFilters }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = documentLabels(t);
  const navigate = useNavigate();
  const { org } = useOrgContext(orgId);
  const permissions = usePermissions(orgId);
  const { kind, reviewStatus, archived = false } = filters;
  const setFilters = (next: DocumentFilters) =>
    void navigate({ to: '/o/$orgId/documents', params: { orgId }, search: { ...filters, ...next } });
  const documents = useDocuments(orgId, {
    ...(kind ? { kind } : {}),
    ...(reviewStatus ? { reviewStatus } : {}),
    archived: archived ? 'true' : 'false',
  });

  if (isStatus(org.error, 404)) return <NotFoundContent />;
  const title = org.data ? t('policyDoc.list.titleFor', { name: org.data.name }) : t('policyDoc.list.title');
  if (isStatus(documents.error, 403)) {
    return (
      <>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <NoAccess message={t('policyDoc.list.noAccess')} />
        <AnchorLink to="/my-documents">{t('complianceNav.myDocuments')}</AnchorLink>
      </>
    );
  }

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Stack gap="md">
        <Paper withBorder p="md" component="section" aria-label={t('policyDoc.list.filters')}>
          <Group align="flex-end" gap="md">
            <NativeSelect
              label={t('policyDoc.fields.kind')}
              value={kind ?? ''}
              data={[
                { value: '', label: t('policyDoc.list.allKinds') },
                ...DOCUMENT_KINDS.map((code) => ({ value: code, label: labels.kind(code) })),
              ]}
              onChange={(event) =>
                setFilters({ kind: DOCUMENT_KINDS.find((code) => code === event.currentTarget.value) })
              }
            />
            <NativeSelect
              label={t('policyDoc.list.review')}
              value={reviewStatus ?? ''}
              data={[
                { value: '', label: t('policyDoc.list.allReviews') },
                { value: 'due', label: t('policyDoc.list.reviewDue') },
                { value: 'overdue', label: t('policyDoc.list.reviewOverdue') },
              ]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setFilters({ reviewStatus: value === 'due' || value === 'overdue' ? value : undefined });
              }}
            />
            <NativeSelect
              label={t('policyDoc.list.show')}
              value={archived ? 'archived' : 'active'}
              data={[
                { value: 'active', label: t('policyDoc.list.active') },
                { value: 'archived', label: t('policyDoc.list.archived') },
              ]}
              onChange={(event) =>
                setFilters({ archived: event.currentTarget.value === 'archived' || undefined })
              }
            />
          </Group>
        </Paper>
        <ListTable
          list={documents}
          framed
          caption={t('policyDoc.list.caption')}
          empty={t('policyDoc.list.empty')}
          head={
            <>
              <Table.Th scope="col">{t('policyDoc.fields.title')}</Table.Th>
              <Table.Th scope="col">{t('policyDoc.fields.kind')}</Table.Th>
              <Table.Th scope="col">{t('policyDoc.list.published')}</Table.Th>
              <Table.Th scope="col">{t('policyDoc.list.working')}</Table.Th>
              <Table.Th scope="col">{t('policyDoc.fields.nextReview')}</Table.Th>
              <Table.Th scope="col">{t('policyDoc.fields.owner')}</Table.Th>
            </>
          }
        >
          {(doc) => (
            <Table.Tr key={doc.id}>
              <Table.Td>
                <AnchorLink
                  to="/o/$orgId/documents/$documentId"
                  params={{ orgId: doc.orgId, documentId: doc.id }}
                >
                  {doc.title}
                </AnchorLink>
                {doc.isTemplate ? (
                  <Badge miw="max-content" variant="light" color="blue" tt="none" radius="sm" ml="xs">
                    {t('policyDoc.fields.isTemplate')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{labels.kind(doc.kind)}</Table.Td>
              <Table.Td>
                {doc.currentVersion
                  ? t('policyDoc.list.versionNumber', { number: doc.currentVersion.number })
                  : t('policyDoc.list.notPublished')}
              </Table.Td>
              <Table.Td>
                {doc.workingVersion ? (
                  <Badge
                    miw="max-content"
                    variant="light"
                    color={versionStatusColor[doc.workingVersion.status]}
                    tt="none"
                    radius="sm"
                  >
                    {t('policyDoc.list.versionStatus', {
                      number: doc.workingVersion.number,
                      status: labels.versionStatus(doc.workingVersion.status),
                    })}
                  </Badge>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
              <Table.Td>
                {doc.nextReviewOn ? (
                  <>
                    <time dateTime={doc.nextReviewOn}>{formatCalendarDate(doc.nextReviewOn, lang)}</time>
                    {doc.review.status === 'due_soon' || doc.review.status === 'overdue' ? (
                      <Badge
                        miw="max-content"
                        variant="light"
                        color={reviewColor[doc.review.status]}
                        tt="none"
                        radius="sm"
                        ml="xs"
                      >
                        {labels.review(doc.review.status)}
                      </Badge>
                    ) : null}
                  </>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
              <Table.Td>{doc.ownerName ?? t('common.none')}</Table.Td>
            </Table.Tr>
          )}
        </ListTable>
        {permissions.has('documents.write') ? <NewDocumentForm orgId={orgId} /> : null}
      </Stack>
    </>
  );
}
