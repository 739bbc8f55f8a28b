const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** The small page shown without a session: one field for the admin token, no script. */
export function loginPage(next: string, error?: string): string {
  const alert = error === undefined ? "" : `<p role="alert" class="error">${escapeHtml(error)}</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · ocikit demo console</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
main{max-width:28rem;margin:10vh auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{font-size:1.4rem;margin-top:0}label{display:block;font-weight:600;margin:1rem 0 .3rem}
input{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #6b7280;border-radius:4px}
button{margin-top:1rem;padding:.5rem 1.2rem;font:inherit;background:#1f4fa8;color:#fff;border:0;border-radius:4px;cursor:pointer}
code{background:#eef0f4;padding:0 .2rem}.error{color:#a4161a;font-weight:600}
</style>
</head>
<body>
<main>
<h1>ocikit demo console</h1>
${alert}
<p>Enter the demo server's admin token. It is in <code>&lt;data dir&gt;/admin-token</code>; <code>pnpm demo --keep</code> prints a link that signs in at once.</p>
<form method="post" action="/_ocikit/console/login">
<label for="token">Admin token</label>
<input id="token" name="token" type="password" autocomplete="off" required>
<input type="hidden" name="next" value="${escapeHtml(next)}">
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>
`;
}
