import { Button, Group, Paper, Stack, Table, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, auditCsvUrl, useAuditEvents } from '../../api/audit';
import { isStatus } from '../../api/errors';
import { useOrg } from '../../api/orgs';
import type { AuditEvent } from '../../api/types';
import { NoAccess } from '../../components/error-alert';
import { ListTable } from '../../components/list-table';
import { PageTitle } from '../../components/page-title';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { NotFoundContent } from '../layout/not-found-page';
import { AuditEventDialog } from './audit-event-dialog';
import { AuditFiltersForm } from './audit-filters-form';

interface AuditPageProps {
  orgId: string;
  filters: AuditFilters;
}

export function AuditPage({ orgId, filters }: AuditPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const org = useOrg(orgId);
  const events = useAuditEvents(orgId, filters);
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  const locale = currentLanguage();

  const orgName = org.data?.name;
  const title = orgName ? `${t('audit.title')} – ${orgName}` : t('audit.title');

  if (isStatus(org.error, 404)) return <NotFoundContent />;

  const applyFilters = (next: AuditFilters) => {
    void navigate({ to: '/o/$orgId/audit', params: { orgId }, search: next });
  };

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {isStatus(events.error, 403, 404) ? (
        <NoAccess message={t('audit.noAccess')} />
      ) : (
        <Stack gap="md">
          <AuditFiltersForm filters={filters} onApply={applyFilters} />
          <Paper withBorder p="md" component="section" aria-labelledby="audit-events-heading">
            <Group justify="space-between" mb="sm">
              <Title order={2} id="audit-events-heading">
                {t('audit.caption')}
              </Title>
              <Button component="a" href={auditCsvUrl(orgId, filters)} download variant="default">
                {t('audit.export')}
              </Button>
            </Group>
            <ListTable
              list={events}
              empty={t('audit.empty')}
              tableProps={{ verticalSpacing: 'xs', miw: 760 }}
              head={
                <>
                  <Table.Th scope="col">{t('audit.time')}</Table.Th>
                  <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.action')}</Table.Th>
                  <Table.Th scope="col">{t('audit.entity')}</Table.Th>
                  <Table.Th scope="col">{t('audit.entityId')}</Table.Th>
                  <Table.Th scope="col">{t('audit.details')}</Table.Th>
                </>
              }
            >
              {(event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>
                    <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
                  </Table.Td>
                  <Table.Td>{event.actorId === null ? t('audit.system') : event.actorName}</Table.Td>
                  <Table.Td>
                    <code>{event.action}</code>
                  </Table.Td>
                  <Table.Td>{event.entityType}</Table.Td>
                  <Table.Td>
                    <code>{event.entityId}</code>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('audit.detailsFor', { seq: event.seq })}
                      onClick={() => setSelected(event)}
                    >
                      {t('audit.details')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              )}
            </ListTable>
          </Paper>
        </Stack>
      )}
      <AuditEventDialog event={selected} onClose={() => setSelected(null)} />
    </>
  );
}
