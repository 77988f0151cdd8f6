
function databaseUrl(host: string): string {
  return `mysql://${process.env.DB_USER}:${process.env.DB_PASSWORD}@${host}:3306/orders`;
}

export { databaseUrl };
