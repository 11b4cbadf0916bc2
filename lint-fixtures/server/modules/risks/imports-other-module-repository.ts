// A module reaching into another module's repository.
import { findAsset } from '../assets/assets.repository.ts';

export { findAsset };
