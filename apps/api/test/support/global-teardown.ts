export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __letscoopDb?: { stop(): Promise<void> } }).__letscoopDb?.stop();
}
