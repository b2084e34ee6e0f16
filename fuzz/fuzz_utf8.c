/*
** fuzz_utf8.c: libFuzzer harness for utf8.c (`make fuzz`).
** Checks the cleaner against an independent decoder written with bit
** arithmetic instead of byte ranges: the output must decode to scalar
** values only, contain no NUL, have the size clean_size promised, leave
** clean text alone and be a fixed point of a second cleaning.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/*
** Reference check: 1 if s is well-formed UTF-8 without NUL.
*/
static int ref_clean (const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned long cp;
    size_t len, k;
    unsigned c = s[i];
    if (c == 0) return 0;
    if (c < 0x80) { i++; continue; }
    if ((c >> 5) == 0x6) { len = 2; cp = c & 0x1F; }
    else if ((c >> 4) == 0xE) { len = 3; cp = c & 0x0F; }
    else if ((c >> 3) == 0x1E) { len = 4; cp = c & 0x07; }
    else return 0;
    if (i + len > n) return 0;
    for (k = 1; k < len; k++) {
      if ((s[i + k] >> 6) != 0x2) return 0;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
        (len == 4 && cp < 0x10000)) return 0;            /* overlong */
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    i += len;
  }
  return 1;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  size_t prefix = incidents_utf8_clean_prefix(s, size);
  size_t want = incidents_utf8_clean_size(s, size);
  char *out = malloc(want + 1), *again;
  size_t got, got2;
  if (out == NULL) return 0;
  if (want > 3 * size) abort();
  if ((prefix == size) != (ref_clean(data, size) != 0)) abort();
  if (prefix > size || !ref_clean(data, prefix)) abort();
  got = incidents_utf8_clean(s, size, out);
  if (got != want) abort();
  if (!ref_clean((const unsigned char *)out, got)) abort();
  if (incidents_utf8_clean_prefix(out, got) != got) abort();
  if (prefix == size && (got != size || memcmp(out, s, size) != 0)) abort();
  if (memcmp(out, s, prefix) != 0) abort();   /* the clean prefix is kept */
  again = malloc(got + 1);
  if (again != NULL) {
    got2 = incidents_utf8_clean(out, got, again);
    if (got2 != got || memcmp(again, out, got) != 0) abort();
    free(again);
  }
  free(out);
  return 0;
}
