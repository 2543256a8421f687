/**
 * The web interface `parallax serve` serves at `/`: server-rendered pages
 * over the same store and API (see docs/WEB.md). Registered in its own
 * Fastify context so the form body parser applies to the pages' forms only,
 * never to the JSON API.
 * @example webRoutes(app, deps, { loopbackOnly: true })
 */
import type { App, Deps } from '../server/app.js';
import { webContext } from './context.js';
import { exportRoutes } from './routes-export.js';
import { formRoutes } from './routes-forms.js';
import { pageRoutes } from './routes-pages.js';

/** Form posts are small: a URL, a name, a token. */
const FORM_LIMIT = 64 * 1024;

export function webRoutes(app: App, deps: Deps, opts: { readonly loopbackOnly: boolean }): void {
  void app.register(async (child) => {
    const scoped = child as App;
    scoped.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    // The API calls the forms make go through the root app (its hooks and routes).
    const web = webContext(app, deps, opts.loopbackOnly);
    scoped.addHook('onClose', async () => web.briefs.stop());
    pageRoutes({ ...web, app: scoped });
    formRoutes({ ...web, app: scoped });
    exportRoutes({ ...web, app: scoped });
  });
}
