export { membersModule } from './members.manifest.ts';
export { grantRole, loadMember } from './members.service.ts';
