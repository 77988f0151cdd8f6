import * as crypto from 'crypto';

const cryptoConfig = { algorithm: 'aes-256-ecb', keyLength: 32, encoding: 'base64' };

function protect(plaintext: string, key: Buffer): string {
  const iv = null;
  const cipher = crypto.createCipheriv(cryptoConfig.algorithm, key, iv);
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return encrypted.toString('base64');
}

export { protect };
