/*
** lstore.c: placeholder until the store bindings land (see the open issues).
*/
#include "lua.h"

#include "incidents.h"

void incidents_open_store (lua_State *L) {
  (void)L;
}
