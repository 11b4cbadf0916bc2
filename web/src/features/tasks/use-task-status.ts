import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Task, useUpdateTask } from '../../api/tasks';

/** Moves a task along (start, done, reopen) and says so in a status message. */
export function useTaskStatusChange() {
  const { t } = useTranslation();
  const update = useUpdateTask();
  const [message, setMessage] = useState<string | null>(null);
  const [busyTaskId, setBusyTaskId] = useState<string | null>(null);

  const change = (task: Task, status: Task['status']) => {
    setMessage(null);
    setBusyTaskId(task.id);
    update.mutate(
      { task, body: { status } },
      {
        onSuccess: (updated) =>
          setMessage(
            t('tasks.statusChanged', { title: updated.title, status: t(`tasks.statuses.${status}`) }),
          ),
        onSettled: () => setBusyTaskId(null),
      },
    );
  };

  return { change, message, error: update.error, busyTaskId };
}
