// The long way round to another module's internals.
import { findAsset } from '../../modules/assets/assets.repository.ts';

export { findAsset };
