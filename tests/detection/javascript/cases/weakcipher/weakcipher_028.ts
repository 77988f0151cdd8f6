import * as crypto from 'crypto';

const DEPRECATED_ALGORITHMS = new Set(['des-cbc', 'rc4', 'aes-128-ecb']);

function isDeprecated(name: string): boolean {
  return DEPRECATED_ALGORITHMS.has(name.toLowerCase());
}

function encrypt(text: string, key: Buffer) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}

export { isDeprecated, encrypt };
