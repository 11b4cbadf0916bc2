import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import {
  ANNEX_THEMES,
  type FrameworkId,
  SOA_STATUSES,
  type Soa,
  type SoaEntry,
  type SoaFilters,
  soaExportUrl,
  useSoa,
} from '../../api/soa';
import { DownloadButton } from '../../components/download-button';
import { ErrorAlert, NoAccess, StatusMessage } from '../../components/error-alert';
import { FilterPanel, useFilterDraft } from '../../components/filter-panel';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { Tag } from '../../components/tag';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { NotFoundContent } from '../layout/not-found-page';
import { useOrgContext } from '../orgs/use-org-context';
import { SoaEntryDialog } from './soa-entry-dialog';

const statusColour = {
  not_started: 'red',
  planned: 'orange',
  partial: 'blue',
  implemented: 'green',
  not_applicable: 'gray',
} as const;

function StatusBadge({ entry }: { entry: SoaEntry }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColour[entry.status]} variant="light" radius="sm" tt="none">
      {t(`soa.statuses.${entry.status}`)}
    </Tag>
  );
}

/** What needs attention on an entry, in words. */
function EntryNotes({ entry }: { entry: SoaEntry }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {entry.justificationMissing ? (
        <Tag color="red" variant="filled" radius="sm" tt="none">
          {t('soa.justificationMissing')}
        </Tag>
      ) : null}
      {entry.deviatesFromBaseline ? (
        <Tag color="orange" variant="light" radius="sm" tt="none">
          {t('soa.deviates')}
        </Tag>
      ) : null}
      {entry.behindBaseline ? (
        <Tag color="orange" variant="light" radius="sm" tt="none">
          {t('soa.behindBaseline')}
        </Tag>
      ) : null}
    </Group>
  );
}

function EntryTable({
  entries,
  caption,
  onOpen,
  canEdit,
}: {
  entries: readonly SoaEntry[];
  caption: string;
  onOpen: (entry: SoaEntry) => void;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <div className="table-scroll">
      <Table striped verticalSpacing="xs" miw={900}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('soa.control')}</Table.Th>
            <Table.Th scope="col">{t('soa.applicable')}</Table.Th>
            <Table.Th scope="col">{t('soa.status')}</Table.Th>
            <Table.Th scope="col">{t('soa.justification')}</Table.Th>
            <Table.Th scope="col">{t('soa.evidence')}</Table.Th>
            <Table.Th scope="col">{t('soa.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-requirement={entry.requirementId}>
              <Table.Th scope="row" fw={500}>
                <span className="soa-code">{entry.code}</span> {entry.title[lang]}
              </Table.Th>
              <Table.Td>
                {entry.applicable ? t('common.yes') : t('common.no')}
                {entry.applicableSource === 'baseline' ? (
                  <Text size="xs">{t('soa.fromBaseline')}</Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <StatusBadge entry={entry} />
                  <EntryNotes entry={entry} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={3}>
                  {entry.effectiveJustification ?? t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                {entry.evidence.total === 0
                  ? t('soa.noEvidence')
                  : t('soa.evidenceCounts', { valid: entry.evidence.valid, total: entry.evidence.total })}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="default"
                  aria-label={t(canEdit ? 'soa.editFor' : 'soa.showFor', { code: entry.code })}
                  onClick={() => onOpen(entry)}
                >
                  {canEdit ? t('soa.edit') : t('soa.show')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function Summary({ soa, framework }: { soa: Soa; framework: FrameworkId }) {
  const { t } = useTranslation();
  const summary = soa.summary.find((item) => item.frameworkId === framework);
  if (!summary) return null;
  return (
    <dl className="stat-list" data-testid="soa-summary">
      <div>
        <dt>{t('soa.summaryApplicable')}</dt>
        <dd>
          {summary.applicable} / {summary.total}
        </dd>
      </div>
      <div>
        <dt>{t('soa.statuses.implemented')}</dt>
        <dd>{summary.byStatus.implemented}</dd>
      </div>
      <div>
        <dt>{t('soa.statuses.partial')}</dt>
        <dd>{summary.byStatus.partial}</dd>
      </div>
      <div>
        <dt>{t('soa.statuses.planned')}</dt>
        <dd>{summary.byStatus.planned}</dd>
      </div>
      <div>
        <dt>{t('soa.statuses.not_started')}</dt>
        <dd>{summary.byStatus.not_started}</dd>
      </div>
      <div>
        <dt>{t('soa.statuses.not_applicable')}</dt>
        <dd>{summary.notApplicable}</dd>
      </div>
      <div>
        <dt>{t('soa.justificationMissing')}</dt>
        <dd>{summary.justificationMissing}</dd>
      </div>
      <div>
        <dt>{t('soa.withoutEvidence')}</dt>
        <dd>{summary.withoutValidEvidence}</dd>
      </div>
    </dl>
  );
}

function Filters({ filters, onApply }: { filters: SoaFilters; onApply: (filters: SoaFilters) => void }) {
  const { t } = useTranslation();
  const { values, setValues, set } = useFilterDraft(filters);
  return (
    <FilterPanel
      headingId="soa-filters-heading"
      title={t('soa.filters')}
      applyLabel={t('soa.apply')}
      resetLabel={t('soa.reset')}
      onApply={() => onApply(values)}
      onReset={() => {
        setValues({});
        onApply({});
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={720}>
        <TextInput
          type="search"
          label={t('soa.search')}
          name="q"
          value={values.q ?? ''}
          onChange={(event) => set({ q: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('soa.status')}
          name="status"
          value={values.status ?? ''}
          data={[
            { value: '', label: t('soa.allStatuses') },
            ...SOA_STATUSES.map((value) => ({ value, label: t(`soa.statuses.${value}`) })),
          ]}
          onChange={(event) => set({ status: SOA_STATUSES.find((s) => s === event.currentTarget.value) })}
        />
      </SimpleGrid>
      <Group mt="sm" gap="lg">
        <Checkbox
          label={t('soa.onlyJustificationMissing')}
          checked={Boolean(values.justificationMissing)}
          onChange={(event) => set({ justificationMissing: event.currentTarget.checked || undefined })}
        />
        <Checkbox
          label={t('soa.onlyWithoutEvidence')}
          checked={Boolean(values.withoutValidEvidence)}
          onChange={(event) => set({ withoutValidEvidence: event.currentTarget.checked || undefined })}
        />
        <Checkbox
          label={t('soa.onlyDeviations')}
          checked={Boolean(values.deviations)}
          onChange={(event) => set({ deviations: event.currentTarget.checked || undefined })}
        />
      </Group>
    </FilterPanel>
  );
}

/** The nine recommendations for a clinic: a short, guided list rather than 93 controls. */
function ClinicRecommendations({
  entries,
  canEdit,
  onOpen,
}: {
  entries: readonly SoaEntry[];
  canEdit: boolean;
  onOpen: (entry: SoaEntry) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const done = entries.filter((entry) => entry.status === 'implemented').length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="clinic-nine-heading">
      <Title order={2} id="clinic-nine-heading" mb="xs">
        {t('soa.clinicHeading')}
      </Title>
      <Text mb="sm" data-testid="clinic-progress">
        {t('soa.clinicProgress', { done, total: entries.length })}
      </Text>
      <ol className="clinic-list" data-testid="clinic-recommendations">
        {entries.map((entry) => (
          <li key={entry.id}>
            <Paper withBorder p="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <div>
                  <Title order={3} size="h4">
                    {entry.title[lang]}
                  </Title>
                  {entry.guidance ? (
                    <Text size="sm" mt={4}>
                      {entry.guidance[lang]}
                    </Text>
                  ) : null}
                  <Group gap="xs" mt="xs">
                    <StatusBadge entry={entry} />
                    <EntryNotes entry={entry} />
                  </Group>
                </div>
                <Button
                  size="compact-sm"
                  variant="default"
                  aria-label={t(canEdit ? 'soa.editFor' : 'soa.showFor', { code: entry.title[lang] })}
                  onClick={() => onOpen(entry)}
                >
                  {canEdit ? t('soa.updateStatus') : t('soa.show')}
                </Button>
              </Group>
            </Paper>
          </li>
        ))}
      </ol>
    </Paper>
  );
}

/** The Statement of Applicability: every requirement in scope, grouped by theme, with exports. */
export function SoaPage({ orgId, filters: search }: { orgId: string; filters: SoaFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { org, permissions } = useOrgContext(orgId);
  const chosenFramework = search.framework;
  // The framework is a tab, not a filter: "filtered" and the filter form leave it out.
  const filters = useMemo(() => {
    const { framework: _framework, ...rest } = search;
    return rest;
  }, [search]);
  const setFilters = (next: SoaFilters) =>
    void navigate({
      to: '/o/$orgId/soa',
      params: { orgId },
      search: { ...next, framework: chosenFramework },
    });
  const setChosenFramework = (framework: FrameworkId | undefined) =>
    void navigate({ to: '/o/$orgId/soa', params: { orgId }, search: { ...filters, framework } });
  const soa = useSoa(orgId, search);
  const [open, setOpen] = useState<SoaEntry | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const lang = currentLanguage();

  if (isStatus(org.error, 403, 404)) return <NotFoundContent />;
  const orgName = org.data?.name ?? '';
  const title = orgName ? t('soa.title', { org: orgName }) : t('ismsNav.soa');
  const canEdit = permissions.has('controls.write');
  const data = soa.data;
  const framework: FrameworkId | undefined =
    chosenFramework ?? (data?.frameworks.includes('iso27001_2022') ? 'iso27001_2022' : data?.frameworks[0]);
  const entries = (data?.items ?? []).filter((entry) => entry.frameworkId === framework);
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {isStatus(soa.error, 403) ? (
        <NoAccess message={t('soa.noAccess')} />
      ) : (
        <QueryBoundary query={soa} keepDataOnError>
          {(data) => (
            <Stack gap="md">
              <Text maw={760}>{data.profile === 'clinic' ? t('soa.clinicIntro') : t('soa.intro')}</Text>
              <Text size="sm" data-testid="soa-revision">
                {data.lastChangedAt
                  ? t('soa.revisionChanged', {
                      revision: data.revision,
                      date: formatDateTime(data.lastChangedAt, lang),
                    })
                  : t('soa.revision', { revision: data.revision })}
                {data.baselineGroup ? ` ${t('soa.baselineFrom', { group: data.baselineGroup.name })}` : ''}
              </Text>
              <Group gap="sm" align="flex-end">
                {data.frameworks.length > 1 ? (
                  <NativeSelect
                    label={t('soa.framework')}
                    name="framework"
                    value={framework ?? ''}
                    data={data.frameworks.map((id) => ({ value: id, label: t(`soa.frameworks.${id}`) }))}
                    onChange={(event) =>
                      setChosenFramework(data.frameworks.find((id) => id === event.currentTarget.value))
                    }
                  />
                ) : null}
                <DownloadButton
                  url={soaExportUrl(orgId, 'xlsx')}
                  fileName="soa.xlsx"
                  label={t('soa.exportXlsx')}
                  onError={setExportError}
                />
                <DownloadButton
                  url={soaExportUrl(orgId, 'pdf')}
                  fileName="soa.pdf"
                  label={t('soa.exportPdf')}
                  onError={setExportError}
                />
              </Group>
              <ErrorAlert error={exportError} />
              <StatusMessage message={message} />
              {framework ? <Summary soa={data} framework={framework} /> : null}
              {data.profile === 'clinic' && framework === 'clinic_nine' && !filtered ? (
                <ClinicRecommendations entries={entries} canEdit={canEdit} onOpen={setOpen} />
              ) : (
                <>
                  <Filters filters={filters} onApply={setFilters} />
                  {entries.length === 0 ? (
                    <Text>{t('soa.empty')}</Text>
                  ) : framework === 'iso27001_2022' ? (
                    ANNEX_THEMES.map((theme) => {
                      const inTheme = entries.filter((entry) => entry.theme === theme);
                      if (inTheme.length === 0) return null;
                      return (
                        <Paper
                          key={theme}
                          withBorder
                          p="md"
                          component="section"
                          aria-labelledby={`soa-theme-${theme}`}
                        >
                          <Title order={2} id={`soa-theme-${theme}`} mb="sm">
                            {t(`soa.themes.${theme}`)}
                          </Title>
                          <EntryTable
                            entries={inTheme}
                            caption={t('soa.themeCaption', {
                              theme: t(`soa.themes.${theme}`),
                              count: inTheme.length,
                            })}
                            onOpen={setOpen}
                            canEdit={canEdit}
                          />
                        </Paper>
                      );
                    })
                  ) : (
                    <Paper withBorder p="md" component="section" aria-labelledby="soa-framework-heading">
                      <Title order={2} id="soa-framework-heading" mb="sm">
                        {framework ? t(`soa.frameworks.${framework}`) : ''}
                      </Title>
                      <EntryTable
                        entries={entries}
                        caption={framework ? t(`soa.frameworks.${framework}`) : ''}
                        onOpen={setOpen}
                        canEdit={canEdit}
                      />
                    </Paper>
                  )}
                </>
              )}
            </Stack>
          )}
        </QueryBoundary>
      )}
      <SoaEntryDialog
        orgId={orgId}
        entry={open}
        canEdit={canEdit}
        onClose={() => setOpen(null)}
        onSaved={(entry) => {
          setOpen(null);
          setMessage(t('soa.saved', { code: entry.code, title: entry.title[lang] }));
        }}
      />
    </>
  );
}
