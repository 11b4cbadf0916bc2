import { defineMessages } from '../../platform/i18n.ts';

/** Error and notification texts of the members module, Danish and English. */
export const membersMessages = defineMessages(
  {
    member_exists: 'Brugeren har allerede denne rolle i organisationen.',
    last_admin: 'Organisationen skal have mindst én administrator.',
  },
  {
    member_exists: 'The user already has this role in the organisation.',
    last_admin: 'The organisation must keep at least one administrator.',
  },
);

declare module '../../platform/i18n.ts' {
  interface MessageKeys extends Record<keyof typeof membersMessages.da, true> {}
}
