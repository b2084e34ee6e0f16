/*
** hash.h: content hash of article text (pure C, no lua.h).
*/
#ifndef INCIDENTS_HASH_H
#define INCIDENTS_HASH_H

#include <stddef.h>
#include <stdint.h>

/*
** FNV-1a over little-endian 8-byte words, then the remaining bytes, then
** the length: the same value as the pure-Lua fallback in article.lua, so a
** database does not depend on whether the C core was loaded.  For
** de-duplication, not for security.
*/
uint64_t incidents_hash64 (const char *s, size_t n);

#endif
