/*
** fuzz_text.c: libFuzzer harness for sentences.c (`make fuzz`).
** On the raw bytes and on their utf8_clean'ed form, the sentences must be
** in order, inside the text, never empty, start and stop on a non-space
** byte, and everything between them must be white space: no text is lost.
** The white space test here is written separately from the splitter's.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sentences.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static size_t ref_space (const unsigned char *s, size_t n, size_t i) {
  static const char *const uspace[] = {
    "\xC2\xA0", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF",
    "\xE2\x81\x9F", "\xE3\x80\x80", "\xEF\xBB\xBF", NULL
  };
  size_t k;
  if (strchr(" \t\n\v\f\r", s[i]) != NULL && s[i] != 0) return 1;
  for (k = 0; uspace[k] != NULL; k++) {
    size_t len = strlen(uspace[k]);
    if (i + len <= n && memcmp(s + i, uspace[k], len) == 0) return len;
  }
  if (i + 3 <= n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] <= 0x8B)
    return 3;  /* U+2000..U+200B */
  return 0;
}

static void check (const unsigned char *s, size_t n) {
  IncSentences st;
  size_t start, stop, prev = 0, count = 0, i;
  incidents_sentences_init(&st, (const char *)s, n);
  while (incidents_sentences_next(&st, &start, &stop)) {
    if (++count > n) abort();              /* no progress */
    if (!(prev <= start && start < stop && stop <= n)) abort();
    if (ref_space(s, n, start) > 0) abort();
    for (i = prev; i < start; ) {          /* the gap is white space */
      size_t len = ref_space(s, n, i);
      if (len == 0) abort();
      i += len;
    }
    if (i != start) abort();
    if (stop >= 3 && ref_space(s, n, stop - 3) == 3) abort();
    if (stop >= 2 && ref_space(s, n, stop - 2) == 2) abort();
    if (ref_space(s, n, stop - 1) == 1) abort();
    prev = stop;
  }
  for (i = prev; i < n; ) {                /* and so is the tail */
    size_t len = ref_space(s, n, i);
    if (len == 0) abort();
    i += len;
  }
  if (incidents_sentences_next(&st, &start, &stop)) abort();  /* stays done */
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  char *clean;
  size_t len;
  check(data, size);
  clean = malloc(incidents_utf8_clean_size((const char *)data, size) + 1);
  if (clean == NULL) return 0;
  len = incidents_utf8_clean((const char *)data, size, clean);
  check((const unsigned char *)clean, len);
  free(clean);
  return 0;
}
