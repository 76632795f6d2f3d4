/**
 * Hospital single sign-on hand-off: the API's callback sends the browser to `/#sso_code=<one-time code>`.
 * The code is read once and removed from the address bar and the history at once, then exchanged
 * (with the HttpOnly cookie the API set when the sign-in started) for the session tokens.
 */
export const SSO_CODE_PARAM = 'sso_code';

export interface AddressBar {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

export function takeSsoCode({ location, history }: AddressBar): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const code = fragment.get(SSO_CODE_PARAM);
  if (code === null) return null;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return /^[A-Za-z0-9_-]{16,128}$/.test(code) ? code : null;
}

let taken: string | null | undefined;

/** The code of this page load, taken from the real address bar the first time it is asked for. */
export function ssoCodeOfThisPage(): string | null {
  taken ??= takeSsoCode({ location: window.location, history: window.history });
  return taken;
}
