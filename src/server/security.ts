/**
 * Headers on every reply: no sniffing, no framing, no referrer, resources
 * for this origin only, and a Content Security Policy that allows nothing
 * for API replies and only inline styles (the brief's own CSS) for pages.
 * No CORS headers: browsers on other origins cannot read the API.
 */
export type ReplyKind = 'api' | 'page';

const CSP: Record<ReplyKind, string> = {
  api: "default-src 'none'; frame-ancestors 'none'",
  page: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

export function securityHeaders(kind: ReplyKind): Record<string, string> {
  return {
    'Content-Security-Policy': CSP[kind],
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

/** The reply kind from its content type: HTML is a page, anything else is data. */
export function replyKind(contentType: unknown): ReplyKind {
  return typeof contentType === 'string' && contentType.startsWith('text/html') ? 'page' : 'api';
}
