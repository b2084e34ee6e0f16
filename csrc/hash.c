/*
** hash.c: content hash of article text.
*/
#include "hash.h"

#define FNV_OFFSET 14695981039346656037ULL
#define FNV_PRIME 1099511628211ULL

uint64_t incidents_hash64 (const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  uint64_t h = FNV_OFFSET;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {  /* words read byte by byte: any alignment */
    uint64_t w = (uint64_t)p[i] | (uint64_t)p[i + 1] << 8 |
                 (uint64_t)p[i + 2] << 16 | (uint64_t)p[i + 3] << 24 |
                 (uint64_t)p[i + 4] << 32 | (uint64_t)p[i + 5] << 40 |
                 (uint64_t)p[i + 6] << 48 | (uint64_t)p[i + 7] << 56;
    h = (h ^ w) * FNV_PRIME;
  }
  for (; i < n; i++) h = (h ^ p[i]) * FNV_PRIME;
  return (h ^ (uint64_t)n) * FNV_PRIME;
}
