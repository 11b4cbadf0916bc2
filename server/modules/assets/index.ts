export { assetsModule } from './assets.manifest.ts';
export { assetsPolicy } from './assets.policy.ts';
export {
  type Asset,
  type AssetRef,
  assetRefSchema,
  canSchema,
  presentAssetRef,
} from './assets.presenter.ts';
export { existingAssetIds } from './assets.repository.ts';
export { createAsset } from './assets.service.ts';
