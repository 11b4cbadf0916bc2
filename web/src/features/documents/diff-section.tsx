import { Group, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentDiff, useDocumentDiff, useDocumentVersions } from '../../api/documents';
import { QueryBoundary } from '../../components/query-boundary';
import { Section } from '../../components/section';

/** Items with a key by position, for lists the server sends without ids (they never reorder). */
export const keyed = <T,>(items: readonly T[]) =>
  items.map((item, position) => ({ item, key: String(position) }));

type Segment = DocumentDiff['rows'][number]['leftSegments'];

/** One side of a changed block: word-level changes marked, or the whole block added or removed. */
function DiffSide({
  side,
  segments,
  mark,
}: {
  side: DocumentDiff['rows'][number]['left'];
  segments: Segment;
  mark: 'added' | 'removed' | null;
}) {
  if (segments) {
    return (
      <>
        {keyed(segments).map(({ item: segment, key }) =>
          segment.op === 'equal' ? (
            <span key={key}>{segment.text}</span>
          ) : segment.op === 'removed' ? (
            <del key={key} className="diff-removed">
              {segment.text}
            </del>
          ) : (
            <ins key={key} className="diff-added">
              {segment.text}
            </ins>
          ),
        )}
      </>
    );
  }
  if (!side) return null;
  if (mark === 'removed') return <del className="diff-removed">{side.text}</del>;
  if (mark === 'added') return <ins className="diff-added">{side.text}</ins>;
  return <>{side.text}</>;
}

export function DiffSection({ orgId, documentId }: { orgId: string; documentId: string }) {
  const { t } = useTranslation();
  const versions = useDocumentVersions(orgId, documentId);
  const list = versions.data?.items ?? [];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const fromId = from || list[1]?.id || '';
  const toId = to || list[0]?.id || '';
  const diff = useDocumentDiff(orgId, documentId, fromId, toId);
  if (list.length < 2) return null;
  const options = list.map((v) => ({
    value: v.id,
    label: t('policyDoc.diff.option', { number: v.number, status: t(`policyDoc.versionStatus.${v.status}`) }),
  }));
  return (
    <Section title={t('policyDoc.diff.title')} id="diff">
      <Group gap="md" mb="md" align="flex-end">
        <NativeSelect
          label={t('policyDoc.diff.from')}
          value={fromId}
          data={options}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('policyDoc.diff.to')}
          value={toId}
          data={options}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
      </Group>
      {fromId === toId ? (
        <Text>{t('policyDoc.diff.same')}</Text>
      ) : (
        <QueryBoundary
          query={diff}
          empty={t('policyDoc.diff.notComparable')}
          isEmpty={(data) => !data.comparable}
        >
          {(data) => (
            <>
              <Text size="sm" mb="sm">
                {t('policyDoc.diff.stats', data.stats)}
              </Text>
              <div className="table-scroll">
                <Table className="diff-table">
                  <Table.Caption>
                    {t('policyDoc.diff.caption', { from: data.from.number, to: data.to.number })}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">
                        {t('policyDoc.diff.versionHeading', { number: data.from.number })}
                      </Table.Th>
                      <Table.Th scope="col">
                        {t('policyDoc.diff.versionHeading', { number: data.to.number })}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {keyed(data.rows.filter((row) => row.op !== 'equal')).map(({ item: row, key }) => (
                      <Table.Tr key={key} className={`diff-row-${row.op}`}>
                        <Table.Td>
                          <DiffSide
                            side={row.left}
                            segments={row.leftSegments}
                            mark={row.op === 'removed' ? 'removed' : null}
                          />
                        </Table.Td>
                        <Table.Td>
                          <DiffSide
                            side={row.right}
                            segments={row.rightSegments}
                            mark={row.op === 'added' ? 'added' : null}
                          />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            </>
          )}
        </QueryBoundary>
      )}
    </Section>
  );
}
