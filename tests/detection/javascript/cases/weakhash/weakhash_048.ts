
function etagFor(payload: string): string {
  return '"' + require('crypto').createHash('sha1').update(payload).digest('hex') + '"';
}

export { etagFor };
