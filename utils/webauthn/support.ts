/**
 * Whether this browser can unlock by touch from Omamori's own pages. Firefox (ESR 153
 * checked, see docs/security.md) refuses WebAuthn from a moz-extension:// page with its own
 * origin as the relying party (SecurityError); later Firefox versions let an add-on claim
 * only web domains it has host permissions for, which would let those sites' pages use the
 * same credential, so Omamori does not.
 */
export type TouchSupport =
  | { readonly ok: true }
  | { readonly ok: false; readonly why: 'firefox-extension'; readonly version: string }
  | { readonly ok: false; readonly why: 'no-prf' };

interface Environment {
  readonly firefox: boolean;
  readonly userAgent: string;
  readonly publicKeyCredential: unknown;
}

const here = (): Environment => ({
  firefox: import.meta.env.FIREFOX,
  userAgent: navigator.userAgent,
  publicKeyCredential: globalThis.PublicKeyCredential,
});

export async function touchSupport(env: Environment = here()): Promise<TouchSupport> {
  if (env.firefox)
    return { ok: false, why: 'firefox-extension', version: /rv:([\d.]+)/.exec(env.userAgent)?.[1] ?? '' };
  const credential = env.publicKeyCredential as
    { getClientCapabilities?: () => Promise<Record<string, boolean | undefined>> } | undefined;
  if (!credential) return { ok: false, why: 'no-prf' };
  const capabilities = await credential.getClientCapabilities?.().catch(() => undefined);
  // Browsers that cannot tell say nothing; the ceremony then finds out (`no-prf`).
  return capabilities?.['extension:prf'] === false ? { ok: false, why: 'no-prf' } : { ok: true };
}
