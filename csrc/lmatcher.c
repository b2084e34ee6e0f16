/*
** lmatcher.c: placeholder until the matcher bindings land (see the open issues).
*/
#include "lua.h"

#include "incidents.h"

void incidents_open_matcher (lua_State *L) {
  (void)L;
}
