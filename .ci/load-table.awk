# make load's report: lines "page variant round requests/s p50 p99 failed" in, a Markdown table and the
# ratios of the targets (docs/benchmarks.md) out. Medians over the rounds, with the lowest and highest;
# a ratio is taken within each round (both sides measured minutes apart at most) and its median reported.
function median(list, n,    i, j, t, a) {
  split(list, a, " "); n = 0
  for (i in a) if (a[i] != "") n++
  for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
  low = a[1]; high = a[n]
  return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{
  key = $1 SUBSEP $2
  if (!(key in rps)) { order[++count] = key }
  rps[key] = rps[key] " " $4; p50[key] = p50[key] " " $5; p99[key] = p99[key] " " $6; failed[key] += $7
  value[$1, $2, $3] = $4
  pages[$1] = 1; rounds_seen[$3] = 1
}
END {
  print "| page | variant | requests/s median (lowest–highest) | p50 ms | p99 ms | failed |"
  print "|---|---|---|---|---|---|"
  for (i = 1; i <= count; i++) {
    split(order[i], k, SUBSEP)
    m = median(rps[order[i]]); l = low; h = high
    printf "| %s | %s | %.0f (%.0f–%.0f) | %.1f | %.1f | %d |\n", k[1], k[2], m, l, h, median(p50[order[i]]), median(p99[order[i]]), failed[order[i]]
  }
  print ""
  print "| ratio (per round, median and range) | value | target |"
  print "|---|---|---|"
  split("home initiatives initiatives-filtered pillar initiative-en initiative-ja search feed initiative-walk", targetPages, " ")
  for (t = 1; t <= 9; t++) {
    page = targetPages[t]; list = ""
    for (r in rounds_seen) if ((page, "baseline", r) in value && value[page, "baseline", r] > 0) list = list " " value[page, "uncached", r] / value[page, "baseline", r]
    if (list == "") continue
    m = median(list)
    printf "| %s: uncached / baseline | %.1f× (%.1f–%.1f) | %s |\n", page, m, low, high, (page == "search" || page == "feed") ? "≥ 1 (not slower)" : page == "initiative-walk" ? "none (first views, shown for what they cost)" : "≥ 10"
  }
  list = ""
  for (r in rounds_seen) if (("initiative-en", "nginx-static", r) in value) list = list " " value["initiative-en", "cached", r] / value["initiative-en", "nginx-static", r]
  if (list != "") { m = median(list); printf "| initiative-en: cached / nginx static copy | %.2f× (%.2f–%.2f) | ≥ 0.7 |\n", m, low, high }
  print ""
  print "| 256 connections, all pages | requests/s | p50 ms | p99 ms | not 2xx | requests |"
  print "|---|---|---|---|---|---|"
  while ((getline line < stress) > 0) { split(line, s, " "); printf "| output cache %s | %.0f | %.1f | %.1f | %d | %d |\n", (s[2] == "cached" ? "on" : "off"), s[3], s[4], s[5], s[6], s[7] }
  print ""
  printf "\"too many clients\" or pool-exhausted lines in the portal's logs: %d\n", complaints
}
