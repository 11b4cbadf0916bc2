export { documentsModule } from './documents.manifest.ts';
