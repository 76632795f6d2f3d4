// `npm run keys:rotate`: re-encrypts every stored original under AUSCULT_ACTIVE_KEY_ID, in batches, with progress.
// Keep the old key in AUSCULT_DATA_KEYS until this reports 0 remaining; then it may be removed.
import { loadConfigOrExit } from '@auscult/config';
import { createDataSource, keyringFromConfig, rotateItemKeys } from '@auscult/persistence';

const config = loadConfigOrExit();
if (config.dataKeys.isDemoKey) console.warn('keys:rotate: demo mode, rotating under the public demo key');
const batchSize = Number(process.env.ROTATE_BATCH_SIZE ?? 500);
const ds = createDataSource({ url: config.databaseUrl, poolSize: 2 });
await ds.initialize();
try {
  const started = Date.now();
  const result = await rotateItemKeys(ds, keyringFromConfig(config.dataKeys), {
    batchSize,
    onProgress: ({ rotated, remaining }) =>
      console.log(
        `keys:rotate: ${rotated} rows re-encrypted under "${config.dataKeys.activeKeyId}", ${remaining} remaining`,
      ),
  });
  console.log(
    `keys:rotate: done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.rotated} rows, ${result.remaining} left under other keys`,
  );
} finally {
  await ds.destroy();
}
