// Upload screen: drop or pick files; each gets a row with a live progress bar that follows
// GET /documents/{id}/status until the document reaches a final status.

import { ApiError, call, type StatusBody, type UploadBody } from "./api";
import { announce, h, isFinal, percent } from "./dom";

const POLL_MS = 700;
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,.heic,application/pdf,image/*";

export function renderUpload(root: HTMLElement): () => void {
  document.title = "Upload · invoice.scanner";
  let stopped = false;
  const timers = new Set<number>();
  const list = h("ul", { class: "uploads", "aria-label": "Uploads" });
  // The file input stays hidden; a real button opens it, so keyboard users get a focusable,
  // labelled control with the same look as every other action.
  const input = h("input", { id: "file-input", type: "file", multiple: true, accept: ACCEPT, hidden: true });
  const zone = h(
    "div",
    { class: "dropzone" },
    h("p", {}, "Drag invoices here (PDF or images), or"),
    h("button", { type: "button", onclick: () => input.click() }, "Choose files"),
    input,
    h("p", { class: "hint" }, "PDF, PNG, JPEG, TIFF, WEBP or HEIC. Each file is read on its own."),
  );
  const start = (files: Iterable<File>): void => {
    for (const file of files) void uploadOne(file);
  };
  input.addEventListener("change", () => {
    start(input.files ?? []);
    input.value = "";
  });
  zone.addEventListener("dragover", (ev) => {
    ev.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (ev) => {
    ev.preventDefault();
    zone.classList.remove("over");
    start(ev.dataTransfer?.files ?? []);
  });

  async function uploadOne(file: File): Promise<void> {
    const bar = h("progress", { max: 100, value: 0, "aria-label": `Progress of ${file.name}` });
    const state = h("span", { class: "state" }, "Uploading…");
    const extra = h("span", { class: "extra" });
    const row = h("li", { class: "upload" }, h("strong", {}, file.name), bar, state, extra);
    list.prepend(row);
    const form = new FormData();
    form.append("file", file);
    let body: UploadBody;
    try {
      body = await call<UploadBody>("POST", "/documents/upload", form);
    } catch (e) {
      row.classList.add("refused");
      bar.remove();
      state.textContent = `Not accepted: ${refusal(e)}`;
      announce(`${file.name} was not accepted`);
      return;
    }
    const id = body.document.id;
    if (body.duplicate) extra.append("Already uploaded: this is the same file as an earlier document. ");
    extra.append(h("a", { href: `#/documents/${id}` }, "Open"));
    const poll = async (): Promise<void> => {
      if (stopped) return;
      try {
        const s = await call<StatusBody>("GET", `/documents/${id}/status`);
        bar.value = s.progress.percentage;
        bar.setAttribute("aria-valuetext", `${s.status_name}, step ${s.progress.current_step} of ${s.progress.total_steps}`);
        state.textContent = `${s.status_name} — step ${s.progress.current_step} of ${s.progress.total_steps}`;
        row.dataset.status = s.status;
        if (isFinal(s.status)) {
          const reason = s.status_reason ? ` (${s.status_reason})` : "";
          state.textContent += ` · quality ${percent(s.quality_score)}${reason}`;
          announce(`${file.name}: ${s.status_name}`);
          return;
        }
      } catch (e) {
        state.textContent = e instanceof ApiError ? e.message : "Connection lost; retrying…";
      }
      timers.add(window.setTimeout(poll, POLL_MS));
    };
    await poll();
  }

  root.append(h("h1", {}, "Upload invoices"), zone, list);
  return () => {
    stopped = true;
    for (const t of timers) clearTimeout(t);
  };
}

/** The API's refusal in plain words (INTEGRATION.md: 400, 413, 415, 422). */
export function refusal(e: unknown): string {
  const said = e instanceof ApiError ? e.message.replace(/\.$/, "") : "";
  if (!(e instanceof ApiError)) return "the server cannot be reached. Try again in a moment.";
  switch (e.status) {
    case 400:
      return "the file is empty.";
    case 413:
      return `too large. ${said}.`;
    case 415:
      return "this type of file is not supported. Upload a PDF or an image (PNG, JPEG, TIFF, WEBP, HEIC).";
    case 422:
      return `the file cannot be read (damaged or password-protected). ${said}.`;
    default:
      return `${said}.`;
  }
}
