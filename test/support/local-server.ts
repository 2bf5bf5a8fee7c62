// A scripted HTTP server on 127.0.0.1 for fault tests: each request is recorded, then answered by `handler`.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
  raw: Buffer;
  at: number;
}

export type Handler = (req: SeenRequest, res: ServerResponse, index: number) => void;

/** Reads a request's body, then hands over the request's record. */
export function recordRequest(req: IncomingMessage, done: (record: SeenRequest) => void): void {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const raw = Buffer.concat(chunks);
    done({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: raw.toString("utf8"), raw, at: Date.now() });
  });
}

export async function startLocalServer(handler: Handler) {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) =>
    recordRequest(req, (record) => {
      seen.push(record);
      handler(record, res, seen.length - 1);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** The multipart/form-data parts of a recorded request, parsed by the platform's own parser. */
export function formParts(request: SeenRequest): Promise<FormData> {
  return new Response(new Uint8Array(request.raw), { headers: { "Content-Type": String(request.headers["content-type"]) } }).formData();
}
