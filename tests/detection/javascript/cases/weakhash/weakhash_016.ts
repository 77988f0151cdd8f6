import { createHash } from 'crypto';

function checksum(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('base64');
}

export { checksum };
