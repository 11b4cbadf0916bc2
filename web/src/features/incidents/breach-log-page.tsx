import { Anchor, Button, Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { breachLogExportUrl, useBreachLog } from '../../api/incidents';
import { AnchorLink } from '../../components/anchor-link';
import { ErrorAlert, NoAccess } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { currentLanguage } from '../../i18n';
import { formatInstant } from '../../lib/danish-time';
import { NotFoundContent } from '../layout/not-found-page';
import { useOrgContext } from '../orgs/use-org-context';
import { incidentLabels } from './labels';

/** The breach log of GDPR Art. 33(5): every personal-data breach, notified or not; exports for Datatilsynet. */
export function BreachLogPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const { org, children } = useOrgContext(orgId);
  const [subtree, setSubtree] = useState(false);
  const log = useBreachLog(orgId, subtree);

  if (isStatus(org.error, 404)) return <NotFoundContent />;
  const title = org.data ? t('breachLog.titleFor', { name: org.data.name }) : t('breachLog.title');
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <AnchorLink to="/o/$orgId/incidents" params={{ orgId }} size="sm">
        {t('incident.detail.back')}
      </AnchorLink>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {isStatus(log.error, 403) ? (
        <NoAccess message={t('incident.list.noAccess')} />
      ) : (
        <Stack gap="md">
          <Text>{t('breachLog.intro')}</Text>
          <Group gap="md">
            <Anchor href={breachLogExportUrl(orgId, 'xlsx', subtree)} download>
              {t('breachLog.exportXlsx')}
            </Anchor>
            <Anchor href={breachLogExportUrl(orgId, 'pdf', subtree)} download>
              {t('breachLog.exportPdf')}
            </Anchor>
            {children.length ? (
              <Checkbox
                label={t('incident.list.subtree')}
                checked={subtree}
                onChange={(event) => setSubtree(event.currentTarget.checked)}
              />
            ) : null}
          </Group>
          {log.isPending ? (
            <Loading />
          ) : log.isError ? (
            <ErrorAlert error={log.error} />
          ) : items.length === 0 ? (
            <Text>{t('breachLog.empty')}</Text>
          ) : (
            <Paper withBorder className="table-scroll">
              <Table striped>
                <Table.Caption>{t('breachLog.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('incident.fields.reference')}</Table.Th>
                    <Table.Th scope="col">{t('breachLog.awareAt')}</Table.Th>
                    <Table.Th scope="col">{t('breachLog.facts')}</Table.Th>
                    <Table.Th scope="col">{t('breachLog.data')}</Table.Th>
                    <Table.Th scope="col">{t('breachLog.risk')}</Table.Th>
                    <Table.Th scope="col">{t('breachLog.notified')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((entry) => (
                    <Table.Tr key={entry.incidentId}>
                      <Table.Td>
                        <AnchorLink
                          to="/o/$orgId/incidents/$incidentId"
                          params={{ orgId: entry.orgId, incidentId: entry.incidentId }}
                        >
                          {entry.reference}
                        </AnchorLink>
                        <Text size="sm">{labels.status(entry.status)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <time dateTime={entry.awareAt}>{formatInstant(entry.awareAt, lang)}</time>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" className="preformatted" lineClamp={4}>
                          {entry.facts}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {entry.dataCategories.map((code) => labels.dataCategory(code)).join(', ') ||
                            t('common.none')}
                        </Text>
                        <Text size="sm">
                          {entry.dataSubjectCategories.map((code) => labels.subjectCategory(code)).join(', ')}
                          {entry.dataSubjectsApprox !== null
                            ? ` (${t('breachLog.approx', { count: entry.dataSubjectsApprox })})`
                            : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {entry.risk ? labels.breachRisk(entry.risk) : t('ismsCommon.notAssessed')}
                        </Text>
                        {entry.reasoning ? <Text size="sm">{entry.reasoning}</Text> : null}
                      </Table.Td>
                      <Table.Td>
                        {entry.notifiedAuthorityAt ? (
                          <Text size="sm">
                            {t('breachLog.notifiedAt', {
                              time: formatInstant(entry.notifiedAuthorityAt, lang),
                            })}
                            {entry.authorityReference ? ` (${entry.authorityReference})` : ''}
                          </Text>
                        ) : (
                          <Text size="sm">{t('breachLog.notNotified')}</Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
          {log.hasNextPage ? (
            <Group>
              <Button
                variant="default"
                onClick={() => void log.fetchNextPage()}
                loading={log.isFetchingNextPage}
              >
                {t('common.loadMore')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </>
  );
}
