import { Badge, Button, Group, NativeSelect, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyDocuments } from '../../api/documents';
import { AnchorLink } from '../../components/anchor-link';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { currentLanguage } from '../../i18n';
import { formatInstant } from '../../lib/danish-time';
import { documentLabels } from './labels';

/** The published policies and documents meant for me, and which I still have to read. */
export function MyDocumentsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = documentLabels(t);
  const [show, setShow] = useState<'pending' | 'all'>('pending');
  const documents = useMyDocuments(show === 'pending' ? true : undefined);
  const items = documents.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageTitle documentTitle={t('policyDoc.mine.title')}>{t('policyDoc.mine.title')}</PageTitle>
      <Text mb="md">{t('policyDoc.mine.intro')}</Text>
      <NativeSelect
        label={t('policyDoc.mine.show')}
        maw={320}
        mb="md"
        value={show}
        data={[
          { value: 'pending', label: t('policyDoc.mine.pending') },
          { value: 'all', label: t('policyDoc.mine.all') },
        ]}
        onChange={(event) => setShow(event.currentTarget.value as 'pending' | 'all')}
      />
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ErrorAlert error={documents.error} />
      ) : items.length === 0 ? (
        <Text>{show === 'pending' ? t('policyDoc.mine.nonePending') : t('policyDoc.mine.none')}</Text>
      ) : (
        <Paper withBorder className="table-scroll">
          <Table striped>
            <Table.Caption>{t('policyDoc.mine.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('policyDoc.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('policyDoc.fields.kind')}</Table.Th>
                <Table.Th scope="col">{t('incident.fields.organisation')}</Table.Th>
                <Table.Th scope="col">{t('policyDoc.mine.publishedAt')}</Table.Th>
                <Table.Th scope="col">{t('policyDoc.mine.myStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((doc) => (
                <Table.Tr key={doc.id}>
                  <Table.Td>
                    <AnchorLink
                      to="/o/$orgId/documents/$documentId"
                      params={{ orgId: doc.orgId, documentId: doc.id }}
                    >
                      {doc.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{labels.kind(doc.kind)}</Table.Td>
                  <Table.Td>{doc.orgName}</Table.Td>
                  <Table.Td>
                    {doc.publishedAt ? formatInstant(doc.publishedAt, lang) : t('common.none')}
                  </Table.Td>
                  <Table.Td>
                    {doc.pending ? (
                      <Badge miw="max-content" variant="light" color="orange" tt="none" radius="sm">
                        {t('policyDoc.mine.toRead')}
                      </Badge>
                    ) : doc.acknowledgedAt ? (
                      <Badge miw="max-content" variant="light" color="green" tt="none" radius="sm">
                        {t('policyDoc.mine.read')}
                      </Badge>
                    ) : (
                      t('policyDoc.mine.noAckNeeded')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {documents.hasNextPage ? (
        <Group mt="md">
          <Button
            variant="default"
            onClick={() => void documents.fetchNextPage()}
            loading={documents.isFetchingNextPage}
          >
            {t('common.loadMore')}
          </Button>
        </Group>
      ) : null}
    </>
  );
}
