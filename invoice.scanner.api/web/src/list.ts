// Document list: filters (status, needs review, upload date), paging, and a refresh every few
// seconds while any listed document is still in the pipeline.

import { ApiError, call, type DocumentPage } from "./api";
import { h, isFinal, money, percent, STATUS_NAMES, statusBadge } from "./dom";

const PAGE_SIZE = 20;
const REFRESH_MS = 2000;

export function renderList(root: HTMLElement): () => void {
  document.title = "Documents · invoice.scanner";
  let page = 1;
  let timer = 0;
  let stopped = false;
  // Each load has a number; a response that comes back after a newer load was started (a
  // refresh in flight when a filter changes) is stale and must not overwrite the newer table.
  let latest = 0;
  const statusSelect = h(
    "select",
    { id: "f-status", name: "status" },
    h("option", { value: "" }, "Any status"),
    ...Object.entries(STATUS_NAMES).map(([v, name]) => h("option", { value: v }, name)),
  );
  const review = h("input", { id: "f-review", name: "needs_review", type: "checkbox" });
  const from = h("input", { id: "f-from", name: "date_from", type: "date" });
  const to = h("input", { id: "f-to", name: "date_to", type: "date" });
  const filters = h(
    "form",
    { class: "filters", "aria-label": "Filters" },
    h("div", {}, h("label", { for: "f-status" }, "Status"), statusSelect),
    h("div", { class: "check" }, review, h("label", { for: "f-review" }, "Needs review only")),
    h("div", {}, h("label", { for: "f-from" }, "Uploaded from"), from),
    h("div", {}, h("label", { for: "f-to" }, "Uploaded to"), to),
  );
  const body = h("tbody");
  const table = h(
    "table",
    { class: "docs" },
    h("caption", { class: "sr-only" }, "Your company's documents"),
    h(
      "thead",
      {},
      h("tr", {}, ...["Document", "Status", "Vendor", "Invoice date", "Total", "Quality"].map((t, i) =>
          h("th", { scope: "col", class: i >= 4 ? "num" : null }, t),
        )),
    ),
    body,
  );
  const info = h("p", { class: "muted", "aria-live": "polite" });
  const prev = h("button", { type: "button", class: "secondary" }, "Previous page");
  const next = h("button", { type: "button", class: "secondary" }, "Next page");
  const pager = h("nav", { class: "pager", "aria-label": "Pages" }, prev, info, next);

  async function load(): Promise<void> {
    clearTimeout(timer);
    const seq = ++latest;
    const q = new URLSearchParams({ page: String(page), page_size: String(PAGE_SIZE) });
    if (statusSelect.value) q.set("status", statusSelect.value);
    if (review.checked) q.set("needs_review", "true");
    if (from.value) q.set("date_from", from.value);
    if (to.value) q.set("date_to", to.value);
    let data: DocumentPage;
    try {
      data = await call<DocumentPage>("GET", `/documents?${q}`);
    } catch (e) {
      if (!stopped && seq === latest)
        info.textContent = e instanceof ApiError ? e.message : "The server cannot be reached.";
      return;
    }
    if (stopped || seq !== latest) return;
    const pages = Math.max(1, Math.ceil(data.total / data.page_size));
    info.textContent = `Page ${data.page} of ${pages} · ${data.total} document${data.total === 1 ? "" : "s"}`;
    prev.disabled = data.page <= 1;
    next.disabled = data.page >= pages;
    body.replaceChildren(
      ...data.documents.map((d) =>
        h(
          "tr",
          { "data-status": d.status },
          h("td", {}, h("a", { href: `#/documents/${d.id}` }, d.original_filename ?? d.id)),
          h("td", {}, statusBadge(d.status)),
          h("td", {}, d.vendor_name ?? "—"),
          h("td", {}, d.invoice_date ?? "—"),
          h("td", { class: "num" }, money(d.total, d.currency)),
          h("td", { class: "num" }, percent(d.quality_score)),
        ),
      ),
    );
    if (!data.documents.length) {
      const filtered = q.has("status") || q.has("needs_review") || q.has("date_from") || q.has("date_to");
      const empty = filtered
        ? ["No documents match these filters."]
        : ["No documents yet. ", h("a", { href: "#/upload" }, "Upload an invoice"), "."];
      body.append(h("tr", {}, h("td", { colspan: 6, class: "empty" }, ...empty)));
    }
    if (data.documents.some((d) => !isFinal(d.status))) timer = window.setTimeout(load, REFRESH_MS);
  }
  filters.addEventListener("change", () => {
    page = 1;
    void load();
  });
  filters.addEventListener("submit", (ev) => ev.preventDefault());
  prev.addEventListener("click", () => {
    page -= 1;
    void load();
  });
  next.addEventListener("click", () => {
    page += 1;
    void load();
  });
  root.append(
    h("div", { class: "heading" }, h("h1", {}, "Documents"), h("a", { href: "#/upload", class: "button" }, "Upload")),
    filters,
    h("div", { class: "scroll" }, table),
    pager,
  );
  void load();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
