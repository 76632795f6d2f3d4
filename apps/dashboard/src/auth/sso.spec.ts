import { describe, expect, it } from '@jest/globals';
import { takeSsoCode, type AddressBar } from './sso';

function addressBar(hash: string): AddressBar & { replaced: string[] } {
  const replaced: string[] = [];
  return {
    replaced,
    location: { hash, pathname: '/', search: '' },
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)),
    },
  };
}

describe('single sign-on hand-off', () => {
  it('takes the one-time code from the fragment and removes it from the address bar', () => {
    const bar = addressBar(`#sso_code=${'a'.repeat(43)}`);
    expect([takeSsoCode(bar), bar.replaced]).toEqual(['a'.repeat(43), ['/']]);
  });

  it('leaves other fragments (the dashboard routes) alone', () => {
    const bar = addressBar('#/admin/users');
    expect([takeSsoCode(bar), bar.replaced]).toEqual([null, []]);
  });

  it('removes but refuses a code that is not one', () => {
    const bar = addressBar('#sso_code=<script>');
    expect([takeSsoCode(bar), bar.replaced]).toEqual([null, ['/']]);
  });
});
