import { v4 as uuidv4 } from 'uuid';

function newSessionId(): string {
  return uuidv4();
}

export { newSessionId };
