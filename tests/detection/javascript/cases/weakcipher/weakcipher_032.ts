import * as crypto from 'crypto';

class TokenVault {
  private readonly algorithm: string;
  private readonly key: Buffer;

  constructor(key: Buffer) {
    this.algorithm = 'bf-cbc';
    this.key = key;
  }

  open(payload: Buffer, iv: Buffer | null): string {
    const decipher = crypto.createDecipheriv(this.algorithm, this.key, iv);
    return Buffer.concat([decipher.update(payload), decipher.final()]).toString('utf8');
  }
}

export { TokenVault };
