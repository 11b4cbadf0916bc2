import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import {
  INCIDENT_STATUSES,
  type IncidentStatus,
  OPEN_STATUSES,
  useIncidents,
  useRunningDeadlines,
} from '../../api/incidents';
import { AnchorLink } from '../../components/anchor-link';
import { NoAccess } from '../../components/error-alert';
import { ListTable } from '../../components/list-table';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';
import { formatDueTime, formatInstant } from '../../lib/danish-time';
import { NotFoundContent } from '../layout/not-found-page';
import { useOrgContext } from '../orgs/use-org-context';
import { Countdown } from './countdown';
import { incidentLabels, severityColor, statusColor } from './labels';
import './incidents.css';

export interface IncidentFilters {
  status?: 'open' | 'all' | IncidentStatus;
  q?: string;
  subtree?: boolean;
}

function RunningClocks({ orgId, subtree }: { orgId: string; subtree: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const deadlines = useRunningDeadlines(orgId, subtree);
  const items = (deadlines.data?.items ?? []).filter((item) => item.dueAt).slice(0, 8);
  return (
    <Section title={t('incident.list.clocks')}>
      <QueryBoundary query={deadlines} empty={t('incident.list.noClocks')} isEmpty={() => items.length === 0}>
        {() => (
          <ul className="timeline-list">
            {items.map((item) => (
              <li key={`${item.incidentId}-${item.kind}`}>
                <Text>
                  <AnchorLink
                    to="/o/$orgId/incidents/$incidentId"
                    params={{ orgId: item.orgId, incidentId: item.incidentId }}
                  >
                    {item.reference}
                  </AnchorLink>{' '}
                  {item.title}
                </Text>
                <Text size="sm">
                  {labels.deadline(item.kind)}
                  {item.provisional ? ` (${t('incident.list.provisional')})` : ''}:{' '}
                  {item.dueAt ? <time dateTime={item.dueAt}>{formatDueTime(item.dueAt, lang)}</time> : null}
                  {' · '}
                  {item.dueAt ? <Countdown dueAt={item.dueAt} compact /> : null}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </QueryBoundary>
    </Section>
  );
}

/** The security officer's incident list: what is open, what is due, and where to act. */
export function IncidentsPage({ orgId, filters }: { orgId: string; filters: IncidentFilters }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  const navigate = useNavigate();
  const { org, children } = useOrgContext(orgId);
  const status = filters.status ?? 'open';
  const subtree = filters.subtree ?? children.length > 0;
  const [q, setQ] = useState(filters.q ?? '');
  const statusQuery = status === 'all' ? undefined : status === 'open' ? OPEN_STATUSES.join(',') : status;
  const incidents = useIncidents(orgId, {
    ...(statusQuery ? { status: statusQuery } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    subtree: subtree ? 'true' : 'false',
  });

  if (isStatus(org.error, 404)) return <NotFoundContent />;
  const title = org.data ? t('incident.list.titleFor', { name: org.data.name }) : t('incident.list.title');
  if (isStatus(incidents.error, 403)) {
    return (
      <>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <NoAccess message={t('incident.list.noAccess')} />
        <AnchorLink to="/o/$orgId/report-incident" params={{ orgId }}>
          {t('complianceNav.reportIncident')}
        </AnchorLink>
      </>
    );
  }

  const setFilters = (next: IncidentFilters) =>
    void navigate({ to: '/o/$orgId/incidents', params: { orgId }, search: { ...filters, ...next } });

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters({ q: q.trim() || undefined });
  };
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Group gap="md" mb="md">
        <AnchorLink to="/o/$orgId/report-incident" params={{ orgId }}>
          {t('complianceNav.reportIncident')}
        </AnchorLink>
        <AnchorLink to="/o/$orgId/breach-log" params={{ orgId }}>
          {t('breachLog.title')}
        </AnchorLink>
        <AnchorLink to="/o/$orgId/vulnerability-reports" params={{ orgId }}>
          {t('vulnReport.inbox.title')}
        </AnchorLink>
      </Group>
      <Stack gap="md">
        <RunningClocks orgId={orgId} subtree={subtree} />
        <Paper withBorder p="md" component="section" aria-label={t('incident.list.filters')}>
          <form onSubmit={onSearch}>
            <Group align="flex-end" gap="md">
              <NativeSelect
                label={t('incident.list.status')}
                value={status}
                data={[
                  { value: 'open', label: t('incident.list.open') },
                  { value: 'all', label: t('incident.list.all') },
                  ...INCIDENT_STATUSES.map((code) => ({ value: code, label: labels.status(code) })),
                ]}
                onChange={(event) =>
                  setFilters({ status: event.currentTarget.value as IncidentFilters['status'] })
                }
              />
              <TextInput
                label={t('incident.list.search')}
                value={q}
                onChange={(event) => setQ(event.currentTarget.value)}
              />
              <Button type="submit" variant="default">
                {t('incident.list.searchSubmit')}
              </Button>
              {children.length ? (
                <Checkbox
                  label={t('incident.list.subtree')}
                  checked={subtree}
                  onChange={(event) => setFilters({ subtree: event.currentTarget.checked })}
                  mb={8}
                />
              ) : null}
            </Group>
          </form>
        </Paper>
        <ListTable
          list={incidents}
          framed
          caption={t('incident.list.caption')}
          empty={t('incident.list.empty')}
          tableProps={{ highlightOnHover: true }}
          head={
            <>
              <Table.Th scope="col">{t('incident.fields.reference')}</Table.Th>
              <Table.Th scope="col">{t('incident.fields.title')}</Table.Th>
              <Table.Th scope="col">{t('incident.fields.status')}</Table.Th>
              <Table.Th scope="col">{t('incident.fields.severity')}</Table.Th>
              <Table.Th scope="col">{t('incident.fields.category')}</Table.Th>
              <Table.Th scope="col">{t('incident.list.nextDeadline')}</Table.Th>
              <Table.Th scope="col">{t('incident.fields.reportedAt')}</Table.Th>
            </>
          }
        >
          {(item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <AnchorLink
                  to="/o/$orgId/incidents/$incidentId"
                  params={{ orgId: item.orgId, incidentId: item.id }}
                >
                  {item.reference}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                {item.title}
                {item.personalDataBreach ? (
                  <Badge miw="max-content" variant="light" color="red" tt="none" radius="sm" ml="xs">
                    {t('incident.detail.breachBadge')}
                  </Badge>
                ) : null}
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
                {item.severity ? (
                  <Badge
                    miw="max-content"
                    variant="light"
                    color={severityColor[item.severity]}
                    tt="none"
                    radius="sm"
                  >
                    {labels.severity(item.severity)}
                  </Badge>
                ) : (
                  t('ismsCommon.notAssessed')
                )}
              </Table.Td>
              <Table.Td>{labels.category(item.category)}</Table.Td>
              <Table.Td>
                {item.nextDeadline?.dueAt ? (
                  <>
                    {labels.deadline(item.nextDeadline.kind)}
                    <br />
                    <Countdown dueAt={item.nextDeadline.dueAt} compact />
                  </>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
              <Table.Td>
                <time dateTime={item.reportedAt}>{formatInstant(item.reportedAt, lang)}</time>
              </Table.Td>
            </Table.Tr>
          )}
        </ListTable>
      </Stack>
    </>
  );
}
