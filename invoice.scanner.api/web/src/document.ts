// Document screen: the page image with a box on every field's place, the fields with their
// confidence and source, the checks, the line items, the review actions and the audit trail.

import { ApiError, blob, call, type Check, type DocumentDetail, type Field, type StatusBody } from "./api";
import { announce, h, isFinal, percent, statusBadge } from "./dom";

const LABELS: Record<string, string> = {
  invoice_number: "Invoice number",
  invoice_date: "Invoice date",
  due_date: "Due date",
  vendor_name: "Vendor",
  currency: "Currency",
  amount: "Net amount",
  vat: "VAT",
  total: "Total",
  discount: "Discount",
  shipping: "Shipping",
  tip: "Tip",
  rounding: "Rounding",
  amount_due: "Amount due",
  vendor_address: "Vendor address",
  vendor_vat_id: "Vendor VAT id",
  customer_name: "Customer",
  customer_address: "Customer address",
  customer_tax_id: "Customer tax id",
  purchase_order: "Purchase order",
  payment_terms: "Payment terms",
  iban: "IBAN",
  bic: "BIC",
};
/** The header fields every invoice has (invoice_scanner_common.checks.HEADER_FIELDS). */
const HEADER = ["invoice_number", "invoice_date", "due_date", "vendor_name", "currency", "amount", "vat", "total"];
const label = (name: string): string => LABELS[name] ?? name.replaceAll("_", " ");

/** A check's name in words: "arithmetic.net_plus_vat_equals_total" → "Arithmetic: net plus vat equals total". */
export function checkName(name: string): string {
  const [group, ...rest] = name.split(".");
  const words = rest.join(" ").replaceAll("_", " ");
  const head = group.charAt(0).toUpperCase() + group.slice(1).replaceAll("_", " ");
  return words ? `${head}: ${words}` : head;
}

export function renderDocument(root: HTMLElement, id: string): () => void {
  let stopped = false;
  let timer = 0;
  let pageUrl: string | null = null;

  const show = (doc: DocumentDetail): void => {
    root.replaceChildren(view(doc, reload));
    document.title = `${doc.original_filename ?? "Document"} · invoice.scanner`;
  };
  async function reload(): Promise<void> {
    clearTimeout(timer);
    let doc: DocumentDetail;
    try {
      doc = await call<DocumentDetail>("GET", `/documents/${id}`);
    } catch (e) {
      root.replaceChildren(
        h("h1", {}, e instanceof ApiError && e.status === 404 ? "Document not found" : "Cannot load the document"),
        h("p", {}, h("a", { href: "#/documents" }, "Back to the documents")),
      );
      return;
    }
    if (stopped) return;
    show(doc);
    if (!isFinal(doc.status)) timer = window.setTimeout(() => void watch(), 1000);
  }
  async function watch(): Promise<void> {
    if (stopped) return;
    const s = await call<StatusBody>("GET", `/documents/${id}/status`).catch(() => null);
    if (s && isFinal(s.status)) return reload();
    const bar = root.querySelector<HTMLProgressElement>("progress.doc-progress");
    if (s && bar) {
      bar.value = s.progress.percentage;
      const text = root.querySelector(".doc-progress-text");
      if (text) text.textContent = `${s.status_name} — step ${s.progress.current_step} of ${s.progress.total_steps}`;
    }
    timer = window.setTimeout(() => void watch(), 1000);
  }

  function view(doc: DocumentDetail, refresh: () => Promise<void>): HTMLElement {
    const pageNo = { n: 1 };
    const viewer = h("div", { class: "viewer" });
    const fieldsTable = fieldsView(doc);
    const setActive = (name: string | null): void => {
      for (const el of root.querySelectorAll<HTMLElement>("[data-field]")) {
        el.classList.toggle("active", el.dataset.field === name);
      }
    };
    fieldsTable.addEventListener("mouseover", (ev) => setActive(fieldOf(ev.target)));
    fieldsTable.addEventListener("focusin", (ev) => setActive(fieldOf(ev.target)));
    fieldsTable.addEventListener("mouseleave", () => setActive(null));
    viewer.addEventListener("mouseover", (ev) => setActive(fieldOf(ev.target)));

    const loadPage = async (n: number): Promise<void> => {
      pageNo.n = n;
      const frame = h("div", { class: "page" });
      viewer.replaceChildren(pager(doc.page_count ?? 0, n, loadPage) ?? "", frame);
      try {
        const image = await blob(`/documents/${doc.id}/pages/${n}`);
        if (pageUrl) URL.revokeObjectURL(pageUrl);
        pageUrl = URL.createObjectURL(image);
      } catch {
        frame.append(h("p", { class: "muted" }, "No page image yet."));
        return;
      }
      frame.append(h("img", { src: pageUrl, alt: `Page ${n} of ${doc.original_filename ?? "the document"}` }));
      for (const [name, f] of Object.entries(doc.fields)) {
        const at = place(doc, name);
        if (!at || at.page !== n) continue;
        const [x0, y0, x1, y1] = at.bbox;
        frame.append(
          h("div", {
            class: "box",
            "data-field": name,
            title: `${label(name)}: ${display(f.value)}`,
            "aria-hidden": "true",
            style: `left:${x0 * 100}%;top:${y0 * 100}%;width:${(x1 - x0) * 100}%;height:${(y1 - y0) * 100}%`,
          }),
        );
      }
    };
    void loadPage(1);

    const failed = doc.checks.filter((c) => c.passed === false);
    const progress = isFinal(doc.status)
      ? null
      : h(
          "div",
          { class: "progress-line" },
          h("progress", { class: "doc-progress", max: 100, value: 0, "aria-label": "Processing progress" }),
          h("span", { class: "doc-progress-text" }, "Processing…"),
        );
    return h(
      "div",
      {},
      h("p", {}, h("a", { href: "#/documents" }, "← All documents")),
      h(
        "div",
        { class: "heading" },
        h("h1", {}, doc.original_filename ?? "Document"),
        statusBadge(doc.status),
        h("span", { class: "muted" }, `Quality ${percent(doc.quality_score)}`),
      ),
      doc.status_reason
        ? h("p", { class: doc.status === "manual_review" || doc.status.endsWith("_error") ? "reason held" : "reason" }, doc.status_reason)
        : null,
      progress,
      h(
        "div",
        { class: "split" },
        viewer,
        h(
          "div",
          { class: "panel" },
          fieldsTable,
          checksView(failed, doc.checks.length),
          lineItemsView(doc.line_items),
          isFinal(doc.status) ? actionsView(doc, root, refresh) : null,
          auditView(doc),
        ),
      ),
    );
  }

  void reload();
  return () => {
    stopped = true;
    clearTimeout(timer);
    if (pageUrl) URL.revokeObjectURL(pageUrl);
  };
}

/** Where a field is printed: its own box, or for a corrected field the predicted one's. */
function place(doc: DocumentDetail, name: string): { page: number; bbox: Field["bbox"] & {} } | null {
  for (const f of [doc.fields[name], doc.original_prediction?.fields?.[name]]) {
    if (f?.bbox) return { page: f.page ?? 1, bbox: f.bbox };
  }
  return null;
}

function fieldOf(target: EventTarget | null): string | null {
  const el = (target as HTMLElement | null)?.closest<HTMLElement>("[data-field]");
  return el?.dataset.field ?? null;
}

const display = (v: unknown): string => (v === null || v === undefined || v === "" ? "" : String(v));

function pager(count: number, current: number, go: (n: number) => Promise<void>): HTMLElement | null {
  if (count <= 1) return null;
  return h(
    "nav",
    { class: "page-pager", "aria-label": "Document pages" },
    ...Array.from({ length: count }, (_, i) =>
      h("button", { type: "button", class: "secondary", "aria-current": i + 1 === current ? "page" : null, onclick: () => void go(i + 1) }, `Page ${i + 1}`),
    ),
  );
}

function fieldsView(doc: DocumentDetail): HTMLElement {
  const editable = isFinal(doc.status);
  // The order of LABELS (as on an invoice), then any other field the API names.
  const order = (name: string): number => {
    const i = Object.keys(LABELS).indexOf(name);
    return i < 0 ? 99 : i;
  };
  // A document with no extracted data still offers the header fields, to be typed in.
  const blank: Field = { value: null, confidence: null, source: null, page: null, bbox: null };
  const all = editable ? { ...Object.fromEntries(HEADER.map((n) => [n, blank])), ...doc.fields } : doc.fields;
  const entries = Object.entries(all).sort(([a], [b]) => order(a) - order(b));
  const rows = entries.map(([name, f]: [string, Field]) => {
    const value = editable
      ? h("input", { id: `field-${name}`, name, value: display(f.value), "data-original": display(f.value), "aria-describedby": `meta-${name}` })
      : h("span", {}, display(f.value) || "—");
    return h(
      "tr",
      // Read-only rows take keyboard focus so their box can be shown without a mouse.
      { "data-field": name, class: place(doc, name) ? "located" : null, tabindex: editable ? null : 0 },
      h("th", { scope: "row" }, editable ? h("label", { for: `field-${name}` }, label(name)) : label(name)),
      h("td", {}, value),
      h("td", { class: "num", id: `meta-${name}` }, h("span", { class: "sr-only" }, "confidence "), percent(f.confidence)),
      h("td", {}, f.source ?? "—"),
    );
  });
  return h(
    "table",
    { class: "fields" },
    h("caption", {}, "Fields (hover or focus one to see it on the page)"),
    h("thead", {}, h("tr", {}, ...["Field", "Value", "Confidence", "Source"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, ...rows),
  );
}

function checksView(failed: Check[], total: number): HTMLElement {
  if (!total) return h("section", {}, h("h2", {}, "Checks"), h("p", { class: "muted" }, "No checks have run yet."));
  return h(
    "section",
    { class: "checks" },
    h("h2", {}, "Checks"),
    failed.length
      ? h(
          "ul",
          {},
          ...failed.map((c) =>
            h(
              "li",
              { class: `check-${c.severity}` },
              h("strong", {}, `${c.severity === "error" ? "Failed" : "Warning"}: ${checkName(c.name)}`),
              c.detail ? ` — ${c.detail}` : "",
              c.fields?.length ? h("span", { class: "muted" }, ` (fields: ${c.fields.map(label).join(", ")})`) : "",
            ),
          ),
        )
      : null,
    h("p", { class: "muted" }, `${total - failed.length} of ${total} checks passed.`),
  );
}

function lineItemsView(items: Record<string, unknown>[]): HTMLElement {
  if (!items.length) return h("section", {}, h("h2", {}, "Line items"), h("p", { class: "muted" }, "None found."));
  const keys = [...new Set(items.flatMap((i) => Object.keys(i)))];
  return h(
    "section",
    {},
    h("h2", {}, "Line items"),
    h(
      "div",
      { class: "scroll" },
      h(
        "table",
        { class: "items" },
        h("thead", {}, h("tr", {}, ...keys.map((k) => h("th", { scope: "col" }, k.replaceAll("_", " "))))),
        h("tbody", {}, ...items.map((i) => h("tr", {}, ...keys.map((k) => h("td", {}, display(i[k]) || "—"))))),
      ),
    ),
  );
}

function actionsView(doc: DocumentDetail, root: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  const message = h("div", { class: "message", role: "status" });
  const comment = h("input", { id: "review-comment", name: "comment" });
  const reason = h("input", { id: "reject-reason", name: "reason" });
  const run = async (what: string, fn: () => Promise<unknown>): Promise<void> => {
    message.replaceChildren(`${what}…`);
    try {
      await fn();
      await refresh();
      announce(`${what}: done`);
    } catch (e) {
      message.replaceChildren(actionError(what, e));
    }
  };
  const save = (): Promise<void> =>
    run("Saving corrections", async () => {
      const fields: Record<string, string | null> = {};
      for (const input of root.querySelectorAll<HTMLInputElement>("table.fields input")) {
        if (input.value !== input.dataset.original) fields[input.name] = input.value.trim() === "" ? null : input.value.trim();
      }
      if (!Object.keys(fields).length) throw new Error("Nothing changed: edit a field first.");
      await call("PATCH", `/documents/${doc.id}`, { fields, comment: comment.value || undefined });
    });
  const buttons = [
    h("button", { type: "button", onclick: () => void save() }, "Save corrections"),
    h(
      "button",
      { type: "button", class: "approve", onclick: () => void run("Approving", () => call("POST", `/documents/${doc.id}/approve`, comment.value ? { comment: comment.value } : {})) },
      "Approve",
    ),
  ];
  if (doc.status.endsWith("_error")) {
    buttons.push(
      h("button", { type: "button", class: "secondary", onclick: () => void run("Reprocessing", () => call("POST", `/documents/${doc.id}/reprocess`, {})) }, "Reprocess"),
    );
  }
  const reject = h(
    "button",
    {
      type: "button",
      class: "danger",
      onclick: () => {
        if (!reason.value.trim()) {
          message.replaceChildren("Give a reason to reject the document.");
          reason.focus();
          return;
        }
        void run("Rejecting", () => call("POST", `/documents/${doc.id}/reject`, { reason: reason.value.trim() }));
      },
    },
    "Reject",
  );
  return h(
    "section",
    { class: "actions", "aria-labelledby": "review-title" },
    h("h2", { id: "review-title" }, "Review"),
    h("label", { for: "review-comment" }, "Comment (optional, kept in the audit trail)"),
    comment,
    h("div", { class: "buttons" }, ...buttons),
    h("label", { for: "reject-reason" }, "Reason for rejecting"),
    h("div", { class: "inline" }, reason, reject),
    message,
  );
}

function actionError(what: string, e: unknown): Node {
  if (e instanceof ApiError && e.status === 409 && Array.isArray(e.body.failing_checks)) {
    const checks = e.body.failing_checks as Check[];
    return h(
      "div",
      { class: "error" },
      h("p", {}, "Cannot approve yet: these checks still fail. Correct the fields first."),
      h("ul", {}, ...checks.map((c) => h("li", {}, checkName(c.name), c.detail ? ` — ${c.detail}` : ""))),
    );
  }
  if (e instanceof ApiError && e.status === 422) {
    // {"errors": {"json": {"fields": {"total": ["Not a valid number."]}}}}: name each field.
    const json = (e.body.errors as { json?: Record<string, unknown> } | undefined)?.json ?? {};
    const perField = (json.fields ?? json) as Record<string, unknown>;
    const lines = Object.entries(perField).map(([name, why]) => `${label(name)}: ${[why].flat(2).join(" ")}`);
    return h("div", { class: "error" }, h("p", {}, `${what} failed; please check:`), h("ul", {}, ...lines.map((l) => h("li", {}, l))));
  }
  const text = e instanceof Error ? e.message : String(e);
  return h("p", { class: "error" }, `${what} failed: ${text}`);
}

function auditView(doc: DocumentDetail): HTMLElement {
  return h(
    "section",
    {},
    h("h2", {}, "Audit trail"),
    doc.audit.length
      ? h(
          "ol",
          { class: "audit" },
          ...doc.audit.map((a) =>
            h(
              "li",
              {},
              h("time", { datetime: a.at }, new Date(a.at).toLocaleString()),
              ` ${a.action} by ${a.user_email ?? "someone"}`,
              a.comment ? ` — “${a.comment}”` : "",
              a.new ? h("code", {}, ` ${JSON.stringify(a.new)}`) : "",
            ),
          ),
        )
      : h("p", { class: "muted" }, "No review actions yet."),
  );
}
