// Parallax web pages: the few interactive parts on top of server-rendered
// HTML. Keyboard navigation (j/k/Enter, / for search), live story updates
// over server-sent events, and citation links that land on the cited words
// in view (centred, clear of the sticky section bar) and highlighted.
// Loaded as a module from this server (the CSP forbids inline scripts).

const page = document.body.dataset.page;

function typing(el) {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

// ---- keyboard ----
const ITEMS = '.story, .hit, .alert-item, section.card';
let current = -1;

function items() {
  return [...document.querySelectorAll(ITEMS)].filter((el) => el.offsetParent !== null);
}

function select(i) {
  const list = items();
  if (list.length === 0) return;
  current = Math.max(0, Math.min(list.length - 1, i));
  for (const el of list) el.classList.remove('selected');
  const el = list[current];
  el.classList.add('selected');
  const link = el.querySelector('a[href]:not(.cite)');
  (link ?? el).focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
  if (e.key === '/') {
    const box = document.getElementById(page === 'search' ? 'q' : 'site-q');
    if (box) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  } else if (e.key === 'j' || e.key === 'k') {
    e.preventDefault();
    const list = items();
    const at = list.findIndex((el) => el.classList.contains('selected'));
    select((at < 0 ? (e.key === 'j' ? -1 : 1) : at) + (e.key === 'j' ? 1 : -1));
  } else if (e.key === 'Enter') {
    const sel = document.querySelector('.selected');
    const link = sel?.querySelector('a[href]:not(.cite)');
    if (link && document.activeElement === sel) link.click();
  }
});

// ---- citations: the cited words in view and highlighted ----
// The brief's anchors for cited words (m<ref>-<start>-<end>) and for whole articles (art-<ref>).
const CITED = /^(m\d+-\d+-\d+|art-\d+)$/;

function showCited(id, push) {
  const target = id && CITED.test(id) ? document.getElementById(id) : null;
  if (!target) return false;
  for (const el of document.querySelectorAll('.cited')) el.classList.remove('cited');
  target.classList.add('cited');
  // Pieces of a span split around another one share its highlight.
  for (const el of document.querySelectorAll(`[data-for="${CSS.escape(id)}"]`)) el.classList.add('cited');
  if (push) history.pushState(null, '', `#${id}`);
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  return true;
}

document.addEventListener('click', (e) => {
  const a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
  if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const id = decodeURIComponent(a.getAttribute('href').slice(1));
  if (showCited(id, true)) e.preventDefault();
});

window.addEventListener('popstate', () => showCited(decodeURIComponent(location.hash.slice(1)), false));
if (location.hash.length > 1) requestAnimationFrame(() => showCited(decodeURIComponent(location.hash.slice(1)), false));

// ---- live updates ----
function announce(text) {
  const box = document.getElementById('live-status');
  if (box) box.textContent = text;
}

async function storyChanged(ev) {
  const list = document.getElementById('story-list');
  if (!list || list.dataset.live !== 'top') return;
  const { id } = JSON.parse(ev.data);
  const res = await fetch(`/fragments/story/${encodeURIComponent(id)}`, { credentials: 'same-origin' });
  if (!res.ok) return;
  const tpl = document.createElement('template');
  tpl.innerHTML = (await res.text()).trim();
  const item = tpl.content.firstElementChild;
  if (!item) return;
  list.querySelector(`li[data-id="${CSS.escape(id)}"]`)?.remove();
  item.classList.add('fresh');
  list.prepend(item);
  while (list.children.length > 30) list.lastElementChild.remove();
  document.querySelector('p.none')?.remove();
  announce(`${ev.type === 'story.created' ? 'New story' : 'Story updated'}: ${item.querySelector('.title')?.textContent ?? ''}`);
}

// The story page: a change since its brief is noted at once ("Updating: …"),
// and when the server has the new brief (brief.ready) the note offers it.
const storyRoot = document.querySelector('.story-page:not([data-wait])');

function storyNote(nodes) {
  const box = document.getElementById('story-status');
  if (!box) return;
  box.hidden = false;
  box.classList.add('updating');
  box.replaceChildren(...nodes);
}

function newBriefLink(text) {
  const a = document.createElement('a');
  a.href = location.pathname;
  a.textContent = text;
  return a;
}

function storyPageChanged(ev) {
  const data = JSON.parse(ev.data);
  if (!storyRoot || data.id !== storyRoot.dataset.story || data.updatedSeq <= Number(storyRoot.dataset.version)) return;
  const added = data.articles - Number(storyRoot.dataset.articles);
  const strong = document.createElement('strong');
  strong.textContent = 'Updating:';
  const what = added > 0 ? `${added} new article${added === 1 ? '' : 's'} since this brief` : `the story changed since this brief (${data.articles} articles now)`;
  storyNote([strong, ` ${what}. The new brief is being prepared; a link to it appears here when it is ready.`]);
  storyRoot.dataset.updating = String(data.updatedSeq);
}

function briefReady(ev) {
  const data = JSON.parse(ev.data);
  if (!storyRoot || data.id !== storyRoot.dataset.story || data.version <= Number(storyRoot.dataset.version)) return;
  const strong = document.createElement('strong');
  strong.textContent = 'Updated:';
  storyNote([strong, ' the new brief is ready. ', newBriefLink('Show the new brief')]);
  storyRoot.dataset.ready = String(data.version);
}

// A large story's brief being computed: reload when it is ready.
const waiting = document.querySelector('.story-page[data-wait]');
if (waiting) {
  const poll = async () => {
    const res = await fetch(`/stories/${encodeURIComponent(waiting.dataset.story)}/ready`, { credentials: 'same-origin' });
    if (res.status === 200) location.reload();
    else if (res.status === 202) setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
}

if (page === 'stories' || page === 'story') {
  const source = new EventSource('/events');
  const on = page === 'stories' ? storyChanged : storyPageChanged;
  source.addEventListener('story.created', on);
  source.addEventListener('story.updated', on);
  if (storyRoot) {
    source.addEventListener('brief.ready', briefReady);
    // Shown from a previous brief: the new one may have become ready before the stream opened.
    if (storyRoot.dataset.updating) {
      source.addEventListener('open', async () => {
        const res = await fetch(`/stories/${encodeURIComponent(storyRoot.dataset.story)}/ready`, { credentials: 'same-origin' });
        if (res.status === 200 && !storyRoot.dataset.ready) briefReady({ data: JSON.stringify({ id: storyRoot.dataset.story, version: Number(storyRoot.dataset.updating) }) });
      });
    }
  }
  window.addEventListener('pagehide', () => source.close());
}
