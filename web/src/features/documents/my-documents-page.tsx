import { Badge, NativeSelect, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMyDocuments } from '../../api/documents';
import { AnchorLink } from '../../components/anchor-link';
import { ListTable } from '../../components/list-table';
import { PageTitle } from '../../components/page-title';
import { currentLanguage } from '../../i18n';
import { formatInstant } from '../../lib/danish-time';
import { documentLabels } from './labels';

/** The published policies and documents meant for me, and which I still have to read. */
export function MyDocumentsPage({ show = 'pending' }: { show?: 'pending' | 'all' }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = documentLabels(t);
  const navigate = useNavigate();
  const documents = useMyDocuments(show === 'pending' ? true : undefined);

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
        onChange={(event) =>
          void navigate({
            to: '/my-documents',
            search: event.currentTarget.value === 'all' ? { show: 'all' } : {},
          })
        }
      />
      <ListTable
        list={documents}
        framed
        caption={t('policyDoc.mine.caption')}
        empty={show === 'pending' ? t('policyDoc.mine.nonePending') : t('policyDoc.mine.none')}
        head={
          <>
            <Table.Th scope="col">{t('policyDoc.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('policyDoc.fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('incident.fields.organisation')}</Table.Th>
            <Table.Th scope="col">{t('policyDoc.mine.publishedAt')}</Table.Th>
            <Table.Th scope="col">{t('policyDoc.mine.myStatus')}</Table.Th>
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
            </Table.Td>
            <Table.Td>{labels.kind(doc.kind)}</Table.Td>
            <Table.Td>{doc.orgName}</Table.Td>
            <Table.Td>{doc.publishedAt ? formatInstant(doc.publishedAt, lang) : t('common.none')}</Table.Td>
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
        )}
      </ListTable>
    </>
  );
}
