import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../../api/documents';
import { isStatus } from '../../api/errors';
import { AnchorLink } from '../../components/anchor-link';
import { StatusMessage } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { NotFoundContent } from '../layout/not-found-page';
import { usePermissions } from '../orgs/permissions';
import { CoverageSection } from './coverage-section';
import { DiffSection } from './diff-section';
import { DocumentFacts } from './document-facts';
import { documentLabels } from './labels';
import { PublishedSection } from './published-section';
import { RevisionsSection } from './revisions-section';
import { WorkingVersionSection } from './working-version-section';
import './documents.css';

/** One policy or document: its facts, the version being worked on, the published text, history and coverage. */
export function DocumentPage({ orgId, documentId }: { orgId: string; documentId: string }) {
  const { t } = useTranslation();
  const labels = documentLabels(t);
  const document = useDocument(orgId, documentId);
  const permissions = usePermissions(orgId);
  const readsRecords = permissions.has('documents.read');
  const [message, setMessage] = useState<string | null>(null);

  if (isStatus(document.error, 403, 404)) return <NotFoundContent />;
  const data = document.data;
  return (
    <>
      {readsRecords ? (
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
      <QueryBoundary query={document} keepDataOnError>
        {(data) => (
          <Stack gap="md">
            {data.description ? <Text>{data.description}</Text> : null}
            {readsRecords ? (
              <SimpleGrid cols={{ base: 1 }} spacing="md">
                <DocumentFacts
                  document={data}
                  orgId={orgId}
                  canEdit={data.can.update}
                  onMessage={setMessage}
                />
                <WorkingVersionSection orgId={orgId} document={data} onMessage={setMessage} />
              </SimpleGrid>
            ) : null}
            <PublishedSection orgId={orgId} document={data} />
            {readsRecords ? (
              <>
                <CoverageSection orgId={orgId} documentId={data.id} />
                <RevisionsSection orgId={orgId} documentId={data.id} />
                <DiffSection orgId={orgId} documentId={data.id} />
              </>
            ) : null}
          </Stack>
        )}
      </QueryBoundary>
    </>
  );
}
