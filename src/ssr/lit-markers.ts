/// <reference types="node" />
/**
 * Takes Lit's hydration markers out of a server-rendered shadow root. @lit-labs/ssr writes them into
 * every ordinary (hydratable) template and offers no switch to leave them out; a page that only runs
 * the enhancement script never reads them, and they are a good share of its bytes.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** The comments @lit-labs/ssr writes for hydration: part starts (with the template's digest), part ends, nodes with bindings. */
const LIT_MARKER = /^(?:lit-part(?: [A-Za-z0-9+/=]+)?|\/lit-part|lit-node \d+)$/;

/** Every comment node in `node`, inside templates' content too (nested elements' shadow roots). */
function* commentsIn(node: Node): Generator<DefaultTreeAdapterMap['commentNode']> {
  if (node.nodeName === '#comment') yield node as DefaultTreeAdapterMap['commentNode'];
  if ('content' in node) yield* commentsIn(node.content);
  if ('childNodes' in node) for (const child of node.childNodes) yield* commentsIn(child);
}

/**
 * `rendered` without Lit's marker comments. It is parsed as HTML, so only real comments go: text that
 * merely looks like a marker, inside an attribute value, a `<style>` or a `<script>`, is kept.
 */
export function withoutLitMarkers(rendered: string): string {
  const cuts = [...commentsIn(parseFragment(rendered, { sourceCodeLocationInfo: true }))]
    .filter((comment) => LIT_MARKER.test(comment.data))
    .map((comment) => comment.sourceCodeLocation)
    .filter((location) => location !== null && location !== undefined);
  const pieces: string[] = [];
  let at = 0;
  for (const { startOffset, endOffset } of cuts) {
    pieces.push(rendered.slice(at, startOffset));
    at = endOffset;
  }
  pieces.push(rendered.slice(at));
  return pieces.join('');
}
