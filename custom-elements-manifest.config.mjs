// The Custom Elements Manifest (`custom-elements.json`), generated from the components' JSDoc by
// `npm run analyze`; Storybook's docs and controls and editors' tooling read it.
import { dirname, posix } from 'node:path';

/**
 * Our elements register through `defineElement('tor-x', TorX)` (it never throws on a second copy),
 * which the analyzer does not know as it knows `customElements.define`: record each such call as the
 * module's custom element definition, so the class gets its `tagName`.
 */
function defineElementCalls() {
  return {
    name: 'tor-elements: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: element.text, module: moduleOf(element, moduleDoc.path, ts) },
        },
      ];
    },
  };
}

/** The manifest path of the module an identifier is imported from (`./x.js` → `src/…/x.ts`), else this module. */
function moduleOf(identifier, path, ts) {
  for (const statement of identifier.getSourceFile().statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named)) continue;
    if (named.elements.some((element) => element.name.text === identifier.text)) {
      return posix.join(dirname(path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
    }
  }
  return path;
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json already points `customElements` at the manifest.
  packagejson: false,
  plugins: [defineElementCalls()],
};
