/**
 * One process of the PostgreSQL search pool (pg-search-pool.ts): opens the
 * database named in its environment and answers search calls from its
 * parent, one at a time, until the parent goes away.
 */
import { openPostgres } from '../create-store.js';
import { SEARCH_CHILD_DB, type SearchAnswer, type SearchCall } from './pg-search-pool.js';

const url = process.env[SEARCH_CHILD_DB];
if (url === undefined || process.send === undefined) {
  process.stderr.write(`parallax search process: started without ${SEARCH_CHILD_DB} and a parent\n`);
  process.exit(2);
}
const store = openPostgres(url);
// The parent may be gone by the time a search finishes (a server shutting down): the answer has nowhere
// to go, and the 'disconnect' handler below ends this process. Without the callback, the failed send
// would be an unhandled 'error' event (EPIPE) and a crash report at every shutdown under load.
const reply = (a: SearchAnswer): void => {
  if (!process.connected) return;
  process.send!(a, undefined, undefined, () => {});
};
process.on('message', (call: SearchCall) => {
  try {
    reply({ n: call.n, results: store.search(call.request) });
  } catch (err) {
    reply({ n: call.n, error: err instanceof Error ? err.message : String(err) });
  }
});
process.on('disconnect', () => {
  store.close();
  setTimeout(() => process.exit(0), 0);
});
