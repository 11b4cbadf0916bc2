import { Anchor, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { breachLogExportUrl, useBreachLog } from '../../api/incidents';
import { AnchorLink } from '../../components/anchor-link';
import { NoAccess } from '../../components/error-alert';
import { ListTable } from '../../components/list-table';
import { PageTitle } from '../../components/page-title';
import { currentLanguage } from '../../i18n';
import { formatInstant } from '../../lib/danish-time';
import { NotFoundContent } from '../layout/not-found-page';
import { useOrgContext } from '../orgs/use-org-context';
import { incidentLabels } from './labels';

/** The breach log of GDPR Art. 33(5): every personal-data breach, notified or not; exports for Datatilsynet. */
export function BreachLogPage({ orgId, subtree = false }: { orgId: string; subtree?: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const { org, children } = useOrgContext(orgId);
  const navigate = useNavigate();
  const log = useBreachLog(orgId, subtree);

  if (isStatus(org.error, 404)) return <NotFoundContent />;
  const title = org.data ? t('breachLog.titleFor', { name: org.data.name }) : t('breachLog.title');

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
                onChange={(event) =>
                  void navigate({
                    to: '/o/$orgId/breach-log',
                    params: { orgId },
                    search: event.currentTarget.checked ? { subtree: true } : {},
                  })
                }
              />
            ) : null}
          </Group>
          <ListTable
            list={log}
            framed
            caption={t('breachLog.caption')}
            empty={t('breachLog.empty')}
            head={
              <>
                <Table.Th scope="col">{t('incident.fields.reference')}</Table.Th>
                <Table.Th scope="col">{t('breachLog.awareAt')}</Table.Th>
                <Table.Th scope="col">{t('breachLog.facts')}</Table.Th>
                <Table.Th scope="col">{t('breachLog.data')}</Table.Th>
                <Table.Th scope="col">{t('breachLog.risk')}</Table.Th>
                <Table.Th scope="col">{t('breachLog.notified')}</Table.Th>
              </>
            }
          >
            {(entry) => (
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
            )}
          </ListTable>
        </Stack>
      )}
    </>
  );
}
