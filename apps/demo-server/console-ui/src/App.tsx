import { useEffect, useState } from "preact/hooks";
import { api, loadSession, type Session } from "./api";
import { KINDS, kindByPath } from "./kinds";
import { BASE, useLocation, withScope, type Location } from "./router";
import { Controls } from "./views/Controls";
import { Docs } from "./views/Docs";
import { Overview } from "./views/Overview";
import { Requests } from "./views/Requests";
import { ResourceDetail } from "./views/ResourceDetail";
import { ResourceList } from "./views/ResourceList";

interface Route {
  title: string;
  nav: string;
  view: () => preact.ComponentChildren;
}

function route(session: Session, loc: Location): Route {
  const rest = loc.path.startsWith(BASE) ? loc.path.slice(BASE.length).replace(/^\/|\/$/g, "") : "";
  const [first = "", second] = rest.split("/");
  if (first === "") return { title: "Overview", nav: "", view: () => <Overview session={session} loc={loc} /> };
  if (first === "requests") return { title: "Requests", nav: "requests", view: () => <Requests loc={loc} /> };
  if (first === "faults") return { title: "Faults and controls", nav: "faults", view: () => <Controls session={session} /> };
  const kind = kindByPath(first);
  if (kind !== undefined && second !== undefined) {
    return { title: `${kind.singular} ${second}`, nav: kind.path, view: () => <ResourceDetail kind={kind} id={decodeURIComponent(second)} session={session} loc={loc} /> };
  }
  if (kind !== undefined) return { title: kind.title, nav: kind.path, view: () => <ResourceList kind={kind} session={session} loc={loc} /> };
  return {
    title: "Not found",
    nav: "",
    view: () => (
      <section>
        <h1>No such page</h1>
        <p>
          There is no console page at <code>{loc.path}</code>. Go to the <a href={BASE}>overview</a>.
        </p>
      </section>
    ),
  };
}

function Nav({ current, loc, session }: { current: string; loc: Location; session: Session }) {
  const items = [
    { path: "", label: "Overview" },
    ...KINDS.map((k) => ({ path: k.path, label: k.title })),
    { path: "requests", label: "Requests" },
    { path: "faults", label: "Faults" },
  ];
  return (
    <nav class="main-nav" aria-label="Console">
      <ul>
        {items.map((i) => (
          <li>
            <a href={i.path === "requests" || i.path === "faults" ? `${BASE}/${i.path}` : withScope(i.path === "" ? BASE : `${BASE}/${i.path}`, loc.query)} aria-current={current === i.path ? "page" : undefined}>
              {i.label}
            </a>
          </li>
        ))}
        <li>
          <a href="/_ocikit/docs">API reference</a>
        </li>
      </ul>
      <button type="button" class="signout" onClick={() => api.logout().then(() => location.reload())}>
        Sign out
      </button>
      <span class="visually-hidden">{session.features.clock ? "The server has a clock." : ""}</span>
    </nav>
  );
}

export function App() {
  const loc = useLocation();
  const isDocs = loc.path.startsWith("/_ocikit/docs");
  const [session, setSession] = useState<Session | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!isDocs && session === undefined) loadSession().then(setSession, (e: Error) => setError(e.message));
  }, [isDocs]);
  const r = session === undefined ? undefined : route(session, loc);
  useEffect(() => {
    document.title = isDocs ? "API reference · ocikit demo server" : `${r?.title ?? "Console"} · ocikit demo console`;
  }, [isDocs, r?.title]);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={BASE}>
          ocikit <span>demo console</span>
        </a>
        {session && <span class="region">region {session.region}</span>}
      </header>
      <div class="layout">
        {!isDocs && session && r && <Nav current={r.nav} loc={loc} session={session} />}
        <main id="main">
          {isDocs ? <Docs /> : error ? <p role="alert" class="error">{error}</p> : r === undefined ? <p class="muted">Loading…</p> : r.view()}
        </main>
      </div>
    </>
  );
}
