
const { random } = Math;

function deviceSecret(): string {
  return Buffer.from(String(random()) + String(random())).toString('base64');
}

export { deviceSecret };
