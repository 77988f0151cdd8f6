import * as crypto from 'crypto';

function makeCipher(algorithm: string, key: Buffer, iv: Buffer | null) {
  return crypto.createCipheriv(algorithm, key, iv);
}

function encryptNote(text: string, key: Buffer): string {
  const cipher = makeCipher('des-ecb', key, null);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('hex');
}

export { encryptNote };
