import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoverage, useCoveragePeople } from '../../api/documents';
import { isStatus } from '../../api/errors';
import { QueryBoundary } from '../../components/query-boundary';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';

export function CoverageSection({ orgId, documentId }: { orgId: string; documentId: string }) {
  const { t } = useTranslation();
  const coverage = useCoverage(orgId, documentId, true);
  const [showPending, setShowPending] = useState(false);
  const pending = useCoveragePeople(orgId, documentId, 'pending', showPending);
  if (isStatus(coverage.error, 403, 404)) return null;
  return (
    <Section title={t('policyDoc.coverage.title')} id="coverage">
      <QueryBoundary query={coverage} keepDataOnError>
        {(data) =>
          data.currentVersionNumber === null ? (
            <Text>{t('policyDoc.coverage.notPublished')}</Text>
          ) : (
            <Stack gap="sm">
              <Text data-testid="coverage-total">
                {t('policyDoc.coverage.total', {
                  acknowledged: data.total.acknowledged,
                  inAudience: data.total.inAudience,
                  percent: data.total.percent.toLocaleString(currentLanguage() === 'da' ? 'da-DK' : 'en-GB'),
                })}
              </Text>
              {data.units.length ? (
                <div className="table-scroll">
                  <Table striped>
                    <Table.Caption>{t('policyDoc.coverage.caption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('policyDoc.coverage.unit')}</Table.Th>
                        <Table.Th scope="col">{t('policyDoc.coverage.inAudience')}</Table.Th>
                        <Table.Th scope="col">{t('policyDoc.coverage.acknowledged')}</Table.Th>
                        <Table.Th scope="col">{t('policyDoc.coverage.pending')}</Table.Th>
                        <Table.Th scope="col">{t('policyDoc.coverage.percent')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.units.map((unit) => (
                        <Table.Tr key={unit.orgId}>
                          <Table.Th scope="row">{unit.name}</Table.Th>
                          <Table.Td>{unit.inAudience}</Table.Td>
                          <Table.Td>{unit.acknowledged}</Table.Td>
                          <Table.Td>{unit.pending}</Table.Td>
                          <Table.Td>{`${unit.percent.toLocaleString(currentLanguage() === 'da' ? 'da-DK' : 'en-GB')} %`}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </div>
              ) : null}
              {data.total.pending > 0 ? (
                <div>
                  <Button
                    variant="default"
                    size="xs"
                    aria-expanded={showPending}
                    onClick={() => setShowPending((v) => !v)}
                  >
                    {showPending ? t('policyDoc.coverage.hidePending') : t('policyDoc.coverage.showPending')}
                  </Button>
                  {showPending ? (
                    <QueryBoundary query={pending}>
                      {(data) => (
                        <ul>
                          {data.items.map((person) => (
                            <li key={person.userId}>
                              {person.name} ({person.email})
                            </li>
                          ))}
                        </ul>
                      )}
                    </QueryBoundary>
                  ) : null}
                </div>
              ) : null}
            </Stack>
          )
        }
      </QueryBoundary>
    </Section>
  );
}
