export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'DATABASE_URL is not set. Example: DATABASE_URL=postgres://postgres@127.0.0.1:5432/auscult (or use `npm start`, which finds or starts a database).',
    );
    process.exit(2);
  }
  return url;
}
