// The single-page app: a hash router (#/login, #/documents, #/upload, #/documents/<id>) over
// four screens. Each screen renders into <main> and returns a cleanup for its timers.

import { ApiError, call, setUnauthorizedHandler, token } from "./api";
import { renderDocument } from "./document";
import { h } from "./dom";
import { renderList } from "./list";
import { renderUpload } from "./upload";

export type Cleanup = () => void;
let cleanup: Cleanup = () => {};

function main(): HTMLElement {
  return document.getElementById("main") as HTMLElement;
}

function route(): void {
  cleanup();
  cleanup = () => {};
  const hash = location.hash.replace(/^#/, "") || "/documents";
  const loggedIn = token.get() !== null;
  (document.getElementById("nav") as HTMLElement).hidden = !loggedIn;
  for (const a of document.querySelectorAll<HTMLAnchorElement>("#nav a")) {
    if (a.getAttribute("href") === `#${hash}`) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  const root = main();
  root.replaceChildren();
  if (!loggedIn || hash === "/login") {
    renderLogin(root);
    return;
  }
  const doc = hash.match(/^\/documents\/([\w-]+)$/);
  if (doc) cleanup = renderDocument(root, doc[1]);
  else if (hash === "/upload") cleanup = renderUpload(root);
  else cleanup = renderList(root);
  root.focus({ preventScroll: true });
}

function renderLogin(root: HTMLElement): void {
  document.title = "Log in · invoice.scanner";
  const error = h("p", { class: "error", role: "alert" });
  const loginForm = h(
    "form",
    { class: "card", "aria-labelledby": "login-title" },
    h("h1", { id: "login-title" }, "Log in"),
    h("label", { for: "login-email" }, "Email"),
    h("input", { id: "login-email", name: "email", type: "email", required: true, autocomplete: "username" }),
    h("label", { for: "login-password" }, "Password"),
    h("input", {
      id: "login-password",
      name: "password",
      type: "password",
      required: true,
      autocomplete: "current-password",
    }),
    h("button", { type: "submit" }, "Log in"),
  );
  const registerForm = h(
    "form",
    { class: "card", "aria-labelledby": "register-title" },
    h("h2", { id: "register-title" }, "New here? Create an account"),
    h("label", { for: "reg-company" }, "Company name"),
    h("input", { id: "reg-company", name: "company_name", required: true, autocomplete: "organization" }),
    h("label", { for: "reg-email" }, "Email"),
    h("input", { id: "reg-email", name: "email", type: "email", required: true, autocomplete: "email" }),
    h("label", { for: "reg-password" }, "Password (at least 8 characters)"),
    h("input", {
      id: "reg-password",
      name: "password",
      type: "password",
      minlength: 8,
      required: true,
      autocomplete: "new-password",
    }),
    h("button", { type: "submit" }, "Create account"),
  );
  const login = async (email: string, password: string): Promise<void> => {
    const body = await call<{ access_token: string }>("POST", "/auth/login", { email, password });
    token.set(body.access_token);
    sessionStorage.setItem("invoice-scanner-email", email);
    location.hash = "#/documents";
    route();
  };
  const guard = (fn: (data: Record<string, string>) => Promise<void>) => async (ev: Event) => {
    ev.preventDefault();
    error.textContent = "";
    const data = Object.fromEntries(new FormData(ev.target as HTMLFormElement)) as Record<string, string>;
    try {
      await fn(data);
    } catch (e) {
      error.textContent = authMessage(e);
    }
  };
  loginForm.addEventListener("submit", guard((d) => login(d.email, d.password)));
  registerForm.addEventListener(
    "submit",
    guard(async (d) => {
      await call("POST", "/auth/register", d);
      await login(d.email, d.password);
    }),
  );
  root.append(
    h("section", { class: "auth" }, h("p", { class: "lead" }, "Upload invoices, watch them being read, and check the results."), error, loginForm, registerForm),
  );
}

function authMessage(e: unknown): string {
  if (!(e instanceof ApiError)) return "The server cannot be reached. Try again in a moment.";
  if (e.status === 401) return "Wrong email or password.";
  if (e.status === 409) return "An account with this email already exists. Log in instead.";
  if (e.status === 422) {
    const errors = (e.body.errors as Record<string, Record<string, string[]>> | undefined)?.json ?? {};
    const parts = Object.entries(errors).map(([k, v]) => `${k.replace("_", " ")}: ${v.join(" ")}`);
    return parts.length ? `Please check: ${parts.join("; ")}` : e.message;
  }
  return e.message;
}

setUnauthorizedHandler(() => {
  token.clear();
  location.hash = "#/login";
});
document.getElementById("logout")?.addEventListener("click", () => {
  token.clear();
  location.hash = "#/login";
  route();
});
window.addEventListener("hashchange", route);
route();
