// Resolves the bundled model from this file's own URL: src/ and dist/ sit at the same depth,
// so `../model/` is libs/classifier/model/ whether we run under tsx, Jest or node.
import { fileURLToPath } from 'node:url';

export const DEFAULT_MODEL_FILE = 'classifier-model.json';

export function defaultModelPath(): string {
  return fileURLToPath(new URL(`../model/${DEFAULT_MODEL_FILE}`, import.meta.url));
}
