export { authModule } from './auth.manifest.ts';
export { resetPassword } from './auth.service.ts';
