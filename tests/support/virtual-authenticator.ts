import type { TestPage } from './browsers';

/**
 * Chromium's virtual authenticator (DevTools Protocol, WebAuthn domain) in one tab: a
 * platform authenticator with PRF and user verification, which answers without a person.
 * It lives in that tab (navigations included) and its credentials' PRF secrets cannot be
 * copied to another tab's authenticator (WebAuthn.addCredential carries none; tried), so
 * a credential is registered in the tab that will use it.
 */
export class VirtualAuthenticator {
  private constructor(
    private readonly session: { send(method: string, params?: object): Promise<unknown> },
    private readonly id: string,
  ) {}

  static async attach(page: TestPage): Promise<VirtualAuthenticator> {
    if (!page.devtools) throw new Error('a virtual authenticator needs Chromium');
    const session = await page.devtools();
    await session.send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = (await session.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        hasPrf: true,
        automaticPresenceSimulation: true,
      },
    })) as { authenticatorId: string };
    return new VirtualAuthenticator(session, authenticatorId);
  }

  /** false: the person's fingerprint (or PIN) is not recognised; the browser says NotAllowedError. */
  setUserVerified(isUserVerified: boolean): Promise<unknown> {
    return this.session.send('WebAuthn.setUserVerified', { authenticatorId: this.id, isUserVerified });
  }

  async credentialCount(): Promise<number> {
    const { credentials } = (await this.session.send('WebAuthn.getCredentials', { authenticatorId: this.id })) as {
      credentials: unknown[];
    };
    return credentials.length;
  }
}
