// Preloaded into a benchmarked child process (node --require): on exit, report its own CPU time and
// peak resident memory on stderr as one JSON line, since a parent cannot read a child's rusage.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\n@@usage ${JSON.stringify({ userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssKb: u.maxRSS })}\n`);
});
