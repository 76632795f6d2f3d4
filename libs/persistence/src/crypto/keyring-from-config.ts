import { DataKeyring } from './data-keyring.js';

/** The keyring from the configuration's `dataKeys` (base64 keys by id, and the active id). */
export function keyringFromConfig(dataKeys: {
  keys: Record<string, string>;
  activeKeyId: string;
}): DataKeyring {
  const keys = Object.fromEntries(
    Object.entries(dataKeys.keys).map(([id, b64]) => [id, Buffer.from(b64, 'base64')]),
  );
  return new DataKeyring(keys, dataKeys.activeKeyId);
}
