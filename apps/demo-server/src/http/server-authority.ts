/**
 * The authorities (`host[:port]`) a signed request may name in its `host` header: the signature covers
 * it, so a request signed for another endpoint is refused instead of served. Accepted: the listening
 * address and the localhost forms (`localhost`, `127.0.0.1`, `[::1]`) with the listening port (without
 * a port too, when it is 80), and every `allowedHosts` entry (a proxy's or a DNS name's authority). A
 * server bound to every interface (`0.0.0.0`, `::`) cannot know its names: it accepts any host unless
 * `allowedHosts` is given.
 */
export class ServerAuthority {
  private accepted: Set<string> | undefined;

  constructor(private readonly allowedHosts: readonly string[] = []) {}

  /** Called once the server listens (the port is known). */
  listening(host: string, port: number): void {
    const wildcard = host === "0.0.0.0" || host === "::";
    if (wildcard && this.allowedHosts.length === 0) return;
    const names = ["localhost", "127.0.0.1", "[::1]"];
    if (!wildcard) names.push(host.includes(":") ? `[${host}]` : host);
    const accepted = new Set(this.allowedHosts.map((h) => h.toLowerCase()));
    for (const name of names) {
      accepted.add(`${name.toLowerCase()}:${port}`);
      if (port === 80) accepted.add(name.toLowerCase());
    }
    this.accepted = accepted;
  }

  /** True when a request signed for `host` is meant for this server. */
  accepts(host: string | undefined): boolean {
    const accepted = this.accepted;
    if (accepted === undefined) return true;
    return host !== undefined && (accepted.has(host) || accepted.has(host.toLowerCase()));
  }

  /** The accepted authorities, for the message of a refusal. */
  describe(): string {
    return this.accepted === undefined ? "any" : [...this.accepted].map((h) => `'${h}'`).join(", ");
  }
}
