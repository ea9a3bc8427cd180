// Route handlers answer errors the same way everywhere: JSON with a code and a message, the status
// from the code, never a stack or SQL text; a refusal by the permission rules is audited first.
import { AppError, HTTP_STATUS, publicError } from './errors';
import { auditRefusal } from './refusal-audit';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export async function errorResponse(error: unknown): Promise<Response> {
  await auditRefusal(error);
  const { code, message, fields } = publicError(error);
  if (code === 'internal') console.error(error);
  const status = code === 'internal' ? 500 : HTTP_STATUS[code];
  return json({ error: { code, message, fields } }, status);
}

/** The request's JSON body, refused before parsing when larger than `maxBytes`. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) throw new AppError('too_large', 'The request is too large.');
  const text = await request.text();
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw new AppError('too_large', 'The request is too large.');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid', 'The request is not valid JSON.');
  }
}
