/**
 * The OCI API-key keyId: `<tenancy OCID>/<user OCID>/<fingerprint>`.
 * (A session token's keyId is `ST$<token>`; see `fromSecurityToken`.)
 * @public
 */
export function keyIdOf(identity: { tenancy: string; user: string; fingerprint: string }): string {
  return `${identity.tenancy}/${identity.user}/${identity.fingerprint}`;
}

/** The keyId of a session token (`ST$<token>`). @internal */
export function sessionKeyIdOf(token: string): string {
  return `ST$${token}`;
}
