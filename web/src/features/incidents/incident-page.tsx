import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { type Incident, useIncident } from '../../api/incidents';
import { AnchorLink } from '../../components/anchor-link';
import { NoAccess } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { currentLanguage } from '../../i18n';
import { formatInstant } from '../../lib/danish-time';
import { NotFoundContent } from '../layout/not-found-page';
import { ActionsSection } from './actions-section';
import { BreachForm } from './breach-form';
import { DeadlinesPanel } from './deadlines-panel';
import { incidentLabels, severityColor, statusColor } from './labels';
import { LinksSection } from './links-section';
import { NotificationsSection } from './notifications-section';
import { ReportTextsSection } from './report-texts-section';
import { StatusSection } from './status-section';
import { TimelineSection } from './timeline-section';
import { TriageForm } from './triage-form';

function Facts({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = incidentLabels(t);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="incident-facts">
      <Title order={2} id="incident-facts" mb="sm">
        {t('incident.detail.reported')}
      </Title>
      <Stack gap="md">
        <dl className="description-list">
          <dt>{t('incident.fields.reporter')}</dt>
          <dd>
            {incident.source === 'external'
              ? t('incident.detail.external')
              : (incident.reporterName ?? t('common.none'))}
          </dd>
          <dt>{t('incident.fields.reportedAt')}</dt>
          <dd>
            <time dateTime={incident.reportedAt}>{formatInstant(incident.reportedAt, lang)}</time>
          </dd>
          <dt>{t('incident.fields.discoveredAt')}</dt>
          <dd>{incident.discoveredAt ? formatInstant(incident.discoveredAt, lang) : t('common.none')}</dd>
          <dt>{t('incident.fields.systems')}</dt>
          <dd>{incident.systems ?? t('common.none')}</dd>
          <dt>{t('incident.fields.personalDataSuspected')}</dt>
          <dd>{labels.personalData(incident.personalDataSuspected)}</dd>
        </dl>
        <div>
          <Text fw={600}>{t('incident.fields.description')}</Text>
          <Text className="preformatted">{incident.description}</Text>
        </div>
      </Stack>
    </Paper>
  );
}

/** In-page navigation: the officer jumps between the parts of a long case at 2 a.m. */
function InPageNav() {
  const { t } = useTranslation();
  const parts = [
    'clocks',
    'triage',
    'breach',
    'notifications',
    'report-texts',
    'actions',
    'timeline',
    'status',
  ] as const;
  const label = {
    clocks: t('incident.clock.title'),
    triage: t('incident.triage.title'),
    breach: t('incident.breach.title'),
    notifications: t('incident.notifications.title'),
    'report-texts': t('incident.texts.title'),
    links: t('incident.links.title'),
    actions: t('incident.actions.title'),
    timeline: t('incident.timeline.title'),
    status: t('incident.status.title'),
  };
  return (
    <nav aria-label={t('incident.detail.onThisPage')} className="in-page-nav">
      <ul>
        {parts.map((part) => (
          <li key={part}>
            <a href={`#${part}`}>{label[part]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One incident: the clocks, triage, breach assessment, notifications, texts, actions, timeline, status. */
export function IncidentPage({ orgId, incidentId }: { orgId: string; incidentId: string }) {
  const { t } = useTranslation();
  const incident = useIncident(orgId, incidentId);
  const labels = incidentLabels(t);

  if (isStatus(incident.error, 404)) return <NotFoundContent />;
  if (isStatus(incident.error, 403)) {
    return (
      <>
        <PageTitle documentTitle={t('incident.detail.title')}>{t('incident.detail.title')}</PageTitle>
        <NoAccess message={t('incident.detail.ownReport')} />
        <AnchorLink to="/my-incident-reports">{t('incident.mine.title')}</AnchorLink>
      </>
    );
  }

  const data = incident.data;
  return (
    <>
      <AnchorLink to="/o/$orgId/incidents" params={{ orgId }} size="sm">
        {t('incident.detail.back')}
      </AnchorLink>
      <Text fw={600} c="dimmed" size="sm" mt="xs">
        {data ? data.reference : t('incident.detail.title')}
      </Text>
      <PageTitle documentTitle={data ? `${data.reference} – ${data.title}` : t('incident.detail.title')}>
        {data ? data.title : t('incident.detail.title')}
      </PageTitle>
      <QueryBoundary query={incident} keepDataOnError>
        {(data) => (
          <Stack gap="md">
            <Group gap="xs">
              <Badge
                miw="max-content"
                variant="light"
                color={statusColor[data.status]}
                tt="none"
                radius="sm"
                size="lg"
              >
                {labels.status(data.status)}
              </Badge>
              {data.severity ? (
                <Badge
                  miw="max-content"
                  variant="light"
                  color={severityColor[data.severity]}
                  tt="none"
                  radius="sm"
                  size="lg"
                >
                  {t('incident.detail.severityBadge', { severity: labels.severity(data.severity) })}
                </Badge>
              ) : null}
              {data.personalDataBreach ? (
                <Badge miw="max-content" variant="light" color="red" tt="none" radius="sm" size="lg">
                  {t('incident.detail.breachBadge')}
                </Badge>
              ) : null}
              {data.nis2Significant ? (
                <Badge miw="max-content" variant="light" color="orange" tt="none" radius="sm" size="lg">
                  {t('incident.detail.nis2Badge')}
                </Badge>
              ) : null}
            </Group>
            <InPageNav />
            <DeadlinesPanel orgId={orgId} incident={data} canSetAwareness={data.can.setAwareness} />
            <Facts incident={data} />
            <TriageForm orgId={orgId} incident={data} canEdit={data.can.triage} />
            <BreachForm orgId={orgId} incident={data} canEdit={data.can.assessBreach} />
            <NotificationsSection
              orgId={orgId}
              incident={data}
              canManage={data.can.notifySecurity}
              canBreach={data.can.notifyPrivacy}
            />
            <ReportTextsSection orgId={orgId} incident={data} />
            <LinksSection orgId={orgId} incident={data} canManage={data.can.editLinks} />
            <ActionsSection orgId={orgId} incident={data} canManage={data.can.addAction} />
            <TimelineSection orgId={orgId} incident={data} canWrite={data.can.addNote} />
            <StatusSection orgId={orgId} incident={data} canManage={data.can.changeStatus} />
          </Stack>
        )}
      </QueryBoundary>
    </>
  );
}
