export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`todo ${argv.join(' ')}\n`);
  return 0;
}
