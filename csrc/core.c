/*
** core.c: the one entry point of incidents.core.
*/
#include "lua.h"
#include "lauxlib.h"

#include "incidents.h"

#ifndef INCIDENTS_VERSION
#define INCIDENTS_VERSION "scm-1"
#endif

INCIDENTS_API int luaopen_incidents_core (lua_State *L) {
  luaL_checkversion(L);
  lua_newtable(L);
  lua_pushliteral(L, INCIDENTS_VERSION);
  lua_setfield(L, -2, "version");
  incidents_open_store(L);
  incidents_open_matcher(L);
  incidents_open_text(L);
  return 1;
}
