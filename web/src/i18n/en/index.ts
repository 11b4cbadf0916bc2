import annualCycle from './annual-cycle.json';
import assets from './assets.json';
import audit from './audit.json';
import auth from './auth.json';
import common from './common.json';
import documents from './documents.json';
import incidents from './incidents.json';
import operations from './operations.json';
import orgs from './orgs.json';
import profile from './profile.json';
import risks from './risks.json';
import security from './security.json';
import soa from './soa.json';
import tasks from './tasks.json';

/** The English catalog, one file per feature; each top-level key lives in exactly one file. */
export const en = {
  ...annualCycle,
  ...assets,
  ...audit,
  ...auth,
  ...common,
  ...documents,
  ...incidents,
  ...operations,
  ...orgs,
  ...profile,
  ...risks,
  ...security,
  ...soa,
  ...tasks,
};
