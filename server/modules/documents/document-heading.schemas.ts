import { z } from 'zod';
import { documentKinds } from '../../db/schema.ts';

/** The fields that name a document wherever it is listed: the register and my documents. */
export const documentHeadingFields = {
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  kind: z.enum(documentKinds),
  title: z.string(),
  description: z.string().nullable(),
};
