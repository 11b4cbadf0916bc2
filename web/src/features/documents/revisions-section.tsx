import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRevisions } from '../../api/documents';
import { QueryBoundary } from '../../components/query-boundary';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatCalendarDate } from '../../lib/danish-time';
import { keyed } from './diff-section';

export function RevisionsSection({ orgId, documentId }: { orgId: string; documentId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const revisions = useRevisions(orgId, documentId);
  const rows = revisions.data?.items ?? [];
  return (
    <Section title={t('policyDoc.revisions.title')} id="revisions">
      <QueryBoundary query={revisions} empty={t('policyDoc.revisions.empty')}>
        {() => (
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
      </QueryBoundary>
    </Section>
  );
}
