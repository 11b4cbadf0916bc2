export { controlsModule } from './controls.manifest.ts';
