/*
** ac_run: the matcher's C driver, for profiling and for comparing hit lists
** between versions of csrc/ac.c without Lua in the way.
**
**   ac_run PATTERNS TEXT [RUNS [LEVEL]]        best-of-RUNS count, MB/s
**   ac_run PATTERNS TEXT dump MODE CS [LEVEL]  every hit as "start end id"
**
** PATTERNS has one pattern a line. MODE is 0 (leftmost-longest) or 1
** (overlapping); CS = k marks every k-th pattern case-sensitive (0: none);
** LEVEL limits the scan's fast paths (ac_set_level). Times are CPU time.
** Built by `make build/bench/ac_run` (mk/bench.mk).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../csrc/ac.h"

static char *slurp (const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *s;
  long n;
  if (f == NULL) { perror(path); exit(1); }
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  s = (char *)malloc((size_t)n + 1);
  if (s == NULL || fread(s, 1, (size_t)n, f) != (size_t)n) exit(1);
  fclose(f);
  s[n] = '\0';
  *len = (size_t)n;
  return s;
}

static int print_hit (void *ud, size_t s, size_t e, size_t id) {
  fprintf((FILE *)ud, "%zu %zu %zu\n", s, e, id);
  return 0;
}

static double cpu_seconds (void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main (int argc, char **argv) {
  size_t plen, tlen, n = 0, i, cap = 1024;
  char *pbuf, *text, *p, err[128];
  ac_pattern *pats;
  ac_matcher *m;
  void *scratch;
  int dump = argc > 3 && strcmp(argv[3], "dump") == 0;
  int runs = (argc > 3 && !dump) ? atoi(argv[3]) : 5;
  int cs = (dump && argc > 5) ? atoi(argv[5]) : 0;
  int level = dump ? (argc > 6 ? atoi(argv[6]) : 3) : (argc > 4 ? atoi(argv[4]) : 3);
  if (argc < 3) {
    fprintf(stderr, "usage: ac_run PATTERNS TEXT [RUNS | dump MODE CS]\n");
    return 2;
  }
  pbuf = slurp(argv[1], &plen);
  text = slurp(argv[2], &tlen);
  pats = (ac_pattern *)malloc(cap * sizeof *pats);
  for (p = pbuf; p < pbuf + plen; ) {
    char *nl = memchr(p, '\n', (size_t)(pbuf + plen - p));
    size_t l = nl ? (size_t)(nl - p) : (size_t)(pbuf + plen - p);
    if (l > 0) {
      if (n == cap) pats = (ac_pattern *)realloc(pats, (cap *= 2) * sizeof *pats);
      pats[n].s = p;
      pats[n].len = l;
      pats[n].flags = AC_WHOLE_WORDS
                    | ((cs > 0 && n % (size_t)cs == 0) ? AC_CASE_SENSITIVE : 0);
      n++;
    }
    p += l + 1;
  }
  m = ac_compile(pats, n, err, sizeof err, NULL);
  if (m == NULL) { fprintf(stderr, "compile: %s\n", err); return 1; }
  level = ac_set_level(m, level);
  scratch = malloc(ac_scratch_size(m));
  if (dump) {
    ac_scan(m, scratch, text, tlen, 0, atoi(argv[4]), print_hit, stdout);
  }
  else {
    double best = 1e9;
    size_t hits = 0;
    for (i = 0; i < (size_t)runs; i++) {
      double t0 = cpu_seconds();
      hits = ac_scan(m, scratch, text, tlen, 0, AC_LEFTMOST_LONGEST, NULL, NULL);
      t0 = cpu_seconds() - t0;
      if (t0 < best) best = t0;
    }
    printf("%zu patterns, level %d, %zu hits, best %.4f s, %.0f MB/s\n", n,
           level, hits, best, (double)tlen / best / 1e6);
  }
  free(scratch);
  ac_free(m);
  free(pats); free(pbuf); free(text);
  return 0;
}
