/*
** fuzz_matcher.c: libFuzzer harness for the matcher (csrc/ac.c).
**
** Input: one flags byte, then patterns separated by '\n' up to the first
** NUL byte, then the text. Checks that every hit lies inside the text,
** that leftmost-longest hits come in order without overlap, and that
** counting agrees with reporting.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../csrc/ac.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef struct check {
  size_t len, last_end, n;
  int ordered;
} check;

static int on_hit (void *ud, size_t s, size_t e, size_t id) {
  check *c = (check *)ud;
  (void)id;
  if (s >= e || e > c->len) abort();
  if (c->ordered) {
    if (c->n > 0 && s < c->last_end) abort();
    c->last_end = e;
  }
  c->n++;
  return 0;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  ac_pattern pats[64];
  size_t np = 0, i, start, textpos, bad;
  unsigned flags;
  const char *text;
  size_t tlen;
  ac_matcher *m;
  void *scratch;
  char err[64];
  if (size < 1) return 0;
  flags = data[0];
  /* patterns: lines up to the first NUL */
  start = 1;
  for (i = 1; i < size && data[i] != 0; i++) {
    if (data[i] == '\n') {
      if (np < 64 && i > start) {
        pats[np].s = (const char *)data + start;
        pats[np].len = i - start;
        pats[np].flags = (flags >> (np % 4)) & 3u;
        np++;
      }
      start = i + 1;
    }
  }
  if (np < 64 && i > start) {
    pats[np].s = (const char *)data + start;
    pats[np].len = i - start;
    pats[np].flags = (flags >> (np % 4)) & 3u;
    np++;
  }
  textpos = (i < size) ? i + 1 : size;
  text = (const char *)data + textpos;
  tlen = size - textpos;
  m = ac_compile(pats, np, err, sizeof err, &bad);
  if (m == NULL) return 0;
  scratch = malloc(ac_scratch_size(m));
  if (scratch != NULL) {
    check c;
    size_t counted, init;
    memset(&c, 0, sizeof c);
    c.len = tlen;
    c.ordered = 1;
    ac_scan(m, scratch, text, tlen, 0, AC_LEFTMOST_LONGEST, on_hit, &c);
    counted = ac_scan(m, scratch, text, tlen, 0, AC_LEFTMOST_LONGEST,
                      NULL, NULL);
    if (counted != c.n) abort();
    memset(&c, 0, sizeof c);
    c.len = tlen;
    ac_scan(m, scratch, text, tlen, 0, AC_OVERLAPPING, on_hit, &c);
    if (c.n < counted) abort();  /* overlapping mode sees every hit */
    init = tlen ? (flags * 7u) % (tlen + 1) : 0;
    memset(&c, 0, sizeof c);
    c.len = tlen;
    c.ordered = 1;
    ac_scan(m, scratch, text, tlen, init, AC_LEFTMOST_LONGEST, on_hit, &c);
    free(scratch);
  }
  ac_free(m);
  return 0;
}
