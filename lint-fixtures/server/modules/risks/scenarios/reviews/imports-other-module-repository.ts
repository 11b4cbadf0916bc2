// Two folders down inside a module, another module is three levels up.
import { findAsset } from '../../../assets/assets.repository.ts';

export { findAsset };
