import { z } from 'zod';
import { documentKinds } from '../../db/schema.ts';

/** Where a document lives and what it is called: shared by the register, my documents and the templates. */
export const documentNameFields = {
  orgId: z.string(),
  orgName: z.string(),
  kind: z.enum(documentKinds),
  title: z.string(),
  description: z.string().nullable(),
};

/** The fields that name a document wherever it is listed: the register and my documents. */
export const documentHeadingFields = { id: z.string(), ...documentNameFields };
