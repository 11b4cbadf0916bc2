import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyIncidentReports } from '../../api/incidents';
import { AnchorLink } from '../../components/anchor-link';
import { ListTable } from '../../components/list-table';
import { PageTitle } from '../../components/page-title';
import { currentLanguage } from '../../i18n';
import { formatInstant } from '../../lib/danish-time';
import { lastOrg } from '../../lib/last-org';
import { incidentLabels, statusColor } from './labels';

/** The incidents I reported and where they stand: status only, nothing of the handling. */
export function MyReportsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const reports = useMyIncidentReports();
  const labels = incidentLabels(t);
  const orgId = lastOrg();

  return (
    <>
      <PageTitle documentTitle={t('incident.mine.title')}>{t('incident.mine.title')}</PageTitle>
      <Group justify="space-between" mb="md">
        <Text>{t('incident.mine.intro')}</Text>
        {orgId ? (
          <AnchorLink to="/o/$orgId/report-incident" params={{ orgId }}>
            {t('incident.mine.reportNew')}
          </AnchorLink>
        ) : null}
      </Group>
      <ListTable
        list={reports}
        framed
        caption={t('incident.mine.caption')}
        empty={t('incident.mine.empty')}
        head={
          <>
            <Table.Th scope="col">{t('incident.fields.reference')}</Table.Th>
            <Table.Th scope="col">{t('incident.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('incident.fields.organisation')}</Table.Th>
            <Table.Th scope="col">{t('incident.fields.reportedAt')}</Table.Th>
            <Table.Th scope="col">{t('incident.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('incident.mine.updatedAt')}</Table.Th>
          </>
        }
      >
        {(item) => (
          <Table.Tr key={item.id}>
            <Table.Td>{item.reference}</Table.Td>
            <Table.Td>{item.title}</Table.Td>
            <Table.Td>{item.orgName}</Table.Td>
            <Table.Td>
              <time dateTime={item.reportedAt}>{formatInstant(item.reportedAt, lang)}</time>
            </Table.Td>
            <Table.Td>
              <Badge miw="max-content" variant="light" color={statusColor[item.status]} tt="none" radius="sm">
                {labels.status(item.status)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <time dateTime={item.updatedAt}>{formatInstant(item.updatedAt, lang)}</time>
            </Table.Td>
          </Table.Tr>
        )}
      </ListTable>
    </>
  );
}
