/**
 * Writes the typed web client's schema (web/src/api/schema.d.ts) from the server's OpenAPI
 * document. `--check` fails when the checked-in file differs (drift between server and web).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';

const target = 'web/src/api/schema.d.ts';
const config = { ...loadConfig({ DATABASE_URL: 'sqlite::memory:', SKJOLD_LOG_LEVEL: 'silent' }) };
const database = openDatabase(config.databaseUrl);
const app = await buildApp(config, database);
await app.ready();
const document = app.swagger();
await app.close();
await database.close();

const header = '// Generated from the server OpenAPI document by `npm run api:generate`. Do not edit.\n';
const generated = header + astToString(await openapiTS(JSON.parse(JSON.stringify(document))));

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== generated) {
    console.error(`${target} is out of date: run npm run api:generate`);
    process.exit(1);
  }
  console.log(`${target} matches the OpenAPI document`);
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${target}`);
}
