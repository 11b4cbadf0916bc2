// A sub-resource folder of a module reaching into another module.
import { findAsset } from '../../assets/assets.repository.ts';

export { findAsset };
