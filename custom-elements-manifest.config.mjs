// The Custom Elements Manifest (`custom-elements.json`), generated from the components' JSDoc by
// `npm run analyze`; Storybook's docs and controls, editors' tooling and the consumer types
// (scripts/consumer-types.mjs) read it. It describes the package as published: modules are `dist/…js`.
import { readFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import typescript from 'typescript';

/** Where the global `--tor-*` tokens are declared (in the JSDoc of `sharedStyles`), read by every element. */
const SHARED_STYLES = 'src/internal/shared.styles.ts';

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

/** `@slot name - description` with the whole name, spaces included (`anchor-<group id>`); `-` alone is the default slot. */
function slotFromTag(text) {
  const match = /^(?:-|(.+?) -)\s+(.*)$/s.exec(text.trim());
  return match ? { description: match[2].replace(/\s+/g, ' '), name: match[1] ?? '' } : undefined;
}

/**
 * The analyzer cuts a slot's name at the first space, so `anchor-<group id>` became `anchor-<group`:
 * read each class's `@slot` tags again, whole.
 */
function slotNamesAsWritten() {
  return {
    name: 'tor-elements: slot names as written',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((entry) => entry.name === node.name.text);
      if (!declaration?.slots) return;
      const slots = ts
        .getJSDocTags(node)
        .filter((tag) => tag.tagName.text === 'slot')
        .map((tag) => slotFromTag(ts.getTextOfJSDocComment(tag.comment) ?? ''))
        .filter(Boolean);
      if (slots.length > 0) declaration.slots = slots;
    },
  };
}

/**
 * Types the analyzer leaves as an alias name (`remember: Remember`) are written out when the alias is a
 * union of literals (`'session' | 'local' | 'none'`), so that docs, editors and Storybook's controls
 * show the values. Interfaces (`UserGroup`) keep their name. Uses a TypeScript program for the types.
 */
function literalUnionsExpanded() {
  let program;
  const load = () => {
    const { config } = typescript.readConfigFile('tsconfig.json', typescript.sys.readFile);
    const { options, fileNames } = typescript.parseJsonConfigFileContent(config, typescript.sys, '.');
    const components = fileNames.filter((file) => file.startsWith('src/components/'));
    return typescript.createProgram(components, { ...options, noEmit: true });
  };
  const sourceFile = (path) => (program ??= load()).getSourceFile(resolve(path));
  const checker = () => (program ??= load()).getTypeChecker();
  const literalText = (type) =>
    type.isStringLiteral() ? `'${type.value}'` : checker().typeToString(type, undefined, 0);
  const expanded = (member) => {
    if (!member.type) return undefined;
    const type = checker().getTypeFromTypeNode(member.type);
    const isLiteral = (part) => part.isLiteral() || (part.flags & typescript.TypeFlags.BooleanLiteral) !== 0;
    if (!type.aliasSymbol || !type.isUnion() || !type.types.every(isLiteral)) return undefined;
    return [...type.types.map(literalText), ...(member.questionToken ? ['undefined'] : [])].join(' | ');
  };
  return {
    name: 'tor-elements: literal unions expanded',
    moduleLinkPhase({ moduleDoc }) {
      if (!moduleDoc.declarations?.some((declaration) => declaration.kind === 'class')) return;
      const source = sourceFile(moduleDoc.path);
      if (!source) return;
      for (const declaration of moduleDoc.declarations ?? []) {
        const node = source.statements.find(
          (statement) => typescript.isClassDeclaration(statement) && statement.name?.text === declaration.name,
        );
        for (const member of node?.members ?? []) {
          if (!typescript.isPropertyDeclaration(member) || !typescript.isIdentifier(member.name)) continue;
          const text = expanded(member);
          if (!text) continue;
          const field = member.name.text;
          for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if ((entry.kind === 'field' && entry.name === field) || entry.fieldName === field) entry.type = { text };
          }
        }
      }
    },
  };
}

/** `@cssprop [--name=default] - description` → a manifest CSS custom property. */
function cssPropertyFromTag(text) {
  const match = /^\[(--[\w-]+)=(.*)\]\s+-\s+(.*)$/s.exec(text.trim());
  return match && { name: match[1], default: match[2], description: match[3].replace(/\s+/g, ' ') };
}

/** The global tokens `sharedStyles`' JSDoc declares, in order. */
function globalTokens() {
  const file = typescript.createSourceFile(
    SHARED_STYLES,
    readFileSync(SHARED_STYLES, 'utf8'),
    typescript.ScriptTarget.Latest,
    true,
  );
  const statement = file.statements.find(
    (node) =>
      typescript.isVariableStatement(node) && node.declarationList.declarations[0]?.name.getText() === 'sharedStyles',
  );
  const tags = statement ? typescript.getJSDocTags(statement.declarationList.declarations[0]) : [];
  return tags
    .filter((tag) => tag.tagName.text === 'cssprop')
    .map((tag) => cssPropertyFromTag(typescript.getTextOfJSDocComment(tag.comment) ?? ''))
    .filter(Boolean);
}

/** Every element styles itself with `sharedStyles`, so each lists the global tokens after its own. */
function globalTokensOnEveryElement() {
  return {
    name: 'tor-elements: global tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = globalTokens();
      if (tokens.length === 0) throw new Error(`${SHARED_STYLES}: no @cssprop tags on sharedStyles`);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement) declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens];
        }
      }
    },
  };
}

/**
 * The analyzer writes `privacy: "public"` on a property declared in `static properties` but leaves it
 * out on other fields; public is the schema's default, so the manifest says it nowhere.
 */
function publicByDefault() {
  return {
    name: 'tor-elements: public by default',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
        }
      }
    },
  };
}

/** `src/components/x/x.ts` → `dist/components/x/x.js`, for every module path and reference in the manifest. */
function publishedPaths() {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      // The analyzer writes sources as `src/x.ts`, and a superclass it resolves from an import as `/src/x.js`.
      if ((key === 'path' || key === 'module') && typeof inner === 'string' && /^\/?src\/.*\.[jt]s$/.test(inner)) {
        value[key] = inner.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
      } else rewrite(inner);
    }
  };
  return {
    name: 'tor-elements: published module paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json already points `customElements` at the manifest.
  packagejson: false,
  plugins: [
    defineElementCalls(),
    slotNamesAsWritten(),
    literalUnionsExpanded(),
    globalTokensOnEveryElement(),
    publicByDefault(),
    // Last: the other plugins find sources by their `src/` paths.
    publishedPaths(),
  ],
};
