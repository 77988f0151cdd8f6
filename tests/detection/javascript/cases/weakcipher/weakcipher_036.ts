import { createCipheriv, randomBytes } from 'crypto';

function encryptRecord(plaintext: string, key: Buffer): string {
  const iv = randomBytes(8);
  const cipher = createCipheriv('des-ede3-cbc', key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv || Buffer.alloc(0), encrypted]).toString('base64');
}

export { encryptRecord };
