/** Loaded first in the server-rendered test group: Lit's hydration support must come before Lit. */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
