export { mfaModule } from './mfa.manifest.ts';
