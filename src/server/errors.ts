/**
 * Every error reply is JSON `{statusCode, error, message}` with a message
 * that says what is wrong: schema violations name the field and the rule,
 * malformed JSON and oversized bodies say so, and an internal failure is a
 * 500 that reveals nothing of the server (it is logged instead).
 */
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ClusterParamsChanged } from '../storage/store.js';

/** A client error a handler raises on purpose. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string): HttpError => new HttpError(400, message);
export const notFound = (message: string): HttpError => new HttpError(404, message);

export function errorBody(status: number, message: string): { statusCode: number; error: string; message: string } {
  return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message };
}

interface AjvLike {
  instancePath?: string;
  message?: string;
  params?: { additionalProperty?: string; allowedValues?: unknown[] };
}

/** `body/0/text must NOT have fewer than 1 characters`; an unknown field is named. */
function validationMessage(err: FastifyError): string {
  const first = (err.validation as AjvLike[] | undefined)?.[0];
  const where = `${err.validationContext ?? 'request'}${first?.instancePath ?? ''}`;
  if (first?.params?.additionalProperty !== undefined) return `${where} has an unknown field "${first.params.additionalProperty}"`;
  if (first?.params?.allowedValues !== undefined) return `${where} must be one of ${first.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return first?.message !== undefined ? `${where} ${first.message}` : err.message;
}

export function errorHandler(log: (line: string) => void) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply => {
    if (err instanceof HttpError) return reply.code(err.statusCode).send(errorBody(err.statusCode, err.message));
    if (err instanceof ClusterParamsChanged) return reply.code(503).send(errorBody(503, err.message));
    if (err.validation) return reply.code(400).send(errorBody(400, validationMessage(err)));
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message =
        err.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'the request body is larger than this server accepts (see --body-limit)'
          : err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? `unsupported Content-Type ${JSON.stringify(req.headers['content-type'] ?? '')}: send application/json`
            : err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
              ? 'the request body is empty: send a JSON array of articles'
              : err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
                ? `the request body is not valid JSON: ${err.message}`
                : err.message;
      return reply.code(status).send(errorBody(status, message));
    }
    log(`parallax serve: internal error on ${req.method} ${req.routeOptions.url ?? req.url}: ${err.stack ?? err.message}`);
    return reply.code(500).send(errorBody(500, 'internal error (logged by the server)'));
  };
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = req.url.split('?')[0]!.slice(0, 200);
  return reply.code(404).send(errorBody(404, `no route ${req.method} ${path} (the API is described at /api/v1/openapi.json)`));
}
