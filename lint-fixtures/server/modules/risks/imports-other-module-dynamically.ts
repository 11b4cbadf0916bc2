// A dynamic import is an import too.
export const loadAssets = () => import('../assets/assets.repository.ts');
