// Print media and forced colours for a puppeteer page, in both of our browsers. Puppeteer's own
// `emulateMediaFeatures` refuses `forced-colors`, and Firefox's WebDriver BiDi offers neither, so:
// Chromium through the DevTools protocol; Firefox through its own switches (the print medium of a
// tab, and the "always override the page's colours" preference), set in the browser's chrome, which
// needs Firefox started with FIREFOX_MEDIA_ARGS.

/** What Firefox must be started with for `emulateMedia` to reach its chrome. */
export const FIREFOX_MEDIA_ARGS = ['--remote-allow-system-access'];

const cdpSessions = new WeakMap();

/**
 * Emulates `media` ('print', or '' for the screen) and `forcedColors` ('active', or '' for none) in
 * `page`, until called again. In Firefox forced colours apply to every tab of the browser.
 */
export async function emulateMedia(page, { media = '', forcedColors = '' } = {}) {
  if (page.browser().protocol === 'cdp') {
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      media,
      features: [{ name: 'forced-colors', value: forcedColors }],
    });
    return;
  }
  const connection = page.browser().connection;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [chromeWindow] = result.contexts;
  if (!chromeWindow) throw new Error('emulateMedia: start Firefox with FIREFOX_MEDIA_ARGS to reach its chrome');
  const expression = `(() => {
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    NavigableManager.getBrowsingContextById(${JSON.stringify(page.mainFrame()._id)}).top.mediumOverride = ${JSON.stringify(media)};
    Services.prefs.setIntPref('browser.display.document_color_use', ${forcedColors === 'active' ? 2 : 0});
  })()`;
  const { result: evaluated } = await connection.send('script.evaluate', {
    expression,
    target: { context: chromeWindow.context },
    awaitPromise: false,
  });
  if (evaluated.type === 'exception') throw new Error(`emulateMedia in Firefox: ${evaluated.exceptionDetails.text}`);
}
