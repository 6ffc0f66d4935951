// The API client: every call carries the bearer token; every error becomes an ApiError with
// the API's own JSON message. The token lives in sessionStorage (gone when the tab closes).

const TOKEN_KEY = "invoice-scanner-token";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string): void => sessionStorage.setItem(TOKEN_KEY, value),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

/** Called when the API answers 401: the app goes back to the login screen. */
export let onUnauthorized: () => void = () => {};
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  const t = token.get();
  if (t) headers.Authorization = `Bearer ${t}`;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const res = await fetch(path, { method, headers, body: payload });
  if (res.ok) return res;
  let data: Record<string, unknown> = {};
  try {
    data = (await res.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): keep the status line.
  }
  if (res.status === 401 && t) onUnauthorized();
  const message = typeof data.message === "string" ? data.message : res.statusText;
  throw new ApiError(res.status, message, data);
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await send(method, path, body);
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

export async function blob(path: string): Promise<Blob> {
  return (await send("GET", path)).blob();
}

// ---- shapes of the API's answers (INTEGRATION.md) ----

export interface Progress {
  current_step: number;
  total_steps: number;
  percentage: number;
}

export interface StatusBody {
  document_id: string;
  status: string;
  status_name: string;
  status_reason: string | null;
  progress: Progress;
  quality_score: number | null;
}

export interface Check {
  name: string;
  passed?: boolean;
  severity: string;
  detail: string | null;
  fields?: string[];
}

export interface Field {
  value: unknown;
  confidence: number | null;
  source: string | null;
  page: number | null;
  bbox: [number, number, number, number] | null;
}

export interface AuditEntry {
  action: string;
  user_email: string | null;
  at: string;
  old: unknown;
  new: unknown;
  comment: string | null;
}

export interface DocumentSummary {
  id: string;
  status: string;
  status_reason: string | null;
  original_filename: string | null;
  vendor_name: string | null;
  invoice_number: string | null;
  invoice_date: string | null;
  total: number | null;
  currency: string | null;
  quality_score: number | null;
  created_at: string;
  failed_checks?: Check[];
}

export interface DocumentDetail extends DocumentSummary {
  page_count: number | null;
  fields: Record<string, Field>;
  checks: Check[];
  line_items: Record<string, unknown>[];
  audit: AuditEntry[];
  original_prediction?: { fields?: Record<string, Field> } | null;
}

export interface DocumentPage {
  documents: DocumentSummary[];
  page: number;
  page_size: number;
  total: number;
}

export interface UploadBody {
  document: { id: string; status: string; original_filename: string | null };
  duplicate: boolean;
  queued: boolean;
}
