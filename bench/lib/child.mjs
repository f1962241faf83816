// Runs the built CLI in this process and reports its peak memory (maxRSS, KiB) on stderr, so
// the bench can time a command end to end (process start to exit) and read its memory.
// It sets exitCode rather than calling process.exit, which could cut off output still
// flowing into a pipe.
const { main } = await import(new URL('../../dist/cli/main.js', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nMAXRSS_KIB ${usage.maxRSS}\nCPU_US ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
