// A type-only import counts too: the boundary is about which file, not which kind of import.
import type { OrgSettings } from '../orgs/orgs.service.ts';

export type { OrgSettings };
