import { defineMessages } from '../../platform/i18n.ts';

/** Error texts of the tasks module, Danish and English. */
export const tasksMessages = defineMessages(
  {
    task_link_target_unknown: 'Opgaver kan ikke knyttes til denne type post.',
    task_link_target_not_found: 'Posten, opgaven skal knyttes til, findes ikke i organisationen.',
  },
  {
    task_link_target_unknown: 'Tasks cannot be linked to this type of record.',
    task_link_target_not_found: 'The record the task is about does not exist in this organisation.',
  },
);

declare module '../../platform/i18n.ts' {
  interface MessageKeys extends Record<keyof typeof tasksMessages.da, true> {}
}
