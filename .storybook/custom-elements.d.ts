// `custom-elements.json` is generated (`npm run analyze`); type it by its schema, and let the
// type-check pass before it exists.
declare module '*/custom-elements.json' {
  import type { Package } from 'custom-elements-manifest/schema.js';

  const manifest: Package;
  export default manifest;
}
