import type { ItemOriginalView } from '@auscult/contracts';
import type { ItemEntity } from '../entities/item.entity.js';
import type { DataKeyring } from './data-keyring.js';

/** What a person sent that may identify them: kept only encrypted, opened only for roles that need it. */
export interface ItemOriginal {
  text: string;
  author: string | null;
  url: string | null;
  raw: object | null;
}

/** Bound to the item id: a ciphertext moved onto another row does not open. */
const context = (itemId: string) => `item:${itemId}`;

export function sealItemOriginal(keyring: DataKeyring, itemId: string, original: ItemOriginal): string {
  return keyring.encrypt(JSON.stringify(original), context(itemId));
}

export function openItemOriginal(keyring: DataKeyring, itemId: string, envelope: string): ItemOriginal {
  return JSON.parse(keyring.decrypt(envelope, context(itemId))) as ItemOriginal;
}

/** The original of a stored item: from its envelope, or from the clear columns of a row not yet sealed. */
export function itemOriginalView(keyring: DataKeyring, item: ItemEntity): ItemOriginalView {
  const original: ItemOriginal = item.originalEncrypted
    ? openItemOriginal(keyring, item.id, item.originalEncrypted)
    : { text: item.text ?? '', author: item.author, url: item.url, raw: item.raw };
  return {
    itemId: item.id,
    ...original,
    redactedText: item.redactedText,
    redactions: item.redactionSpans,
  };
}
