import { Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { type HeatMap, type HeatMapCell, useHeatMap, useLiveRiskTitles } from '../../api/risks';
import { AnchorLink } from '../../components/anchor-link';
import { ButtonLink } from '../../components/button-link';
import { NoAccess } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { NotFoundContent } from '../layout/not-found-page';
import { useOrgContext } from '../orgs/use-org-context';
import { textOn } from './level-badge';

type Kind = 'inherent' | 'residual';

interface Selection {
  kind: Kind;
  cell: HeatMapCell;
}

function labelOf(levels: HeatMap['likelihoodLevels'], value: number): string {
  const label = levels.find((level) => level.level === value)?.label;
  return label ? `${value} – ${label}` : String(value);
}

/**
 * One heat map as a real table: likelihood in rows (highest first), consequence in columns, the
 * number of risks and the level's name in every cell. The band colour is extra, never the only cue.
 */
function HeatMapGrid({
  kind,
  data,
  selected,
  onSelect,
}: {
  kind: Kind;
  data: HeatMap;
  selected: Selection | null;
  onSelect: (selection: Selection | null) => void;
}) {
  const { t } = useTranslation();
  const grid = data[kind];
  const likelihoods = [...data.likelihoodLevels].sort((a, b) => b.level - a.level);
  const consequences = [...data.consequenceLevels].sort((a, b) => a.level - b.level);
  const cellAt = (likelihood: number, consequence: number) =>
    grid.cells.find((cell) => cell.likelihood === likelihood && cell.consequence === consequence);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`heat-${kind}-heading`}>
      <Title order={2} id={`heat-${kind}-heading`} mb="xs">
        {t(`heatMap.${kind}Heading`)}
      </Title>
      <Text size="sm" mb="sm">
        {t(`heatMap.${kind}Intro`, { count: grid.total })}
      </Text>
      <div className="table-scroll">
        <table className="heat-map" data-testid={`heat-map-${kind}`}>
          <caption>{t(`heatMap.${kind}Caption`)}</caption>
          <thead>
            <tr>
              <th scope="col" className="heat-corner">
                {t('heatMap.corner')}
              </th>
              {consequences.map((level) => (
                <th scope="col" key={level.level}>
                  {labelOf(data.consequenceLevels, level.level)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {likelihoods.map((likelihood) => (
              <tr key={likelihood.level}>
                <th scope="row">{labelOf(data.likelihoodLevels, likelihood.level)}</th>
                {consequences.map((consequence) => {
                  const cell = cellAt(likelihood.level, consequence.level);
                  if (!cell) return <td key={consequence.level} />;
                  const isSelected =
                    selected?.kind === kind &&
                    selected.cell.likelihood === cell.likelihood &&
                    selected.cell.consequence === cell.consequence;
                  const style = { background: cell.level.colour, color: textOn(cell.level.colour) };
                  const description = t('heatMap.cellLabel', {
                    count: cell.count,
                    likelihood: labelOf(data.likelihoodLevels, cell.likelihood),
                    consequence: labelOf(data.consequenceLevels, cell.consequence),
                    level: cell.level.label,
                    score: cell.score,
                  });
                  return (
                    <td key={consequence.level} style={style} className="heat-cell">
                      {cell.count > 0 ? (
                        <button
                          type="button"
                          className="heat-cell-button"
                          style={style}
                          aria-pressed={isSelected}
                          aria-label={description}
                          onClick={() => onSelect(isSelected ? null : { kind, cell })}
                        >
                          <span className="heat-count">{cell.count}</span>
                          <span className="heat-level">{cell.level.label}</span>
                        </button>
                      ) : (
                        <span className="heat-empty">
                          <span className="heat-count">0</span>
                          <span className="heat-level">{cell.level.label}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {kind === 'residual' && data.residual.notAssessed > 0 ? (
        <Text size="sm" mt="sm">
          {t('heatMap.notAssessed', { count: data.residual.notAssessed })}
        </Text>
      ) : null}
    </Paper>
  );
}

function Legend({ data }: { data: HeatMap }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="heat-legend-heading">
      <Title order={2} id="heat-legend-heading" mb="xs">
        {t('heatMap.legendHeading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('heatMap.legendIntro', { tolerance: data.tolerance })}
      </Text>
      <List spacing={6} listStyleType="none" ml={0} pl={0}>
        {data.bands.map((band, index) => {
          const from = index === 0 ? 1 : (data.bands[index - 1]?.maxScore ?? 0) + 1;
          return (
            <List.Item key={band.label}>
              <Group gap="xs">
                <span className="level-badge" style={{ background: band.colour, color: textOn(band.colour) }}>
                  {band.label}
                </span>
                <Text span size="sm">
                  {t('heatMap.bandRange', { from, to: band.maxScore })}
                </Text>
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}

/** Inherent vs residual heat map of the live risk register, with the risks behind each cell. */
export function HeatMapPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { org } = useOrgContext(orgId);
  const heatMap = useHeatMap(orgId);
  const risks = useLiveRiskTitles(orgId);
  const [selected, setSelected] = useState<Selection | null>(null);

  if (isStatus(org.error, 403, 404)) return <NotFoundContent />;
  const orgName = org.data?.name ?? '';
  const title = orgName ? t('heatMap.title', { org: orgName }) : t('ismsNav.heatMap');

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {isStatus(heatMap.error, 403) ? (
        <NoAccess message={t('risks.noAccess')} />
      ) : (
        <QueryBoundary query={heatMap}>
          {(data) => (
            <Stack gap="md">
              <Text maw={760}>{t('heatMap.intro')}</Text>
              <Group>
                <ButtonLink to="/o/$orgId/risks" params={{ orgId }} variant="default">
                  {t('heatMap.toRegister')}
                </ButtonLink>
              </Group>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                <HeatMapGrid kind="inherent" data={data} selected={selected} onSelect={setSelected} />
                <HeatMapGrid kind="residual" data={data} selected={selected} onSelect={setSelected} />
              </SimpleGrid>
              <section aria-labelledby="heat-selection-heading" aria-live="polite">
                {selected ? (
                  <Paper withBorder p="md">
                    <Title order={2} id="heat-selection-heading" mb="sm">
                      {t(`heatMap.selection.${selected.kind}`, {
                        likelihood: labelOf(data.likelihoodLevels, selected.cell.likelihood),
                        consequence: labelOf(data.consequenceLevels, selected.cell.consequence),
                      })}
                    </Title>
                    <List spacing={6} data-testid="heat-selection">
                      {selected.cell.riskIds.map((riskId) => {
                        const risk = risks.data?.get(riskId);
                        return (
                          <List.Item key={riskId}>
                            <Group gap="xs">
                              <AnchorLink to="/o/$orgId/risks/$riskId" params={{ orgId, riskId }}>
                                {risk?.title ?? t('heatMap.unnamedRisk')}
                              </AnchorLink>
                              {risk ? (
                                <Text span size="sm">
                                  {risk.ownerName ?? t('risks.noOwner')}
                                </Text>
                              ) : null}
                            </Group>
                          </List.Item>
                        );
                      })}
                    </List>
                  </Paper>
                ) : (
                  <Text size="sm" id="heat-selection-heading">
                    {t('heatMap.selectHint')}
                  </Text>
                )}
              </section>
              <Legend data={data} />
            </Stack>
          )}
        </QueryBoundary>
      )}
    </>
  );
}
