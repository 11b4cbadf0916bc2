import { Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllOrgs } from '../../api/orgs';
import { type TaskFilters, useMyTasks } from '../../api/tasks';
import { ErrorAlert, StatusMessage } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { TaskFiltersForm } from './task-filters-form';
import { TaskTable } from './task-table';
import { useTaskStatusChange } from './use-task-status';

/** "My tasks": assigned to me or to a role I hold, across my organisations, soonest due first. */
export function MyTasksPage({ filters }: { filters: TaskFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tasks = useMyTasks(filters);
  const orgs = useAllOrgs();
  const status = useTaskStatusChange();
  const orgNames = useMemo(() => new Map((orgs.data ?? []).map((org) => [org.id, org.name])), [orgs.data]);

  return (
    <>
      <PageTitle documentTitle={t('tasks.myTitle')}>{t('tasks.myTitle')}</PageTitle>
      <Stack gap="md">
        <Text maw={760}>{t('tasks.myIntro')}</Text>
        <TaskFiltersForm
          filters={filters}
          onApply={(next) => void navigate({ to: '/tasks', search: next })}
        />
        <Paper withBorder p="md" component="section" aria-labelledby="my-tasks-heading">
          <Title order={2} id="my-tasks-heading" mb="sm">
            {t('tasks.listHeading')}
          </Title>
          <StatusMessage message={status.message} />
          <ErrorAlert error={status.error} />
          <TaskTable
            tasks={tasks}
            caption={t('tasks.myCaption')}
            empty={t('tasks.empty')}
            summary={(rows) => {
              const overdue = rows.filter((task) => task.overdue).length;
              return (
                <Text mb="sm" data-testid="task-count">
                  {t('tasks.count', { count: rows.length })}
                  {overdue > 0 ? ` ${t('tasks.overdueCount', { count: overdue })}` : ''}
                </Text>
              );
            }}
            orgNames={orgNames}
            busyTaskId={status.busyTaskId}
            onStatus={status.change}
          />
        </Paper>
      </Stack>
    </>
  );
}
