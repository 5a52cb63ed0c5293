// Which page variants a row judges: the prerendered page as the prerender command ships it by default
// (the variant marked `preferred` once its script exists, else the first with a script); the other
// prerendered variants are shown as context.
export const available = (variants) => variants.filter((variant) => variant.path);

/** The prerendered variant the targets apply to, and the other prerendered variants (shown as info). */
export function prerenderedVariants(variants) {
  const withScript = variants.filter((variant) => variant.document === 'prerendered' && variant.script);
  const loadable = available(withScript);
  const judged = loadable.find((variant) => variant.preferred) ?? loadable[0];
  return { judged, others: withScript.filter((variant) => variant !== judged) };
}
