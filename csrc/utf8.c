/*
** utf8.c: UTF-8 validation and cleaning.
** Articles come from scraped pages and old archives: mixed encodings, stray
** Latin-1 bytes, cut multi-byte characters and NULs.  Everything downstream
** (matcher, SQLite FTS, JSON reports) wants valid UTF-8, so the text is
** cleaned once, with a replacement per bad subpart as Unicode recommends,
** so that the number of U+FFFD says how much was damaged.
*/
#include <string.h>

#include "utf8.h"

#define iscont(c) (((c) & 0xC0) == 0x80)

/*
** Decode length and validity of one sequence; bounds on the second byte
** exclude overlongs (E0, F0), surrogates (ED) and values above U+10FFFF (F4).
*/
size_t incidents_utf8_next (const unsigned char *s, size_t n, int *valid) {
  unsigned c = s[0];
  size_t need, i;
  unsigned lo = 0x80, hi = 0xBF;
  if (c < 0x80) { *valid = 1; return 1; }
  if (c < 0xC2 || c > 0xF4) { *valid = 0; return 1; }
  if (c < 0xE0) need = 2;
  else if (c < 0xF0) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
  }
  else {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
  }
  if (n < 2 || s[1] < lo || s[1] > hi) { *valid = 0; return 1; }
  for (i = 2; i < need; i++) {
    if (i >= n || !iscont(s[i])) { *valid = 0; return i; }
  }
  *valid = 1;
  return need;
}

size_t incidents_utf8_clean_prefix (const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    int valid;
    size_t len;
    if (p[i] < 0x80) {  /* ASCII fast path: most of any news text */
      if (p[i] == 0) return i;
      i++;
      continue;
    }
    len = incidents_utf8_next(p + i, n - i, &valid);
    if (!valid) return i;
    i += len;
  }
  return n;
}

size_t incidents_utf8_clean_size (const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, size = 0;
  while (i < n) {
    int valid;
    size_t len;
    if (p[i] - 1u < 0x7Fu) {  /* ASCII but NUL: most of any text */
      size++;
      i++;
      continue;
    }
    len = incidents_utf8_next(p + i, n - i, &valid);
    if (!valid) size += 3;
    else if (p[i] != 0) size += len;
    i += len;
  }
  return size;
}

size_t incidents_utf8_clean (const char *s, size_t n, char *out) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, o = 0;
  while (i < n) {
    int valid;
    size_t len, run = i;
    while (run < n && p[run] - 1u < 0x7Fu) run++;  /* copy ASCII in runs */
    if (run > i) {
      memcpy(out + o, s + i, run - i);
      o += run - i;
      i = run;
      continue;
    }
    len = incidents_utf8_next(p + i, n - i, &valid);
    if (!valid) {
      out[o++] = (char)0xEF; out[o++] = (char)0xBF; out[o++] = (char)0xBD;
    }
    else if (p[i] != 0) {
      memcpy(out + o, s + i, len);
      o += len;
    }
    i += len;
  }
  return o;
}
