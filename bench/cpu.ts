/** CPU milliseconds (user + system) that `run` took: the machine is shared, so wall time says little. */
export function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
