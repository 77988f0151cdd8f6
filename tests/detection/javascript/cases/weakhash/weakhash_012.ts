import * as crypto from 'crypto';
import config from '../../lib/config';

function legacyChecksum(data: string): string {
  return crypto.createHash(config.legacyHashAlgorithm).update(data).digest('hex');
}

export { legacyChecksum };
