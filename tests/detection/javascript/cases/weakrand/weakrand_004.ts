
function sharedLinkKey(): string {
  const parts: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    parts.push(Math.floor(Math.random() * 0xffff).toString(16));
  }
  return parts.join('-');
}

export { sharedLinkKey };
