// @web/test-runner plugin: the `tor-emulate-media` command puts a test page in print media or forced
// colours, in Chromium and Firefox alike (@web/test-runner's `emulateMedia` knows neither forced colours
// nor Firefox). Payload: `{ media: 'print' | '', forcedColors: 'active' | '' }`.
import { emulateMedia } from './emulate-media.mjs';

export function torMediaPlugin() {
  return {
    name: 'tor-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tor-emulate-media') return undefined;
      await emulateMedia(session.browser.getPage(session.id), payload);
      return true;
    },
  };
}
