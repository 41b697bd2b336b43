import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { StoreSecrets } from '../../electron/services/office-store/secrets';

/**
 * FOR TESTS AND THE HARNESS ONLY: stands in for the OS keychain with AES-256-GCM under a key written here in the
 * source, so it protects nothing. It exists so tests can see that the settings file holds ciphertext, never the text.
 */
const FIXED_TEST_KEY = Buffer.from('skill-inspector-test-only-key!!!', 'utf8');

export function fixedKeyTestSecrets(options: { available?: boolean } = {}): StoreSecrets {
  return {
    available: () => options.available ?? true,
    seal(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', FIXED_TEST_KEY, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', FIXED_TEST_KEY, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
