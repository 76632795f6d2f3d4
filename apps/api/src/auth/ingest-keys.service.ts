import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hashIngestKey, IngestKeyEntity } from '@auscult/persistence';
import { IsNull, type DataSource } from 'typeorm';

// A short cache keeps a key check off the database on every ingest request; revocation takes effect within it.
const CACHE_MS = 30_000;

@Injectable()
export class IngestKeysService {
  private readonly cache = new Map<string, { key: IngestKeyEntity | null; until: number }>();

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Drops a key from this instance's cache (on revocation); other instances drop it within CACHE_MS. */
  forget(keyHash: string): void {
    this.cache.delete(keyHash);
  }

  async verify(rawKey: string): Promise<IngestKeyEntity | null> {
    if (rawKey.length === 0 || rawKey.length > 512) return null;
    const hash = hashIngestKey(rawKey);
    const cached = this.cache.get(hash);
    if (cached && cached.until > Date.now()) return cached.key;
    const key = await this.ds
      .getRepository(IngestKeyEntity)
      .findOneBy({ keyHash: hash, revokedAt: IsNull() });
    this.cache.set(hash, { key, until: Date.now() + CACHE_MS });
    return key;
  }
}
