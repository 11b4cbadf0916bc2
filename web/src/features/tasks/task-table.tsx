import { Button, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InfiniteList } from '../../api/infinite-list';
import type { Task } from '../../api/tasks';
import { AnchorLink } from '../../components/anchor-link';
import { ListTable } from '../../components/list-table';
import { Tag } from '../../components/tag';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/dates';

interface TaskTableProps {
  tasks: InfiniteList<Task>;
  caption: string;
  empty: string;
  /** Shown above the table when there are tasks (e.g. how many). */
  summary?: (tasks: Task[]) => ReactNode;
  /** My tasks span organisations: show which one each belongs to. */
  orgNames?: ReadonlyMap<string, string>;
  showAssignee?: boolean;
  busyTaskId: string | null;
  onStatus: (task: Task, status: Task['status']) => void;
}

const priorityColour = { low: 'gray', normal: 'blue', high: 'red' } as const;
const statusColour = { open: 'blue', in_progress: 'teal', done: 'green', cancelled: 'gray' } as const;

/** Where a generated task points: a risk or an asset of the organisation. */
function EntityLink({ task }: { task: Task }) {
  const { t } = useTranslation();
  if (!task.entityId) return null;
  if (task.entityType === 'risk_scenario') {
    return (
      <AnchorLink
        to="/o/$orgId/risks/$riskId"
        params={{ orgId: task.orgId, riskId: task.entityId }}
        size="sm"
      >
        {t('tasks.openRisk')}
      </AnchorLink>
    );
  }
  if (task.entityType === 'asset') {
    return (
      <AnchorLink
        to="/o/$orgId/assets/$assetId"
        params={{ orgId: task.orgId, assetId: task.entityId }}
        size="sm"
      >
        {t('tasks.openAsset')}
      </AnchorLink>
    );
  }
  return null;
}

/** Tasks with due date (Danish notation), overdue marked in words and colour, and status buttons. */
export function TaskTable({
  tasks,
  caption,
  empty,
  summary,
  orgNames,
  showAssignee,
  busyTaskId,
  onStatus,
}: TaskTableProps) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  return (
    <ListTable
      list={tasks}
      caption={caption}
      empty={empty}
      summary={summary}
      tableProps={{ striped: false, verticalSpacing: 'xs', miw: 860 }}
      head={
        <>
          <Table.Th scope="col">{t('tasks.taskTitle')}</Table.Th>
          {orgNames ? <Table.Th scope="col">{t('tasks.organisation')}</Table.Th> : null}
          {showAssignee ? <Table.Th scope="col">{t('tasks.assignee')}</Table.Th> : null}
          <Table.Th scope="col">{t('tasks.due')}</Table.Th>
          <Table.Th scope="col">{t('tasks.priority')}</Table.Th>
          <Table.Th scope="col">{t('tasks.status')}</Table.Th>
          <Table.Th scope="col">{t('tasks.actions')}</Table.Th>
        </>
      }
    >
      {(task) => {
        const active = task.status === 'open' || task.status === 'in_progress';
        return (
          <Table.Tr key={task.id} className={task.overdue ? 'row-overdue' : undefined}>
            <Table.Th scope="row" fw={500}>
              <Stack gap={2}>
                <span>{task.title}</span>
                {task.description ? (
                  <Text size="sm" c="dimmed" lineClamp={2} fw={400}>
                    {task.description}
                  </Text>
                ) : null}
                <EntityLink task={task} />
              </Stack>
            </Table.Th>
            {orgNames ? <Table.Td>{orgNames.get(task.orgId) ?? t('common.none')}</Table.Td> : null}
            {showAssignee ? (
              <Table.Td>
                {task.assigneeName ??
                  (task.assigneeRole ? t(`role.${task.assigneeRole}`) : t('tasks.unassigned'))}
              </Table.Td>
            ) : null}
            <Table.Td>
              <Stack gap={2} align="flex-start">
                <time dateTime={task.dueDate}>{formatDate(task.dueDate, locale)}</time>
                {task.overdue ? (
                  <Tag color="red" variant="filled" radius="sm" tt="none">
                    {t('tasks.overdueBadge')}
                  </Tag>
                ) : null}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Tag color={priorityColour[task.priority]} variant="light" radius="sm" tt="none">
                {t(`tasks.priorities.${task.priority}`)}
              </Tag>
            </Table.Td>
            <Table.Td>
              <Tag color={statusColour[task.status]} variant="light" radius="sm" tt="none">
                {t(`tasks.statuses.${task.status}`)}
              </Tag>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                {task.status === 'open' ? (
                  <Button
                    size="compact-sm"
                    variant="default"
                    disabled={busyTaskId !== null}
                    loading={busyTaskId === task.id}
                    aria-label={t('tasks.startFor', { title: task.title })}
                    onClick={() => onStatus(task, 'in_progress')}
                  >
                    {t('tasks.start')}
                  </Button>
                ) : null}
                {active ? (
                  <Button
                    size="compact-sm"
                    disabled={busyTaskId !== null}
                    aria-label={t('tasks.doneFor', { title: task.title })}
                    onClick={() => onStatus(task, 'done')}
                  >
                    {t('tasks.markDone')}
                  </Button>
                ) : (
                  <Button
                    size="compact-sm"
                    variant="default"
                    disabled={busyTaskId !== null}
                    aria-label={t('tasks.reopenFor', { title: task.title })}
                    onClick={() => onStatus(task, 'open')}
                  >
                    {t('tasks.reopen')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      }}
    </ListTable>
  );
}
