import { createHash } from 'crypto';

function checksum(buffer: Buffer): string {
  return createHash('md4').update(buffer).digest('base64');
}

export { checksum };
