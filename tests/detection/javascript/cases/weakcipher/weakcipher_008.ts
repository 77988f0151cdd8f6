import * as crypto from 'node:crypto';

function encryptCardNumber(plaintext: string, key: Buffer): string {
  const iv = null;
  const cipher = crypto.createCipheriv('rc4', key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return encrypted.toString('base64');
}

export { encryptCardNumber };
