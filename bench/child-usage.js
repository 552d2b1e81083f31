// Preloaded into the timed build (`node --import ./bench/child-usage.js …`, plain JavaScript so that the build it times needs no loader): on exit it reports the
// process's own peak RSS and CPU time on stderr, which the parent cannot read from spawnSync.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`child-usage: max_rss_kb=${process.resourceUsage().maxRSS} cpu_ms=${Math.round((user + system) / 1000)}\n`);
});
