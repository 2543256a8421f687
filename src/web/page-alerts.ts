/**
 * The alerts page, built on the alerts API (POST/GET /api/v1/alerts,
 * GET /api/v1/alerts/{id}/deliveries, DELETE /api/v1/alerts/{id}): a form to
 * create one (a search, a story, an entity, or disagreement; optionally a
 * webhook), the list, and each alert's recent deliveries. A server without
 * the alerts API says so instead.
 */
import { h } from './layout.js';

export interface AlertView {
  readonly id: string;
  readonly name: string;
  readonly query?: string | null;
  readonly storyId?: string | null;
  readonly entity?: string | null;
  readonly onDisagreement?: boolean;
  readonly webhookUrl?: string | null;
  readonly feedUrl?: string | null;
  readonly createdAt?: string;
}

export interface DeliveryView {
  readonly id: string;
  readonly at: string;
  readonly event: string;
  readonly status: string;
  readonly attempts: number;
  readonly httpStatus?: number;
  readonly error?: string;
}

export interface AlertsView {
  /** Undefined when this server has no alerts API. */
  readonly alerts?: readonly { readonly alert: AlertView; readonly deliveries: readonly DeliveryView[] }[];
  readonly csrf?: string;
  readonly message?: { readonly kind: 'ok' | 'error'; readonly text: string };
  /** Prefills the form (from "alert me" links: ?query=… or ?storyId=…). */
  readonly prefill?: { readonly query?: string; readonly storyId?: string };
}

/** Only this server's paths and web URLs become links. */
function safeHref(url: string): string | undefined {
  return /^(\/(?![/\\])|https?:\/\/)[^\s"'<>]*$/i.test(url) ? url : undefined;
}

function createForm(v: AlertsView): string {
  if (v.csrf === undefined) return '<p class="note">Creating an alert needs a write token: <a href="/login?next=/alerts">sign in</a>.</p>';
  const p = v.prefill ?? {};
  return `<form class="add alert-form" method="post" action="/alerts" aria-label="Create an alert">
<input type="hidden" name="_csrf" value="${h(v.csrf)}">
<div class="fields">
<label>Name <input name="name" required maxlength="200"></label>
<label>Search <input name="query" value="${h(p.query ?? '')}" placeholder='"city council" source:Gazette'></label>
<label>Story id <input name="storyId" value="${h(p.storyId ?? '')}" placeholder="s_…" pattern="s_[0-9a-f]+"></label>
<label>Entity <input name="entity" placeholder="a person, organisation or place"></label>
<label>Webhook URL <input name="webhookUrl" type="url" placeholder="https://…"></label>
<label>Webhook secret <input name="webhookSecret" type="password" autocomplete="off"></label>
<label class="check"><input type="checkbox" name="onDisagreement" value="1"> Only when sources disagree</label>
</div>
<button type="submit">Create alert</button>
</form>`;
}

function deliveriesTable(d: readonly DeliveryView[]): string {
  if (d.length === 0) return '<p class="none">No deliveries yet.</p>';
  const rows = d
    .slice(0, 20)
    .map((x) => `<tr><td data-label="At"><time datetime="${h(x.at)}">${h(x.at.slice(0, 19).replace('T', ' '))}</time></td><td data-label="Event">${h(x.event)}</td><td data-label="Status"><span class="badge${x.status === 'delivered' || x.status === 'ok' ? ' ok' : x.status === 'failed' ? ' warn' : ''}">${h(x.status)}</span></td><td data-label="Attempts" class="num">${x.attempts}</td><td data-label="Answer">${x.httpStatus !== undefined ? `HTTP ${x.httpStatus}` : ''}${x.error !== undefined ? ` <span class="qual err">${h(x.error)}</span>` : ''}</td></tr>`)
    .join('');
  return `<div class="scroll"><table class="stack"><thead><tr><th scope="col">At</th><th scope="col">Event</th><th scope="col">Status</th><th scope="col" class="num">Attempts</th><th scope="col">Answer</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function alertCard(a: AlertView, deliveries: readonly DeliveryView[], csrf: string | undefined): string {
  const what = [
    a.query ? `search <code>${h(a.query)}</code>` : '',
    a.storyId ? `story <a href="/stories/${h(a.storyId)}">${h(a.storyId)}</a>` : '',
    a.entity ? `entity <strong>${h(a.entity)}</strong>` : '',
    a.onDisagreement ? 'only when sources disagree' : '',
  ].filter((x) => x !== '');
  const to = [a.webhookUrl ? `webhook <span class="url">${h(a.webhookUrl)}</span>` : '', a.feedUrl && safeHref(a.feedUrl) !== undefined ? `<a href="${h(a.feedUrl)}">feed</a>` : ''].filter((x) => x !== '');
  const remove = csrf === undefined ? '' : `<form method="post" action="/alerts/${h(a.id)}/delete" class="inline"><input type="hidden" name="_csrf" value="${h(csrf)}"><button type="submit" class="link danger" aria-label="Delete alert ${h(a.name)}">Delete</button></form>`;
  return `<li class="alert-item" data-id="${h(a.id)}"><h3>${h(a.name)} ${remove}</h3>
<p class="meta">${what.join(' · ') || 'every story'}${to.length > 0 ? ` → ${to.join(' · ')}` : ''}</p>
<details${deliveries.length > 0 ? ' open' : ''}><summary>Recent deliveries (${deliveries.length})</summary>${deliveriesTable(deliveries)}</details></li>`;
}

export function alertsBody(v: AlertsView): string {
  const msg = v.message === undefined ? '' : `<p class="${v.message.kind === 'ok' ? 'ok-msg' : 'error'}" role="${v.message.kind === 'ok' ? 'status' : 'alert'}">${h(v.message.text)}</p>`;
  if (v.alerts === undefined) return `<div class="wrap"><h1>Alerts</h1>${msg}<p class="none">This server has no alerts API yet.</p></div>`;
  const list = v.alerts.length === 0 ? '<p class="none">No alerts yet.</p>' : `<ul class="alerts" id="alert-list">${v.alerts.map((x) => alertCard(x.alert, x.deliveries, v.csrf)).join('')}</ul>`;
  return `<div class="wrap">
<h1>Alerts</h1>
${msg}
<section class="card" aria-labelledby="new-alert-h"><h2 id="new-alert-h">New alert</h2>${createForm(v)}</section>
<section class="card" aria-labelledby="alerts-h"><h2 id="alerts-h">Your alerts</h2>${list}
<p class="exports">Export: <a href="/export/alerts.json" download>JSON</a> · <a href="/export/alerts.csv" download>CSV</a></p></section>
</div>`;
}
