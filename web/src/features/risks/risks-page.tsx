import {
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllAssets } from '../../api/assets';
import { isStatus } from '../../api/errors';
import { usePeopleOptions } from '../../api/member-options';
import {
  RISK_STATUSES,
  RISK_TREATMENTS,
  type Risk,
  type RiskFilters,
  type RiskSort,
  treatmentPlanUrl,
  useRiskMatrix,
  useRisks,
} from '../../api/risks';
import { AnchorLink } from '../../components/anchor-link';
import { ButtonLink } from '../../components/button-link';
import { DownloadButton } from '../../components/download-button';
import { ErrorAlert, NoAccess } from '../../components/error-alert';
import { FilterPanel, useFilterDraft } from '../../components/filter-panel';
import { ListTable } from '../../components/list-table';
import { PageTitle } from '../../components/page-title';
import { Tag } from '../../components/tag';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { NotFoundContent } from '../layout/not-found-page';
import { usePermissions } from '../orgs/permissions';
import { useOrgContext } from '../orgs/use-org-context';
import { LevelBadge } from './level-badge';

const SORTS: readonly RiskSort[] = ['-score', '-inherentScore', 'title', 'reviewDate'];

const pick = <T extends string>(values: readonly T[], value: string): T | undefined =>
  values.find((candidate) => candidate === value);

function RiskFiltersForm({
  orgId,
  filters,
  onApply,
}: {
  orgId: string;
  filters: RiskFilters;
  onApply: (f: RiskFilters) => void;
}) {
  const { t } = useTranslation();
  const assets = useAllAssets(orgId);
  const people = usePeopleOptions(orgId);
  const matrix = useRiskMatrix(orgId);
  const { values, setValues, set } = useFilterDraft(filters);
  // "At least this level": the lowest score of each band of the organisation's matrix.
  const bandStarts = (matrix.data?.bands ?? []).map((band, index, bands) => ({
    value: String(index === 0 ? 1 : (bands[index - 1]?.maxScore ?? 0) + 1),
    label: band.label,
  }));
  return (
    <FilterPanel
      headingId="risk-filters-heading"
      title={t('risks.filters')}
      applyLabel={t('risks.apply')}
      resetLabel={t('risks.reset')}
      onApply={() => onApply(values)}
      onReset={() => {
        setValues({});
        onApply({});
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput
          type="search"
          label={t('risks.search')}
          name="q"
          value={values.q ?? ''}
          onChange={(event) => set({ q: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('risks.fields.status')}
          name="status"
          value={values.status ?? ''}
          data={[
            { value: '', label: t('risks.allStatuses') },
            ...RISK_STATUSES.map((value) => ({ value, label: t(`risks.statuses.${value}`) })),
          ]}
          onChange={(event) => set({ status: pick(RISK_STATUSES, event.currentTarget.value) })}
        />
        <NativeSelect
          label={t('risks.fields.treatment')}
          name="treatment"
          value={values.treatment ?? ''}
          data={[
            { value: '', label: t('risks.allTreatments') },
            ...RISK_TREATMENTS.map((value) => ({ value, label: t(`risks.treatments.${value}`) })),
          ]}
          onChange={(event) => set({ treatment: pick(RISK_TREATMENTS, event.currentTarget.value) })}
        />
        <NativeSelect
          label={t('risks.minLevel')}
          name="scoreMin"
          value={values.scoreMin ? String(values.scoreMin) : ''}
          data={[{ value: '', label: t('risks.anyLevel') }, ...bandStarts]}
          onChange={(event) =>
            set({ scoreMin: event.currentTarget.value ? Number(event.currentTarget.value) : undefined })
          }
        />
        <NativeSelect
          label={t('risks.fields.asset')}
          name="assetId"
          value={values.assetId ?? ''}
          data={[
            { value: '', label: t('risks.allAssets') },
            ...(assets.data ?? []).map((asset) => ({ value: asset.id, label: asset.name })),
          ]}
          onChange={(event) => set({ assetId: event.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t('risks.fields.owner')}
          name="ownerUserId"
          value={values.ownerUserId ?? ''}
          data={[
            { value: '', label: t('risks.allOwners') },
            ...(people.data ?? []).map((person) => ({ value: person.userId, label: person.name })),
          ]}
          onChange={(event) => set({ ownerUserId: event.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t('risks.sort')}
          name="sort"
          value={values.sort ?? '-score'}
          data={SORTS.map((value) => ({ value, label: t(`risks.sorts.${value}`) }))}
          onChange={(event) => set({ sort: pick(SORTS, event.currentTarget.value) })}
        />
      </SimpleGrid>
      <Checkbox
        mt="sm"
        label={t('risks.onlyReviewOverdue')}
        checked={Boolean(values.reviewOverdue)}
        onChange={(event) => set({ reviewOverdue: event.currentTarget.checked || undefined })}
      />
    </FilterPanel>
  );
}

export function RiskScores({ risk }: { risk: Risk }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={6} wrap="nowrap">
        <Text span size="sm" w={70}>
          {t('risks.inherentShort')}
        </Text>
        <LevelBadge score={risk.inherentScore} level={risk.inherentLevel} />
      </Group>
      <Group gap={6} wrap="nowrap">
        <Text span size="sm" w={70}>
          {t('risks.residualShort')}
        </Text>
        {risk.residualScore !== null && risk.residualLevel ? (
          <LevelBadge score={risk.residualScore} level={risk.residualLevel} />
        ) : (
          <Text span size="sm">
            {t('risks.notAssessed')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

/** The risk register with filters, and the treatment plan for export. */
export function RisksPage({ orgId, filters }: { orgId: string; filters: RiskFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { org } = useOrgContext(orgId);
  const permissions = usePermissions(orgId);
  const setFilters = (next: RiskFilters) =>
    void navigate({ to: '/o/$orgId/risks', params: { orgId }, search: next });
  const risks = useRisks(orgId, filters);
  const [exportError, setExportError] = useState<unknown>(null);
  const locale = currentLanguage();

  if (isStatus(org.error, 403, 404)) return <NotFoundContent />;
  const orgName = org.data?.name ?? '';
  const title = orgName ? t('risks.title', { org: orgName }) : t('ismsNav.risks');
  const canWrite = permissions.has('risks.write');

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {isStatus(risks.error, 403) ? (
        <NoAccess message={t('risks.noAccess')} />
      ) : (
        <Stack gap="md">
          <Text maw={760}>{t('risks.intro')}</Text>
          <Group gap="sm">
            {canWrite ? (
              <ButtonLink to="/o/$orgId/risks/new" params={{ orgId }}>
                {t('risks.create')}
              </ButtonLink>
            ) : null}
            <ButtonLink to="/o/$orgId/heat-map" params={{ orgId }} variant="default">
              {t('risks.showHeatMap')}
            </ButtonLink>
            <DownloadButton
              url={treatmentPlanUrl(orgId, 'xlsx')}
              fileName="risk-treatment-plan.xlsx"
              label={t('risks.exportPlanXlsx')}
              onError={setExportError}
            />
            <DownloadButton
              url={treatmentPlanUrl(orgId, 'pdf')}
              fileName="risk-treatment-plan.pdf"
              label={t('risks.exportPlanPdf')}
              onError={setExportError}
            />
          </Group>
          <ErrorAlert error={exportError} />
          <RiskFiltersForm orgId={orgId} filters={filters} onApply={setFilters} />
          <Paper withBorder p="md" component="section" aria-labelledby="risks-list-heading">
            <Title order={2} id="risks-list-heading" mb="sm">
              {t('risks.listHeading')}
            </Title>
            <ListTable
              list={risks}
              caption={t('risks.caption', { org: orgName })}
              empty={t('risks.empty')}
              tableProps={{ verticalSpacing: 'xs', miw: 980 }}
              head={
                <>
                  <Table.Th scope="col">{t('risks.fields.title')}</Table.Th>
                  <Table.Th scope="col">{t('risks.scores')}</Table.Th>
                  <Table.Th scope="col">{t('risks.fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('risks.fields.treatment')}</Table.Th>
                  <Table.Th scope="col">{t('risks.fields.owner')}</Table.Th>
                  <Table.Th scope="col">{t('risks.fields.reviewDate')}</Table.Th>
                </>
              }
            >
              {(risk) => (
                <Table.Tr key={risk.id}>
                  <Table.Th scope="row" fw={500}>
                    <AnchorLink to="/o/$orgId/risks/$riskId" params={{ orgId, riskId: risk.id }}>
                      {risk.title}
                    </AnchorLink>
                    {risk.assets.length > 0 ? (
                      <Text size="sm" fw={400}>
                        {risk.assets.map((asset) => asset.name).join(', ')}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>
                    <RiskScores risk={risk} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <span>{t(`risks.statuses.${risk.status}`)}</span>
                      {risk.aboveTolerance ? (
                        <Tag color="red" variant="light" radius="sm" tt="none">
                          {t('risks.aboveToleranceShort')}
                        </Tag>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {risk.treatment ? t(`risks.treatments.${risk.treatment}`) : t('risks.treatmentUndecided')}
                  </Table.Td>
                  <Table.Td>{risk.ownerName ?? t('risks.noOwner')}</Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <time dateTime={risk.reviewDate}>{formatDate(risk.reviewDate, locale)}</time>
                      {risk.reviewOverdue ? (
                        <Tag color="red" variant="filled" radius="sm" tt="none">
                          {t('risks.reviewOverdue')}
                        </Tag>
                      ) : null}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              )}
            </ListTable>
          </Paper>
        </Stack>
      )}
    </>
  );
}
