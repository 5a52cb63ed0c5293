/**
 * Lit renders through a Trusted Types policy named `lit-html`, which it creates as it loads. A page
 * whose Content-Security-Policy enforces Trusted Types (`require-trusted-types-for 'script'`) must
 * allow that name (`trusted-types lit-html`); where it does not, creating the policy throws while Lit
 * loads and every element fails. Loaded before Lit (the registration files import it first), this
 * turns that into one console error naming the policy and the fix, and the elements are then not
 * defined: the page shows what it holds without them (prerendered shadow roots, the light DOM).
 */
export const LIT_POLICY = 'lit-html';

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

let refused = false;

/** Whether the page refused Lit its Trusted Types policy, so no element can render. */
export const litPolicyRefused = (): boolean => refused;

/**
 * Watches the one `createPolicy('lit-html')` call Lit makes as it loads, then steps aside: the method
 * is the browser's own again from that call on. Nothing is watched where the browser has no Trusted
 * Types, or where another copy of tor-elements is already watching.
 */
function watchLitPolicy(): void {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory || Object.hasOwn(factory, 'createPolicy')) return;
  const create = factory.createPolicy.bind(factory);
  factory.createPolicy = (name, rules) => {
    if (name !== LIT_POLICY) return create(name, rules);
    delete (factory as Partial<PolicyFactory>).createPolicy;
    try {
      return create(name, rules);
    } catch (error) {
      refused = true;
      console.error(
        `tor-elements: this page's Content-Security-Policy does not allow the Trusted Types policy "${LIT_POLICY}" ` +
          `that the elements render with (${error instanceof Error ? error.message : String(error)}). ` +
          `Add ${LIT_POLICY} to its trusted-types directive (and 'allow-duplicates' if the page loads Lit twice), ` +
          'e.g. "require-trusted-types-for \'script\'; trusted-types lit-html". Until then the elements are not ' +
          'defined, and the page shows their prerendered or light-DOM content.',
      );
      // Lit then loads without a policy; it renders nothing, as no element is defined.
      return undefined;
    }
  };
}

watchLitPolicy();
