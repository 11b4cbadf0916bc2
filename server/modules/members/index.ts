export { membersModule } from './members.manifest.ts';
export type { Member } from './members.schemas.ts';
export { grantRole, requireChangeableMember } from './members.service.ts';
