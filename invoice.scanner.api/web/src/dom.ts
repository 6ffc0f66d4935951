// A tiny element builder: h("button", {type: "submit"}, "Save"). Text children are set as
// text, never as HTML, so values from invoices cannot inject markup.

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.replace(/^on/, ""), value);
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Say something to screen-reader users without moving focus. */
export function announce(text: string): void {
  const region = document.getElementById("announce");
  if (region) region.textContent = text;
}

export const FINAL = new Set(["approved", "manual_review", "rejected"]);
export const isFinal = (status: string): boolean => FINAL.has(status) || status.endsWith("_error");

export const STATUS_NAMES: Record<string, string> = {
  waiting: "Waiting",
  preprocessing: "Preprocessing",
  preprocessed: "Preprocessed",
  ocr_extracting: "OCR Extracting",
  predicting: "Predicting",
  extraction: "Extraction",
  automated_evaluation: "Automated Evaluation",
  approved: "Approved",
  manual_review: "Manual Review",
  rejected: "Rejected",
  preprocess_error: "Preprocessing Error",
  ocr_error: "OCR Error",
  predict_error: "Prediction Error",
  extraction_error: "Extraction Error",
  evaluation_error: "Evaluation Error",
};

export function statusBadge(status: string): HTMLElement {
  const kind = status.endsWith("_error") ? "error" : isFinal(status) ? status : "running";
  return h("span", { class: `badge badge-${kind}` }, STATUS_NAMES[status] ?? status);
}

export const percent = (score: number | null): string =>
  score === null ? "—" : `${Math.round(score * 100)}%`;

export function money(value: number | null, currency: string | null): string {
  if (value === null) return "—";
  return `${currency ?? ""} ${value.toFixed(2)}`.trim();
}
