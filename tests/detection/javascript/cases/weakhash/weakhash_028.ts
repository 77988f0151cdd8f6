
function etagFor(payload: string): string {
  return '"' + require('crypto').createHash('sha512').update(payload).digest('hex') + '"';
}

export { etagFor };
