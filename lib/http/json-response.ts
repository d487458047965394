// JSON answers of the API routes. They speak of one caller's request (a
// subscription, an upload, a scheduler run), so no cache may keep them.
export function jsonNoStore(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
