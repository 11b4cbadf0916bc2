import { Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { type Risk, type RiskMatrix, useRisk, useRiskMatrix, useUpdateRisk } from '../../api/risks';
import { AnchorLink } from '../../components/anchor-link';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { Tag } from '../../components/tag';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { NotFoundContent } from '../layout/not-found-page';
import { usePermissions } from '../orgs/permissions';
import { useOrgContext } from '../orgs/use-org-context';
import { LevelBadge } from './level-badge';
import { RiskAcceptance } from './risk-acceptance';
import { RiskActions } from './risk-actions';
import { RiskForm, riskBodyOf, riskValuesOf } from './risk-form';

interface RiskDetailPageProps {
  orgId: string;
  riskId: string;
  created?: boolean;
}

function levelText(levels: RiskMatrix['likelihoodLevels'] | undefined, value: number | null, none: string) {
  if (value === null) return none;
  const label = levels?.find((level) => level.level === value)?.label;
  return label ? `${value} – ${label}` : String(value);
}

/** Scores per the matrix: likelihood × the highest of the three consequences, before and after controls. */
function AssessmentTable({ risk, matrix }: { risk: Risk; matrix: RiskMatrix | undefined }) {
  const { t } = useTranslation();
  const none = t('risks.notAssessed');
  const likelihoods = matrix?.likelihoodLevels;
  const consequences = matrix?.consequenceLevels;
  const rows = [
    {
      key: 'inherent',
      label: t('risks.inherent'),
      likelihood: risk.likelihood,
      organisation: risk.consequenceOrganisation,
      patient: risk.consequencePatientSafety,
      subject: risk.consequenceDataSubject,
      score: risk.inherentScore,
      level: risk.inherentLevel,
    },
    {
      key: 'residual',
      label: t('risks.residual'),
      likelihood: risk.residualLikelihood,
      organisation: risk.residualConsequenceOrganisation,
      patient: risk.residualConsequencePatientSafety,
      subject: risk.residualConsequenceDataSubject,
      score: risk.residualScore,
      level: risk.residualLevel,
    },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="risk-assessment-heading">
      <Title order={2} id="risk-assessment-heading" mb="xs">
        {t('risks.assessmentHeading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('risks.scoreRule', { tolerance: matrix?.tolerance ?? '' })}
      </Text>
      <div className="table-scroll">
        <Table verticalSpacing="xs" miw={760} data-testid="risk-assessment">
          <Table.Caption>{t('risks.assessmentCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Td />
              <Table.Th scope="col">{t('risks.fields.likelihood')}</Table.Th>
              <Table.Th scope="col">{t('risks.fields.consequenceOrganisation')}</Table.Th>
              <Table.Th scope="col">{t('risks.fields.consequencePatientSafety')}</Table.Th>
              <Table.Th scope="col">{t('risks.fields.consequenceDataSubject')}</Table.Th>
              <Table.Th scope="col">{t('risks.scoreAndLevel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row">{row.label}</Table.Th>
                <Table.Td>{levelText(likelihoods, row.likelihood, none)}</Table.Td>
                <Table.Td>{levelText(consequences, row.organisation, none)}</Table.Td>
                <Table.Td>{levelText(consequences, row.patient, none)}</Table.Td>
                <Table.Td>{levelText(consequences, row.subject, none)}</Table.Td>
                <Table.Td>
                  {row.score !== null && row.level ? (
                    <LevelBadge score={row.score} level={row.level} />
                  ) : (
                    none
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Text mt="sm" fw={600}>
        {risk.aboveTolerance
          ? t('risks.countsAbove', { score: risk.score, tolerance: matrix?.tolerance ?? '' })
          : t('risks.countsWithin', { score: risk.score, tolerance: matrix?.tolerance ?? '' })}
      </Text>
    </Paper>
  );
}

export function RiskDetailPage({ orgId, riskId, created }: RiskDetailPageProps) {
  const { t } = useTranslation();
  const { me } = useOrgContext(orgId);
  const permissions = usePermissions(orgId);
  const risk = useRisk(orgId, riskId);
  const matrix = useRiskMatrix(orgId);
  const update = useUpdateRisk(orgId, riskId);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(created ? t('risks.created') : null);
  const locale = currentLanguage();
  const lang = locale;

  if (isStatus(risk.error, 403, 404)) return <NotFoundContent />;
  const current = risk.data;
  const title = current?.title ?? t('ismsNav.risks');
  // What the actor may do comes from the server: the risk's `can` and the membership permissions.
  const isOwner = current?.ownerUserId === me.id;
  const canWrite = current?.can.update ?? false;
  const managesRisks = permissions.has('risks.manage');
  const steers = managesRisks || (canWrite && isOwner);
  const maySign = current?.can.accept ?? false;

  const setStatus = (status: 'open' | 'closed') => {
    if (!current) return;
    setMessage(null);
    update.mutate(
      { version: current.version, status },
      { onSuccess: () => setMessage(t(status === 'closed' ? 'risks.closedMessage' : 'risks.openedMessage')) },
    );
  };

  return (
    <>
      <Text fw={600} c="dimmed" size="sm">
        <AnchorLink to="/o/$orgId/risks" params={{ orgId }}>
          {t('risks.backToRegister')}
        </AnchorLink>
      </Text>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <QueryBoundary query={risk} keepDataOnError>
        {(current) => (
          <Stack gap="md">
            <StatusMessage message={message} />
            <Group gap="sm">
              <Tag size="lg" variant="light" radius="sm" tt="none" data-testid="risk-status">
                {t(`risks.statuses.${current.status}`)}
              </Tag>
              <LevelBadge score={current.score} level={current.level} />
              {current.aboveTolerance ? (
                <Tag color="red" variant="light" radius="sm" tt="none" size="lg">
                  {t('risks.aboveToleranceShort')}
                </Tag>
              ) : null}
              {current.reviewOverdue ? (
                <Tag color="red" variant="filled" radius="sm" tt="none" size="lg">
                  {t('risks.reviewOverdue')}
                </Tag>
              ) : null}
            </Group>
            {editing ? null : <ErrorAlert error={update.error} />}
            {editing ? (
              <section aria-labelledby="risk-form-heading">
                <Title order={2} id="risk-form-heading" mb="sm">
                  {t('risks.editHeading')}
                </Title>
                <RiskForm
                  key={current.version}
                  orgId={orgId}
                  label={t('risks.editHeading')}
                  initial={riskValuesOf(current)}
                  submitLabel={t('common.save')}
                  pending={update.isPending}
                  error={update.error}
                  onSubmit={(values) =>
                    update.mutate(
                      { ...riskBodyOf(values), version: current.version },
                      {
                        onSuccess: () => {
                          setEditing(false);
                          setMessage(t('risks.saved'));
                        },
                      },
                    )
                  }
                  onCancel={() => {
                    update.reset();
                    setEditing(false);
                  }}
                />
              </section>
            ) : (
              <>
                {canWrite ? (
                  <Group gap="sm">
                    <Button
                      variant="default"
                      onClick={() => {
                        update.reset();
                        setMessage(null);
                        setEditing(true);
                      }}
                    >
                      {t('risks.edit')}
                    </Button>
                    {current.status === 'draft' && steers ? (
                      <Button variant="default" onClick={() => setStatus('open')} loading={update.isPending}>
                        {t('risks.moveToRegister')}
                      </Button>
                    ) : null}
                    {(current.status === 'open' || current.status === 'accepted') && steers ? (
                      <Button
                        variant="default"
                        onClick={() => setStatus('closed')}
                        loading={update.isPending}
                      >
                        {t('risks.close')}
                      </Button>
                    ) : null}
                  </Group>
                ) : null}
                <AssessmentTable risk={current} matrix={matrix.data} />
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                  <Paper withBorder p="md" component="section" aria-labelledby="risk-scenario-heading">
                    <Title order={2} id="risk-scenario-heading" mb="sm">
                      {t('risks.scenarioLegend')}
                    </Title>
                    {current.description ? (
                      <Text mb="sm" className="pre-wrap">
                        {current.description}
                      </Text>
                    ) : null}
                    <dl className="description-list">
                      <dt>{t('risks.fields.owner')}</dt>
                      <dd>{current.ownerName ?? t('risks.noOwner')}</dd>
                      <dt>{t('risks.threats')}</dt>
                      <dd>
                        {current.threats.length === 0 ? (
                          t('common.none')
                        ) : (
                          <List size="sm" spacing={2} data-testid="risk-threats">
                            {current.threats.map((threat) => (
                              <List.Item key={threat.id}>{threat.title[lang]}</List.Item>
                            ))}
                          </List>
                        )}
                      </dd>
                      <dt>{t('risks.assetsLegend')}</dt>
                      <dd>
                        {current.assets.length === 0 ? (
                          t('common.none')
                        ) : (
                          <List size="sm" spacing={2}>
                            {current.assets.map((asset) => (
                              <List.Item key={asset.id}>
                                <AnchorLink
                                  to="/o/$orgId/assets/$assetId"
                                  params={{ orgId, assetId: asset.id }}
                                >
                                  {asset.name}
                                </AnchorLink>
                              </List.Item>
                            ))}
                          </List>
                        )}
                      </dd>
                    </dl>
                  </Paper>
                  <Paper withBorder p="md" component="section" aria-labelledby="risk-treatment-heading">
                    <Title order={2} id="risk-treatment-heading" mb="sm">
                      {t('risks.treatmentLegend')}
                    </Title>
                    <dl className="description-list">
                      <dt>{t('risks.fields.treatment')}</dt>
                      <dd>
                        {current.treatment
                          ? t(`risks.treatments.${current.treatment}`)
                          : t('risks.treatmentUndecided')}
                      </dd>
                      <dt>{t('risks.fields.existingControls')}</dt>
                      <dd className="pre-wrap">{current.existingControls ?? t('common.none')}</dd>
                      <dt>{t('risks.fields.plannedControls')}</dt>
                      <dd className="pre-wrap">{current.plannedControls ?? t('common.none')}</dd>
                      {current.treatmentNote ? (
                        <>
                          <dt>{t('risks.fields.treatmentNote')}</dt>
                          <dd className="pre-wrap">{current.treatmentNote}</dd>
                        </>
                      ) : null}
                      <dt>{t('risks.fields.reviewDate')}</dt>
                      <dd>{formatDate(current.reviewDate, locale)}</dd>
                    </dl>
                  </Paper>
                </SimpleGrid>
                <RiskAcceptance
                  orgId={orgId}
                  risk={current}
                  maySign={maySign}
                  isOwner={isOwner}
                  onAccepted={() => setMessage(t('risks.acceptedMessage'))}
                />
                <RiskActions orgId={orgId} riskId={riskId} canWrite={steers} />
              </>
            )}
          </Stack>
        )}
      </QueryBoundary>
    </>
  );
}
