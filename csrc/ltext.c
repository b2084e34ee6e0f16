/*
** ltext.c: Lua bindings of the text functions (sentences.c, utf8.c, hash.c).
*/
#include <stdio.h>

#include "lua.h"
#include "lauxlib.h"

#include "hash.h"
#include "incidents.h"
#include "sentences.h"
#include "utf8.h"

/*
** core.sentences(text) -> { s1, e1, s2, e2, ... }: 1-based inclusive byte
** offsets of each sentence in text, as string.sub takes them.
*/
static int l_sentences (lua_State *L) {
  size_t n, start, stop;
  const char *s = luaL_checklstring(L, 1, &n);
  IncSentences st;
  lua_Integer k = 0;
  incidents_sentences_init(&st, s, n);
  lua_newtable(L);  /* result */
  while (incidents_sentences_next(&st, &start, &stop)) {
    lua_pushinteger(L, (lua_Integer)start + 1);
    lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, (lua_Integer)stop);
    lua_rawseti(L, -2, ++k);
  }
  return 1;
}

/*
** core.utf8_clean(text) -> text, changed: ill-formed UTF-8 replaced by
** U+FFFD (one per maximal subpart), NULs removed.  Clean text is returned
** as it is, without a copy.
*/
static int l_utf8_clean (lua_State *L) {
  size_t n, size;
  const char *s = luaL_checklstring(L, 1, &n);
  luaL_Buffer b;
  char *out;
  if (incidents_utf8_clean_prefix(s, n) == n) {
    lua_settop(L, 1);
    lua_pushboolean(L, 0);
    return 2;
  }
  size = incidents_utf8_clean_size(s, n);
  out = luaL_buffinitsize(L, &b, size);
  luaL_pushresultsize(&b, incidents_utf8_clean(s, n, out));
  lua_pushboolean(L, 1);
  return 2;
}

/*
** core.hash(text) -> 16 hex digits (see hash.h).
*/
static int l_hash (lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  char hex[17];
  unsigned long long h = incidents_hash64(s, n);
  snprintf(hex, sizeof(hex), "%016llx", h);
  lua_pushlstring(L, hex, 16);
  return 1;
}

static const luaL_Reg text_funcs[] = {
  {"hash", l_hash},
  {"sentences", l_sentences},
  {"utf8_clean", l_utf8_clean},
  {NULL, NULL}
};

void incidents_open_text (lua_State *L) {
  luaL_setfuncs(L, text_funcs, 0);
}
