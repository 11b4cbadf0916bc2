export { adminModule } from './admin.manifest.ts';
