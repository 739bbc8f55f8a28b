import { useEffect, useState } from "preact/hooks";

/** Base of every console address. */
export const BASE = "/_ocikit/console";

export interface Location {
  path: string;
  query: URLSearchParams;
}

function current(): Location {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

const listeners = new Set<() => void>();

/** Goes to a console address without reloading the page (one history entry per view). */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  window.scrollTo(0, 0);
  for (const l of listeners) l();
}

/** The current address; re-renders on navigation and on back/forward. */
export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    listeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return loc;
}

/** Same-page navigation for plain links inside the app (modifier clicks open new tabs as usual). */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = (event.target as Element).closest("a");
    if (a === null || a.target !== "" || a.origin !== window.location.origin) return;
    if (!a.pathname.startsWith(BASE) && !a.pathname.startsWith("/_ocikit/docs")) return;
    if (a.pathname === window.location.pathname && a.hash !== "") return;
    event.preventDefault();
    navigate(a.pathname + a.search + a.hash);
  });
}

/** Keeps the scope (tenancy, compartment, region) of the current address on a link. */
export function withScope(href: string, query: URLSearchParams): string {
  const keep = new URLSearchParams();
  for (const k of ["tenancy", "compartment", "region"]) {
    const v = query.get(k);
    if (v !== null) keep.set(k, v);
  }
  const s = keep.toString();
  return s === "" ? href : `${href}${href.includes("?") ? "&" : "?"}${s}`;
}
