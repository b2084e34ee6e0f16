/*
** hs_count.c: Hyperscan baseline for `make bench`.
**
** usage: hs_count PATTERNS TEXT [RUNS]
** Compiles every line of PATTERNS as a caseless literal (HS_FLAG_CASELESS,
** no word boundaries: Hyperscan literals have none) and counts the matches
** in TEXT (every end of every literal, as Hyperscan reports them). Prints
** one line: "matches=N scan_seconds=S compile_seconds=C bytes=B", where S
** is the best of RUNS scans in wall-clock time (CLOCK_MONOTONIC), the
** clock every row of the benchmark table uses; C is CPU time.
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <hs/hs.h>

static char *slurp (const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  char *b;
  long sz;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0) { fclose(f); return NULL; }
  rewind(f);
  b = (char *)malloc((size_t)sz + 1);
  if (b == NULL || fread(b, 1, (size_t)sz, f) != (size_t)sz) {
    free(b);
    fclose(f);
    return NULL;
  }
  fclose(f);
  b[sz] = '\0';
  *n = (size_t)sz;
  return b;
}

static double cpu_seconds (void) {
  return (double)clock() / CLOCKS_PER_SEC;
}

static double wall_seconds (void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int on_match (unsigned int id, unsigned long long from,
                     unsigned long long to, unsigned int flags, void *ctx) {
  (void)id; (void)from; (void)to; (void)flags;
  (*(unsigned long long *)ctx)++;
  return 0;
}

int main (int argc, char **argv) {
  size_t plen, tlen, n = 0, i, cap = 1024;
  char *pats, *text, *p;
  const char **exprs;
  size_t *lens;
  unsigned *flags, *ids;
  hs_database_t *db = NULL;
  hs_compile_error_t *cerr = NULL;
  hs_scratch_t *scratch = NULL;
  double t0, tc, best = 1e30;
  unsigned long long count = 0;
  int runs = (argc > 3) ? atoi(argv[3]) : 3, r;
  if (argc < 3) {
    fprintf(stderr, "usage: %s PATTERNS TEXT [RUNS]\n", argv[0]);
    return 2;
  }
  pats = slurp(argv[1], &plen);
  text = slurp(argv[2], &tlen);
  if (pats == NULL || text == NULL) {
    fprintf(stderr, "hs_count: cannot read input\n");
    return 1;
  }
  exprs = (const char **)malloc(cap * sizeof *exprs);
  lens = (size_t *)malloc(cap * sizeof *lens);
  for (p = pats; p < pats + plen; ) {
    char *e = memchr(p, '\n', (size_t)(pats + plen - p));
    size_t l = e ? (size_t)(e - p) : (size_t)(pats + plen - p);
    if (l > 0 && p[l - 1] == '\r') l--;
    if (l > 0) {
      if (n == cap) {
        cap *= 2;
        exprs = (const char **)realloc(exprs, cap * sizeof *exprs);
        lens = (size_t *)realloc(lens, cap * sizeof *lens);
      }
      exprs[n] = p;
      lens[n] = l;
      n++;
    }
    p = e ? e + 1 : pats + plen;
  }
  flags = (unsigned *)malloc(n * sizeof *flags);
  ids = (unsigned *)malloc(n * sizeof *ids);
  for (i = 0; i < n; i++) {
    flags[i] = HS_FLAG_CASELESS;
    ids[i] = (unsigned)i;
  }
  t0 = cpu_seconds();
  if (hs_compile_lit_multi(exprs, flags, ids, lens, (unsigned)n, HS_MODE_BLOCK,
                           NULL, &db, &cerr) != HS_SUCCESS) {
    fprintf(stderr, "hs_count: %s\n", cerr ? cerr->message : "compile failed");
    return 1;
  }
  tc = cpu_seconds() - t0;
  if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) {
    fprintf(stderr, "hs_count: cannot allocate scratch\n");
    return 1;
  }
  for (r = 0; r < runs; r++) {
    double d;
    count = 0;
    t0 = wall_seconds();
    if (hs_scan(db, text, (unsigned)tlen, 0, scratch, on_match, &count)
        != HS_SUCCESS) {
      fprintf(stderr, "hs_count: scan failed\n");
      return 1;
    }
    d = wall_seconds() - t0;
    if (d < best) best = d;
  }
  printf("matches=%llu scan_seconds=%.6f compile_seconds=%.6f bytes=%zu\n",
         count, best, tc, tlen);
  hs_free_scratch(scratch);
  hs_free_database(db);
  free(flags); free(ids); free(exprs); free(lens); free(pats); free(text);
  return 0;
}
