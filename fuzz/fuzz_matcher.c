/*
** fuzz_matcher.c: libFuzzer harness for the matcher (csrc/ac.c).
**
** Input: one flags byte, then patterns separated by '\n' up to the first
** NUL byte, then the text. For any input it checks that every hit lies
** inside the text, that leftmost-longest hits come in order without
** overlap, and that counting agrees with reporting. When patterns and text
** are ASCII it also compares every hit with a brute-force matcher written
** from the rules alone (fold ASCII case, a white-space run is one space,
** word boundaries on letters and digits), in both modes. And for any
** input, every lower level of fast paths (ac_set_level: byte loop, eight
** bytes at a time, SSE2, AVX-512) must find exactly the hits the highest
** finds, from the start and from an init offset, in both modes; and a
** callback that stops the scan after some hits must get exactly the first
** of them, at every level (the block scan reports names alone itself).
*/
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../csrc/ac.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define MAXPAT 64
#define MAXHITS 100000

typedef struct hit { size_t s, e, id; } hit;

typedef struct check {
  size_t len, last_end, n;
  size_t limit;       /* stop the scan after this many hits (0: never) */
  int ordered;
  hit *hits;          /* where to record hits, or NULL */
} check;

static int on_hit (void *ud, size_t s, size_t e, size_t id) {
  check *c = (check *)ud;
  if (s >= e || e > c->len) abort();
  if (c->ordered) {
    if (c->n > 0 && s < c->last_end) abort();
    c->last_end = e;
  }
  if (c->hits && c->n < MAXHITS) {
    c->hits[c->n].s = s; c->hits[c->n].e = e; c->hits[c->n].id = id;
  }
  c->n++;
  return c->limit > 0 && c->n >= c->limit;
}

static int is_ws (int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_w (int c) { return isalnum(c) != 0; }

/*
** Brute force: does pattern p (trimmed, runs collapsed) match t at s?
** Returns the end (exclusive) or 0.
*/
static size_t naive_at (const uint8_t *t, size_t len, size_t s,
                        const uint8_t *p, size_t pl, int cs) {
  size_t j = s, k = 0;
  while (k < pl) {
    if (p[k] == ' ') {
      if (j >= len || !is_ws(t[j])) return 0;
      while (j < len && is_ws(t[j])) j++;
    }
    else {
      int a, b = p[k];
      if (j >= len) return 0;
      a = t[j];
      if (!cs) { a = tolower(a); b = tolower(b); }
      if (a != b) return 0;
      j++;
    }
    k++;
  }
  return j;
}

static int hit_cmp (const void *a, const void *b) {
  const hit *x = (const hit *)a, *y = (const hit *)b;
  if (x->s != y->s) return x->s < y->s ? -1 : 1;
  if (x->e != y->e) return x->e > y->e ? -1 : 1;  /* longest first */
  if (x->id != y->id) return x->id < y->id ? -1 : 1;
  return 0;
}

/* every ASCII? */
static int ascii (const uint8_t *p, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) if (p[i] >= 0x80) return 0;
  return 1;
}

static void differential (ac_matcher *m, void *scratch, const ac_pattern *pats,
                          size_t np, const uint8_t *t, size_t len) {
  static uint8_t norm[MAXPAT][4096];
  static size_t nl[MAXPAT];
  static hit ref[MAXHITS], got[MAXHITS];
  size_t i, s, nref = 0, nll = 0, k;
  check c;
  for (i = 0; i < np; i++) {  /* trim, collapse runs */
    const uint8_t *p = (const uint8_t *)pats[i].s;
    size_t j = 0, o = 0;
    if (!ascii(p, pats[i].len) || pats[i].len > 4096) return;
    while (j < pats[i].len) {
      if (is_ws(p[j])) {
        while (j < pats[i].len && is_ws(p[j])) j++;
        if (o > 0 && j < pats[i].len) norm[i][o++] = ' ';
      }
      else norm[i][o++] = p[j++];
    }
    nl[i] = o;
  }
  for (s = 0; s < len; s++) {
    for (i = 0; i < np; i++) {
      size_t e = naive_at(t, len, s, norm[i], nl[i],
                          (pats[i].flags & AC_CASE_SENSITIVE) != 0);
      if (e == 0) continue;
      if (pats[i].flags & AC_WHOLE_WORDS) {
        if (is_w(norm[i][0]) && s > 0 && is_w(t[s - 1])) continue;
        if (is_w(norm[i][nl[i] - 1]) && e < len && is_w(t[e])) continue;
      }
      if (nref == MAXHITS) return;
      ref[nref].s = s; ref[nref].e = e; ref[nref].id = i;
      nref++;
    }
  }
  /* overlapping: the same set of hits */
  memset(&c, 0, sizeof c);
  c.len = len;
  c.hits = got;
  ac_scan(m, scratch, (const char *)t, len, 0, AC_OVERLAPPING, on_hit, &c);
  if (c.n != nref) abort();
  qsort(got, c.n, sizeof *got, hit_cmp);
  qsort(ref, nref, sizeof *ref, hit_cmp);
  if (memcmp(got, ref, nref * sizeof *ref) != 0) abort();
  /* leftmost-longest: greedy over the sorted hits */
  for (i = 0, k = 0; i < nref; i++) {
    if (k > 0 && ref[i].s < ref[k - 1].e) continue;  /* overlaps the last */
    ref[k++] = ref[i];  /* the first at its start is the longest */
  }
  nll = k;
  memset(&c, 0, sizeof c);
  c.len = len;
  c.ordered = 1;
  c.hits = got;
  ac_scan(m, scratch, (const char *)t, len, 0, AC_LEFTMOST_LONGEST, on_hit, &c);
  if (c.n != nll || memcmp(got, ref, nll * sizeof *ref) != 0) abort();
}

static size_t collect (ac_matcher *m, void *scratch, const char *t,
                       size_t len, size_t init, int mode, hit *out,
                       size_t limit) {
  check c;
  size_t r;
  memset(&c, 0, sizeof c);
  c.len = len;
  c.limit = limit;
  c.ordered = mode == AC_LEFTMOST_LONGEST;
  c.hits = out;
  r = ac_scan(m, scratch, t, len, init, mode, on_hit, &c);
  if (r != c.n) abort();  /* the count returned is the hits reported */
  return c.n;
}

static void levels (ac_matcher *m, void *scratch, const char *t, size_t len,
                    size_t init) {
  static hit a[MAXHITS], b[MAXHITS];
  int top = ac_set_level(m, 3), lv, mode;
  for (mode = AC_LEFTMOST_LONGEST; mode <= AC_OVERLAPPING; mode++) {
    size_t from = (mode == AC_LEFTMOST_LONGEST) ? init : 0;
    size_t na = collect(m, scratch, t, len, from, mode, a, 0), nb;
    size_t stop = 1 + na / 2;  /* stop after this many */
    for (lv = 0; lv <= top; lv++) {
      ac_set_level(m, lv);
      if (lv < top) {
        nb = collect(m, scratch, t, len, from, mode, b, 0);
        if (na != nb) abort();
        if (memcmp(a, b, (na < MAXHITS ? na : MAXHITS) * sizeof *a) != 0)
          abort();
      }
      if (na > 0 && na < MAXHITS) {
        nb = collect(m, scratch, t, len, from, mode, b, stop);
        if (nb != stop || memcmp(a, b, stop * sizeof *a) != 0) abort();
      }
    }
    ac_set_level(m, top);
  }
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  ac_pattern pats[MAXPAT];
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
      if (np < MAXPAT && i > start) {
        pats[np].s = (const char *)data + start;
        pats[np].len = i - start;
        pats[np].flags = (flags >> (np % 4)) & 3u;
        np++;
      }
      start = i + 1;
    }
  }
  if (np < MAXPAT && i > start) {
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
    if (ascii((const uint8_t *)text, tlen))
      differential(m, scratch, pats, np, (const uint8_t *)text, tlen);
    levels(m, scratch, text, tlen, init);
    free(scratch);
  }
  ac_free(m);
  return 0;
}
