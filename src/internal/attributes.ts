/** Facts about a Lit element's declared attributes, shared by messages and tests. */
import type { LitElement } from 'lit';

/** The attribute that sets `property`, as Lit names it (`group-data` where declared, else lower case); `undefined` for none. */
export function attributeName(element: typeof LitElement, property: string): string | undefined {
  const options = element.elementProperties.get(property);
  if (!options || options.attribute === false) return undefined;
  return typeof options.attribute === 'string' ? options.attribute : property.toLowerCase();
}
