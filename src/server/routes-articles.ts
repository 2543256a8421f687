/**
 * Articles: one stored article with its analysis, and ingest through the
 * pipeline (api-ingest.ts). Search lives in routes-search.ts.
 */
import { asArticleId } from '../core/ids.js';
import type { App, Deps } from './app.js';
import { notFound } from './errors.js';
import { ArticleParams, ArticleReply, ErrorReply, PostArticlesBody, PostArticlesReply } from './schemas.js';

export function articleRoutes(app: App, { store, ingest, events }: Deps): void {
  app.get(
    '/api/v1/articles/:id',
    {
      schema: {
        summary: 'One stored article: cleaned text, metadata and what the analysis found (offsets into text)',
        tags: ['articles'],
        params: ArticleParams,
        response: { 200: ArticleReply, 404: ErrorReply },
      },
    },
    async (req) => {
      const stored = store.getArticle(asArticleId(req.params.id));
      if (stored === undefined) throw notFound(`no article ${req.params.id}`);
      const { article, analysis } = stored;
      const meta = article.meta;
      return {
        id: article.id,
        title: article.title,
        text: article.text,
        language: analysis.language,
        ...(stored.storyId !== undefined ? { storyId: stored.storyId } : {}),
        ...(meta.url !== undefined ? { url: meta.url } : {}),
        ...(meta.source !== undefined ? { source: meta.source } : {}),
        ...(meta.published !== undefined ? { published: meta.published } : {}),
        ...(meta.byline !== undefined ? { byline: meta.byline } : {}),
        entities: [...analysis.entities],
        quotes: [...analysis.quotes],
        figures: [...analysis.figures],
        dates: [...analysis.dates],
      };
    },
  );

  app.post(
    '/api/v1/articles',
    {
      config: { access: 'write' },
      schema: {
        summary: 'Ingest articles: cleaned, analysed, clustered and stored as `parallax ingest` does',
        description: 'A JSON array of {title, text, url, published, source} (text required; HTML in text is extracted). Duplicates (same normalised text) are counted, not stored again. Needs a write token.',
        tags: ['articles'],
        security: [{ bearer: [] }],
        body: PostArticlesBody,
        response: { 200: PostArticlesReply, 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 413: ErrorReply },
      },
    },
    async (req) => {
      const result = await ingest.ingest(req.body);
      // Announce the new and changed stories now rather than at the next tick.
      events.poll();
      return result;
    },
  );
}
