export { tokensModule } from './tokens.manifest.ts';
