import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI stores compiled code in the user's cache folder: the test runs keep theirs apart, in a
// folder removed at the end.
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'treatykit-test-cache-'));
  process.env.TREATYKIT_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
