import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyIncidentReports } from '../../api/incidents';
import { AnchorLink } from '../../components/anchor-link';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
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
  const items = reports.data?.pages.flatMap((page) => page.items) ?? [];
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
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <ErrorAlert error={reports.error} />
      ) : items.length === 0 ? (
        <Text>{t('incident.mine.empty')}</Text>
      ) : (
        <Paper withBorder className="table-scroll">
          <Table striped>
            <Table.Caption>{t('incident.mine.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('incident.fields.reference')}</Table.Th>
                <Table.Th scope="col">{t('incident.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('incident.fields.organisation')}</Table.Th>
                <Table.Th scope="col">{t('incident.fields.reportedAt')}</Table.Th>
                <Table.Th scope="col">{t('incident.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('incident.mine.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{item.reference}</Table.Td>
                  <Table.Td>{item.title}</Table.Td>
                  <Table.Td>{item.orgName}</Table.Td>
                  <Table.Td>
                    <time dateTime={item.reportedAt}>{formatInstant(item.reportedAt, lang)}</time>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      miw="max-content"
                      variant="light"
                      color={statusColor[item.status]}
                      tt="none"
                      radius="sm"
                    >
                      {labels.status(item.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <time dateTime={item.updatedAt}>{formatInstant(item.updatedAt, lang)}</time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {reports.hasNextPage ? (
        <Button
          variant="default"
          mt="md"
          onClick={() => void reports.fetchNextPage()}
          loading={reports.isFetchingNextPage}
        >
          {t('common.loadMore')}
        </Button>
      ) : null}
    </>
  );
}
